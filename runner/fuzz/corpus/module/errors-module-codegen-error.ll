; Guards: a module the code generator rejects (inline assembly with an unknown mnemonic) is
; an input error naming the module and the assembler's message, exit 3. LLVM reports it
; through the context's diagnostic handler, whose default prints and calls exit(1) in the
; middle of the runner's own compile.
; RUN: %exit 3 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%s < %t.err
; RUN: count 1 < %t.err

; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: cannot compile module '[[MODULE]]': <inline asm>:1:2: {{.*}}mnemonic{{.*}}

define i32 @main() {
  call void asm sideeffect "jitxr_bogus_mnemonic", ""()
  ret i32 0
}
