; Guards: an entry that dies of SIGFPE is reported as crashed with SIGFPE, exit 5, on
; MCJIT, ORC and the interpreter, on both architectures (integer division by zero traps
; only on x86-64: crash-divide-by-zero.ll); the entry raises it.
; RUN: %exit 5 %jitxr --engine mcjit %s 2> %t.err | FileCheck %s --check-prefixes=CHECK,RF
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %exit 5 %jitxr --engine orc %s 2> /dev/null | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: %exit 5 %jitxr --engine interp %s 2> /dev/null | FileCheck %s --check-prefixes=CHECK,RF

; RF:         entry main runfunction crashed SIGFPE
; THUNK:      entry main thunk crashed SIGFPE
; CHECK-NOT:  {{^}}result
; ERR:        jitxr: error: entry 'main' crashed: SIGFPE

declare i32 @raise(i32)

; SIGFPE is 8 on x86-64 and AArch64 Linux alike.
define i32 @main() {
  call i32 @raise(i32 8)
  ret i32 0
}
