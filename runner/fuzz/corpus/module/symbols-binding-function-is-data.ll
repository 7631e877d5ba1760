; Guards: a declaration whose kind disagrees with the library's ELF symbol gets a warning, not
; an error (exit 0): fx_counter is declared as a function but libfx.so defines it as data
; (STT_OBJECT). It is still mapped to that object: JIT code reads 41 through it.
; RUN: %jitxr -l %fixtures/libfx.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR --allow-empty < %t.err

; CHECK:      symbol fx_counter func mapped libfx.so{{$}}
; CHECK-NEXT:   warning: declared as a function, but libfx.so defines it as data
; CHECK-NEXT: entry main runfunction ok
; CHECK-NEXT: result i32 41

; ERR-NOT: error

declare i32 @fx_counter()

define i32 @main() {
  %v = load i32, ptr @fx_counter
  ret i32 %v
}
