; Guards: a library provides only what it defines itself. dep_only is defined by libfxdep.so,
; which is loaded only as a DT_NEEDED dependency of libfxuser.so: it is unresolved (exit 4,
; nothing runs), with a hint naming libfxdep.so and how to load it; libfxdep.so is not
; listed as a loaded library. (lli, by contrast, resolves it through the process.)
; RUN: %exit 4 %jitxr -l %fixtures/libfxuser.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %exit 4 %jitxr -l %fixtures/libfxuser.so %s --format json | FileCheck %s --check-prefix=JSON
; Named with -l, as the hint says, it resolves.
; RUN: %jitxr -l %fixtures/libfxuser.so -l %fixtures/libfxdep.so %s | FileCheck %s --check-prefix=NAMED

; CHECK:      library libfxuser.so {{.*}}/libfxuser.so
; CHECK-NOT:  library libfxdep.so
; CHECK:      symbol dep_only func unresolved{{$}}
; CHECK-NEXT:   hint: libfxdep.so defines it, but only as a dependency (DT_NEEDED) of libfxuser.so; a library provides only what it defines itself: add -l /{{.*}}/libfxdep.so
; CHECK:      entry main - not-run
; CHECK-NOT:  result

; ERR: jitxr: error: 1 unresolved symbol: dep_only

; JSON:      "name": "dep_only",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "unresolved",
; JSON-NEXT: "provider": null,
; JSON-NEXT: "shadowed": [
; JSON-NEXT: ],
; JSON-NEXT: "warnings": [
; JSON-NEXT:   "hint: libfxdep.so defines it, but only as a dependency (DT_NEEDED) of libfxuser.so; {{.*}}"
; JSON-NEXT: ],

; NAMED: symbol dep_only func mapped libfxdep.so
; NAMED: result i32 5

declare i32 @dep_only()

define i32 @main() {
  %r = call i32 @dep_only()
  ret i32 %r
}
