; Guards: load order is precedence. libfxa.so and libfxb.so both define dup_value ('a' and
; 'b'); the library named first provides it and JIT code calls that one, whichever order.
; RUN: %jitxr -l %fixtures/libfxa.so -l %fixtures/libfxb.so %s | FileCheck %s --check-prefix=AB
; RUN: %jitxr -l %fixtures/libfxb.so -l %fixtures/libfxa.so %s | FileCheck %s --check-prefix=BA

; AB:      library libfxa.so
; AB-NEXT: library libfxb.so
; AB:      symbol dup_value func mapped libfxa.so (shadowed: libfxb.so)
; AB:      result i32 97

; BA:      library libfxb.so
; BA-NEXT: library libfxa.so
; BA:      symbol dup_value func mapped libfxb.so (shadowed: libfxa.so)
; BA:      result i32 98

declare i32 @dup_value()

define i32 @main() {
  %r = call i32 @dup_value()
  ret i32 %r
}
