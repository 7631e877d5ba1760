; Guards: +inf and -inf, double and float, become the infinities of their type (exponent
; all ones, mantissa zero), not the largest finite value or a NaN: the normalized IR has
; their exact bits and the binary prints the same bits and signs as the JIT.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime dpos --comptime dneg --comptime fpos --comptime fneg --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@dpos --implicit-check-not=@dneg --implicit-check-not=@fpos --implicit-check-not=@fneg < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      comptime dpos ok double inf (0x7ff0000000000000)
; CHECK-NEXT: comptime dneg ok double -inf (0xfff0000000000000)
; CHECK-NEXT: comptime fpos ok float inf (0x7f800000)
; CHECK-NEXT: comptime fneg ok float -inf (0xff800000)

; IR:      define i32 @main()
; IR-NEXT: bitcast double 0x7FF0000000000000 to i64
; IR-NEXT: bitcast double 0xFFF0000000000000 to i64
; IR-NEXT: bitcast float 0x7FF0000000000000 to i32
; IR-NEXT: bitcast float 0xFFF0000000000000 to i32

; OUT: 7ff0000000000000 fff0000000000000 7f800000 ff800000

@fmt = private constant [21 x i8] c"%llx %llx %08x %08x\0A\00"
declare i32 @printf(ptr, ...)

define double @dpos() {
  %x = fdiv double 1.0, 0.0
  ret double %x
}
define double @dneg() {
  %x = fdiv double -1.0, 0.0
  ret double %x
}
define float @fpos() {
  %x = fmul float 0x47EFFFFFE0000000, 2.0
  ret float %x
}
define float @fneg() {
  ret float 0xFFF0000000000000
}

define i32 @main() {
  %a = call double @dpos()
  %b = call double @dneg()
  %c = call float @fpos()
  %d = call float @fneg()
  %ai = bitcast double %a to i64
  %bi = bitcast double %b to i64
  %ci = bitcast float %c to i32
  %di = bitcast float %d to i32
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i64 %ai, i64 %bi, i32 %ci, i32 %di)
  ret i32 0
}
