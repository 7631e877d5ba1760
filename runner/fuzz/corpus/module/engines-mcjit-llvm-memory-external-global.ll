; Guards: MCJIT with LLVM's own section memory manager (--jit-memory llvm, what compilers
; built on MCJIT use) reads and writes an external global of a library, as with jitxr's pool.
; On AArch64 it does not: the section memory manager maps the GOT independently of the code,
; beyond the +-4 GiB that adrp reaches, and the read crashes (llvm-project issue 71963;
; mcjit-llvm-memory-crash-aarch64.ll checks how jitxr reports that crash).
; XFAIL: aarch64
; RUN: %jitxr --jit-memory llvm -l %fixtures/libfx.so %s | FileCheck %s

; CHECK:      engine: mcjit
; CHECK:      symbol fx_counter data mapped libfx.so{{$}}
; CHECK-NEXT: symbol fx_bump func mapped libfx.so{{$}}
; CHECK-NEXT: entry main runfunction ok
; 41 read, 50 stored, fx_bump sees it: 51 * 100 + 41
; CHECK-NEXT: result i32 5141{{$}}

@fx_counter = external global i32
declare i32 @fx_bump()

define i32 @main() {
  %initial = load i32, ptr @fx_counter
  store i32 50, ptr @fx_counter
  %now = call i32 @fx_bump()
  %high = mul i32 %now, 100
  %r = add i32 %high, %initial
  ret i32 %r
}
