; Guards: a fixture library's own constructor has run by the time JIT code reads its state:
; libfx's constructor sets fx_ctor_ran to 1 when the library loads, and the entry reads
; it as data (an external global, mapped to the library's copy) on MCJIT, ORC and the
; interpreter. A module constructor reads it too, before the entry: library constructors
; run at load, before any of the module's code.
; RUN: %jitxr -l %fixtures/libfx.so --engine mcjit %s | FileCheck %s --check-prefixes=CHECK,RF
; RUN: %jitxr -l %fixtures/libfx.so --engine orc %s | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: %jitxr -l %fixtures/libfx.so --engine interp %s | FileCheck %s --check-prefixes=CHECK,RF

; CHECK:      symbol fx_ctor_ran data mapped libfx.so
; RF:         entry main runfunction ok
; THUNK:      entry main thunk ok
; 1 (read by the entry) + 10 * 1 (read by the module constructor)
; CHECK-NEXT: result i32 11{{$}}

@fx_ctor_ran = external global i32
@seen_early = internal global i32 -1
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @early, ptr null }]

define internal void @early() {
  %v = load i32, ptr @fx_ctor_ran
  store i32 %v, ptr @seen_early
  ret void
}

define i32 @main() {
  %now = load i32, ptr @fx_ctor_ran
  %early = load i32, ptr @seen_early
  %e10 = mul i32 %early, 10
  %r = add i32 %now, %e10
  ret i32 %r
}
