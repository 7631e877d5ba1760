; Guards: integer and floating-point arguments of mixed widths, interleaved, each reach the
; entry as themselves through the thunk on MCJIT, ORC and the interpreter: narrow integers
; (i1, i8, i16) keep their sign, a float is passed as a float (not a double's bits), and
; the integer and floating-point registers are counted separately. The entry returns its
; arguments as a struct, in order.
; RUN: %jitxr --invoke thunk --engine mcjit --entry echo --arg -100 --arg 0.1 --arg -2 --arg -1e300 --arg 1 --arg -1 --arg -0.0 --arg 0x7fffffff %s | FileCheck %s
; RUN: %jitxr --invoke thunk --engine orc --entry echo --arg -100 --arg 0.1 --arg -2 --arg -1e300 --arg 1 --arg -1 --arg -0.0 --arg 0x7fffffff %s | FileCheck %s
; RUN: %jitxr --invoke thunk --engine interp --entry echo --arg -100 --arg 0.1 --arg -2 --arg -1e300 --arg 1 --arg -1 --arg -0.0 --arg 0x7fffffff %s | FileCheck %s
; RUN: %jitxr --invoke thunk --engine mcjit --entry weigh --arg 1 --arg 2.5 --arg 3 --arg 4.5 %s | FileCheck %s --check-prefix=WEIGH
; RUN: %jitxr --invoke thunk --engine orc --entry weigh --arg 1 --arg 2.5 --arg 3 --arg 4.5 %s | FileCheck %s --check-prefix=WEIGH
; RUN: %jitxr --invoke thunk --engine interp --entry weigh --arg 1 --arg 2.5 --arg 3 --arg 4.5 %s | FileCheck %s --check-prefix=WEIGH

; CHECK:      entry echo thunk ok
; CHECK-NEXT: result { i8, float, i16, double, i1, i64, float, i32 } { i8 -100, float 0.1 (0x3dcccccd), i16 -2, double -1e+300 (0xfe37e43c8800759c), i1 1, i64 -1, float -0 (0x80000000), i32 2147483647 }{{$}}

; 1 + 2.5 * 10 + 3 * 100 + 4.5 * 1000 = 4826
; WEIGH:      entry weigh thunk ok
; WEIGH-NEXT: result double 4826 (0x40b2da0000000000){{$}}

define { i8, float, i16, double, i1, i64, float, i32 } @echo(i8 %a, float %b, i16 %c, double %d, i1 %e, i64 %f, float %g, i32 %h) {
  %s0 = insertvalue { i8, float, i16, double, i1, i64, float, i32 } poison, i8 %a, 0
  %s1 = insertvalue { i8, float, i16, double, i1, i64, float, i32 } %s0, float %b, 1
  %s2 = insertvalue { i8, float, i16, double, i1, i64, float, i32 } %s1, i16 %c, 2
  %s3 = insertvalue { i8, float, i16, double, i1, i64, float, i32 } %s2, double %d, 3
  %s4 = insertvalue { i8, float, i16, double, i1, i64, float, i32 } %s3, i1 %e, 4
  %s5 = insertvalue { i8, float, i16, double, i1, i64, float, i32 } %s4, i64 %f, 5
  %s6 = insertvalue { i8, float, i16, double, i1, i64, float, i32 } %s5, float %g, 6
  %s7 = insertvalue { i8, float, i16, double, i1, i64, float, i32 } %s6, i32 %h, 7
  ret { i8, float, i16, double, i1, i64, float, i32 } %s7
}

; The arguments weighed by position: any two swapped give another sum.
define double @weigh(i32 %a, float %b, i64 %c, double %d) {
  %af = sitofp i32 %a to double
  %bd = fpext float %b to double
  %bw = fmul double %bd, 10.0
  %cf = sitofp i64 %c to double
  %cw = fmul double %cf, 100.0
  %dw = fmul double %d, 1000.0
  %s1 = fadd double %af, %bw
  %s2 = fadd double %s1, %cw
  %s3 = fadd double %s2, %dw
  ret double %s3
}
