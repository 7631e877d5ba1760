; Guards: when every engine crashes the same way, --compare-engines reports agreement, not a
; disagreement: three engine lines with the same status and signal, and the exit status is
; the entry's failure (5), not 7. Each engine's crash stays in its own child: the later
; engines still run after the first one crashed.
; RUN: %exit 5 %jitxr --compare-engines %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "^jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 5 %jitxr --compare-engines --format json %s 2> /dev/null \
; RUN:   | %python -c 'import json, sys; d = json.load(sys.stdin); print(d["error"]["code"], len(d["engines"])); [print(e["engine"], e["status"], e["signal"], e["result"]) for e in d["engines"]]' \
; RUN:   | FileCheck %s --check-prefix=JSON

; CHECK:      entry main runfunction crashed SIGSEGV{{$}}
; CHECK-NEXT: engine mcjit runfunction crashed SIGSEGV{{$}}
; CHECK-NEXT: engine orc thunk crashed SIGSEGV{{$}}
; CHECK-NEXT: engine interp runfunction crashed SIGSEGV{{$}}

; ERR:     jitxr: error: entry 'main' crashed: SIGSEGV{{$}}
; ERR-NOT: disagree

; ONE: {{^}}1{{$}}

; JSON:      5 3
; JSON-NEXT: mcjit crashed SIGSEGV None
; JSON-NEXT: orc crashed SIGSEGV None
; JSON-NEXT: interp crashed SIGSEGV None

define i32 @main() null_pointer_is_valid {
  store volatile i32 7, ptr null
  ret i32 0
}
