; Guards: a hidden definition is not exported: fx_hidden, hidden in libfx.so, is unresolved
; with a hint saying libfx.so has it but hides it (exit 4), although its code is in the
; loaded library.
; RUN: %exit 4 %jitxr -l %fixtures/libfx.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err

; CHECK:      symbol fx_hidden func unresolved{{$}}
; CHECK-NEXT:   hint: libfx.so defines it with hidden visibility or local binding, so does not export it
; CHECK-NEXT: entry main - not-run

; ERR: jitxr: error: 1 unresolved symbol: fx_hidden

declare i32 @fx_hidden()

define i32 @main() {
  %r = call i32 @fx_hidden()
  ret i32 %r
}
