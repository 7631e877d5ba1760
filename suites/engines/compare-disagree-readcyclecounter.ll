; Guards: --compare-engines reports a real difference between the engines as a disagreement,
; exit 7, with one `jitxr: error: engines disagree` line naming what each engine gave.
; The difference: the interpreter does not execute llvm.readcyclecounter. It lowers every
; intrinsic it does not implement with IntrinsicLowering (llvm/lib/CodeGen/
; IntrinsicLowering.cpp), which replaces this one with the constant 0 and prints a warning;
; MCJIT and ORC compile it to the real counter read (rdtsc on x86-64, mrs cntvct_el0 on
; AArch64), which is not 0 on a running machine. So "did the counter read anything" is 1, 1 and 0.
; (The interpreter's warning goes to its stderr, which --compare-engines catches and compares
; with the others'; only the first engine's output is shown, and the value disagrees first.)
; RUN: %exit 7 %jitxr --compare-engines %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "^jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 7 %jitxr --compare-engines --format json %s 2> /dev/null \
; RUN:   | %python -c 'import json, sys; d = json.load(sys.stdin); print(d["error"]["code"], len(d["engines"])); [print(e["engine"], e["status"], e["result"]["value"]) for e in d["engines"]]' \
; RUN:   | FileCheck %s --check-prefix=JSON

; CHECK:      entry main runfunction ok
; CHECK-NEXT: result i1 1
; CHECK-NEXT: engine mcjit runfunction ok i1 1{{$}}
; CHECK-NEXT: engine orc thunk ok i1 1{{$}}
; CHECK-NEXT: engine interp runfunction ok i1 0{{$}}

; ERR-NOT: WARNING
; ERR: jitxr: error: engines disagree on 'main': mcjit gives i1 1; orc gives i1 1; interp gives i1 0{{$}}

; ONE: {{^}}1{{$}}

; JSON:      7 3
; JSON-NEXT: mcjit ok 1
; JSON-NEXT: orc ok 1
; JSON-NEXT: interp ok 0

define i1 @main() {
  %c = call i64 @llvm.readcyclecounter()
  %read = icmp ne i64 %c, 0
  ret i1 %read
}

declare i64 @llvm.readcyclecounter()
