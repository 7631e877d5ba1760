; Guards: -0.0 stays negative zero: a value compared with == 0.0, or carried as a decimal
; that drops the sign, becomes +0.0 and flips the sign of everything divided by it. The
; double and float -0.0 are `-0.000000e+00` in the normalized IR, and 1/x in the binary is
; -inf as in the JIT.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime dneg0 --comptime fneg0 --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@dneg0 --implicit-check-not=@fneg0 < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      comptime dneg0 ok double -0 (0x8000000000000000)
; CHECK-NEXT: comptime fneg0 ok float -0 (0x80000000)

; IR:      define i32 @main()
; IR-NEXT: bitcast double -0.000000e+00 to i64
; IR-NEXT: bitcast float -0.000000e+00 to i32
; IR-NEXT: fdiv double 1.000000e+00, -0.000000e+00

; OUT: 8000000000000000 80000000 -inf

@fmt = private constant [14 x i8] c"%llx %08x %g\0A\00"
declare i32 @printf(ptr, ...)

define double @dneg0() {
  %z = fneg double 0.0
  ret double %z
}
define float @fneg0() {
  %z = fmul float -1.0, 0.0
  ret float %z
}

define i32 @main() {
  %a = call double @dneg0()
  %b = call float @fneg0()
  %ai = bitcast double %a to i64
  %bi = bitcast float %b to i32
  %q = fdiv double 1.0, %a
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i64 %ai, i32 %bi, double %q)
  ret i32 0
}
