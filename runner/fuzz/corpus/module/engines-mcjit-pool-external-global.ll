; Guards: MCJIT with jitxr's memory pool (the default, and --jit-memory pool named) reads and
; writes an external global of a library on both architectures. The pool keeps code, data
; and the GOT in one contiguous region, within reach of AArch64's adrp (+-4 GiB), where
; LLVM's own section memory manager may not (llvm-project issue 71963).
; RUN: %jitxr -l %fixtures/libfx.so %s | FileCheck %s
; RUN: %jitxr --jit-memory pool -l %fixtures/libfx.so %s | FileCheck %s

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
