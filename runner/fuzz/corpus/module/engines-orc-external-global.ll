; Guards: ORC (LLJIT, JITLink's own memory) reads and writes an external global of a library on
; both architectures, where MCJIT with LLVM's section memory manager crashes on AArch64
; (llvm-project issue 71963): a compiler moving to ORC gets external data without jitxr's
; pool. The library's own code sees the JIT code's store.
; RUN: %jitxr --engine orc -l %fixtures/libfx.so %s | FileCheck %s

; CHECK:      engine: orc
; CHECK:      symbol fx_counter data mapped libfx.so{{$}}
; CHECK-NEXT: symbol fx_bump func mapped libfx.so{{$}}
; CHECK-NEXT: entry main thunk ok
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
