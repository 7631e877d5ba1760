; Guards: llvm.trap, what compilers emit for __builtin_trap and failed checks, ends the
; entry with the target's trap signal, reported as a crash (exit 5): ud2 gives SIGILL on
; x86-64, brk gives SIGTRAP on AArch64, on MCJIT and ORC; each is named as it is.
; Engine difference: LLVM's interpreter cannot execute llvm.trap at all (IntrinsicLowering
; has no lowering for it: LLVM's fatal error "Code generator does not support intrinsic
; function 'llvm.trap'!" once the entry had started, which was reported as a crash without
; a signal): it is refused before anything runs, status unsupported, exit 5, the reason
; named, and the entry prints nothing.
; RUN: %exit 5 %jitxr --engine mcjit %s 2> %t.mcjit.err | FileCheck %s --check-prefixes=CHECK,%ARCH
; RUN: FileCheck %s --check-prefix=ERR-%ARCH < %t.mcjit.err
; RUN: %exit 5 %jitxr --engine orc %s 2> /dev/null | FileCheck %s --check-prefixes=CHECK,%ARCH
; RUN: %exit 5 %jitxr --engine interp %s 2> %t.interp.err | FileCheck %s --check-prefix=INTERP
; RUN: FileCheck %s --check-prefix=INTERP-ERR < %t.interp.err

; X86_64:     entry main {{runfunction|thunk}} crashed SIGILL
; AARCH64:    entry main {{runfunction|thunk}} crashed SIGTRAP
; CHECK-NOT:  {{^}}result
; ERR-X86_64: jitxr: error: entry 'main' crashed: SIGILL
; ERR-AARCH64: jitxr: error: entry 'main' crashed: SIGTRAP

; INTERP-NOT: {{^}}before the trap
; INTERP:     entry main - unsupported{{$}}
; INTERP-NOT: {{^}}result
; INTERP-ERR: jitxr: error: entry 'main' not run on interp: 'main' calls the intrinsic 'llvm.trap', which LLVM's interpreter cannot execute ("Code generator does not support intrinsic function", an abort)

@msg = private constant [16 x i8] c"before the trap\00"
declare i32 @puts(ptr)
declare void @llvm.trap()

define i32 @main() {
  call i32 @puts(ptr @msg)
  call void @llvm.trap()
  unreachable
}
