; Guards: a data declaration whose size disagrees with the library's ELF symbol gets a
; warning, not an error (exit 0): fx_counter is declared i64 (8 bytes) but libfx.so's is an
; int (st_size 4). Reading its first 4 bytes still gives 41. An unsized declaration (opaque
; struct) states no size and gets no warning: fx_table is read as usual ('3' = 51, + 41).
; RUN: %jitxr -l %fixtures/libfx.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR --allow-empty < %t.err

; CHECK:      symbol fx_counter data mapped libfx.so{{$}}
; CHECK-NEXT:   warning: declared with 8 bytes, but libfx.so defines 4
; CHECK-NEXT: symbol fx_table data mapped libfx.so{{$}}
; CHECK-NEXT: entry main runfunction ok
; CHECK-NEXT: result i32 92

; ERR-NOT: error

%opaque = type opaque
@fx_counter = external global i64
@fx_table = external global %opaque

define i32 @main() {
  %v = load i32, ptr @fx_counter
  %p = getelementptr i8, ptr @fx_table, i64 3
  %c = load i8, ptr %p ; '3'
  %w = zext i8 %c to i32
  %r = add i32 %v, %w
  ret i32 %r
}
