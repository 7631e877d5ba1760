; Guards: --limit-memory bounds what a runaway parse or constructor can take, not whether
; a three-line module can run at all: with 1024 MiB (a generous limit for code that
; allocates nothing) main runs and returns 7 on every engine.
; (Was a defect: on MCJIT the run was refused with "cannot reserve the JIT memory pool" for
; any limit below about 2.5 GiB, RLIMIT_AS counting the pool's 2 GiB reservation. The pool
; now halves until it fits.)
; RUN: %exit 0 %jitxr --limit-memory 512 --engine mcjit %s | FileCheck %s
; UNSUPPORTED: emulated, asan
; (An ASan build sets no address-space limit: ASan reserves terabytes of it up front.)
; (qemu-user ignores a guest's setrlimit(RLIMIT_AS): under qemu there is no limit, and the
; case would pass for want of one.)
; RUN: %exit 0 %jitxr --limit-memory 1024 --engine orc %s | FileCheck %s
; RUN: %exit 0 %jitxr --limit-memory 1024 --engine interp %s | FileCheck %s
; RUN: %exit 0 %jitxr --limit-memory 1024 --engine mcjit %s | FileCheck %s

; CHECK: result i32 7

define i32 @main() {
  ret i32 7
}
