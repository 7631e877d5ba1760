; Guards: the code model of JIT code (--code-model) changes how code reaches external
; functions and data (GOT, absolute 64-bit addresses), not what it computes: small and
; large give the same result on MCJIT and ORC, with a fixture call, an external global and
; a libc ifunc. The tiny model (+-1 MiB, AArch64 only) is a finding: neither RuntimeDyld
; (MCJIT: "Relocation type not implemented yet!") nor ORC links it, which the runner
; reports as the entry not run (exit 5); on x86-64 it is a usage error (exit 2).
; RUN: %exit 0 %jitxr --code-model small --engine mcjit -l %fixtures/libfx.so %s | FileCheck %s
; RUN: %exit 0 %jitxr --code-model large --engine mcjit -l %fixtures/libfx.so %s | FileCheck %s
; RUN: %exit 0 %jitxr --code-model small --engine orc -l %fixtures/libfx.so %s | FileCheck %s
; RUN: %exit 0 %jitxr --code-model large --engine orc -l %fixtures/libfx.so %s | FileCheck %s
; RUN: %exit 0 %jitxr --code-model large --compare-engines -l %fixtures/libfx.so %s | FileCheck %s --check-prefix=ALL
; RUN: not %jitxr --code-model tiny -l %fixtures/libfx.so %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=TINY-%ARCH < %t.err

; CHECK:      symbol fx_counter data mapped libfx.so
; CHECK:      entry main {{(runfunction|thunk)}} ok
; CHECK-NEXT: result i32 63

; ALL: engine mcjit runfunction ok i32 63
; ALL: engine orc thunk ok i32 63
; ALL: engine interp runfunction ok i32 63

; TINY-X86_64:  jitxr: error: --code-model tiny: x86_64 has no tiny code model
; TINY-AARCH64: jitxr: error: entry 'main' not run: Relocation type not implemented yet!

@fx_counter = external global i32
declare i32 @fx_add3(i32, i32, i32)
declare i64 @strlen(ptr)
declare i32 @fx_pick()
@.s = private constant [6 x i8] c"hello\00"

define i32 @main() {
  %a = call i32 @fx_add3(i32 1, i32 2, i32 3)
  %c = load i32, ptr @fx_counter
  %l = call i64 @strlen(ptr @.s)
  %l32 = trunc i64 %l to i32
  %p = call i32 @fx_pick()
  %s1 = add i32 %a, %c
  %s2 = add i32 %s1, %l32
  %s3 = add i32 %s2, %p
  ret i32 %s3
}
