; Guards: nothing is taken from the runner's own process. The runner links libLLVM and
; libelf, so dlsym(RTLD_DEFAULT) would find these; jitxr must report them unresolved,
; name where the process has them, and run nothing (exit 4).
; RUN: %exit 4 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err

; CHECK:      symbol LLVMContextCreate func unresolved
; CHECK-NEXT:   hint: the runner's own process has it (in libLLVM{{.*}}), but jitxr never takes symbols from its own process
; CHECK:      symbol elf_version func unresolved
; CHECK-NEXT:   hint: the runner's own process has it (in libelf{{.*}})
; CHECK:      entry main - not-run
; CHECK-NOT:  result

; ERR: jitxr: error: 2 unresolved symbols: LLVMContextCreate, elf_version

declare ptr @LLVMContextCreate()
declare i32 @elf_version(i32)

define i32 @main() {
  %c = call ptr @LLVMContextCreate()
  %v = call i32 @elf_version(i32 1)
  ret i32 %v
}
