; Guards: nothing is taken from the runner's own process. The runner links LLVM (statically:
; it is in the runner, but not in its dynamic symbol table), libelf and libjson-c, so LLVM's
; process-wide search would find the last two; jitxr must report all three unresolved, name
; where the process has them when it can see them, and run nothing (exit 4).
; RUN: %exit 4 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err

; CHECK:      symbol LLVMContextCreate func unresolved
; CHECK:      symbol json_object_new_object func unresolved
; CHECK-NEXT:   hint: the runner's own process has it (in libjson-c{{.*}}), but jitxr never takes symbols from its own process
; CHECK:      symbol elf_version func unresolved
; CHECK-NEXT:   hint: the runner's own process has it (in libelf{{.*}})
; CHECK:      entry main - not-run
; CHECK-NOT:  result

; ERR: jitxr: error: 3 unresolved symbols: LLVMContextCreate, json_object_new_object, elf_version

declare ptr @LLVMContextCreate()
declare ptr @json_object_new_object()
declare i32 @elf_version(i32)

define i32 @main() {
  %c = call ptr @LLVMContextCreate()
  %j = call ptr @json_object_new_object()
  %v = call i32 @elf_version(i32 1)
  ret i32 %v
}
