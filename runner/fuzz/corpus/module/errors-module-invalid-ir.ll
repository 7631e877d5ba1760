; Guards: IR that parses but does not verify (here a use its definition does not dominate)
; is an input error with the verifier's first problem on one line, exit 3; it must never
; reach the code generator, which may crash or miscompile on invalid IR.
; RUN: %exit 3 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%s < %t.err
; RUN: count 1 < %t.err

; CHECK-NOT: {{^}}symbol
; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: module '[[MODULE]]' is invalid: Instruction does not dominate all uses!

define i32 @main() {
entry:
  br label %next
next:
  ret i32 %v
later:
  %v = add i32 1, 2
  br label %next
}
