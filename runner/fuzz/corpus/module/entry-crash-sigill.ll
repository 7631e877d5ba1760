; Guards: an entry that dies of SIGILL is reported as crashed with SIGILL, exit 5, on
; MCJIT, ORC and the interpreter. The entry raises it (the illegal instruction a compiler
; emits differs per target and engine: crash-llvm-trap.ll).
; RUN: %exit 5 %jitxr --engine mcjit %s 2> %t.err | FileCheck %s --check-prefixes=CHECK,RF
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %exit 5 %jitxr --engine orc %s 2> /dev/null | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: %exit 5 %jitxr --engine interp %s 2> /dev/null | FileCheck %s --check-prefixes=CHECK,RF

; RF:         entry main runfunction crashed SIGILL
; THUNK:      entry main thunk crashed SIGILL
; CHECK-NOT:  {{^}}result
; ERR:        jitxr: error: entry 'main' crashed: SIGILL

declare i32 @raise(i32)

; SIGILL is 4 on x86-64 and AArch64 Linux alike.
define i32 @main() {
  call i32 @raise(i32 4)
  ret i32 0
}
