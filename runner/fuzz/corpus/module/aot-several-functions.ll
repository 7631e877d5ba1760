; Guards: several --comptime functions in one run (as a compiler evaluates every comptime
; expression of a module) are each run and each replaced at every call site, in main and
; in other functions, with its own value: the report lists them in command-line order,
; not one function's value for all, and no call to any of them is left.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime width --comptime scale --comptime label --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@width --implicit-check-not=@scale --implicit-check-not=@label < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT
; Named in another order, they are reported in that order.
; RUN: %jitxr %s --comptime label --comptime width --comptime scale | FileCheck %s --check-prefix=ORDER

; CHECK:      comptime width ok i32 640
; CHECK-NEXT: comptime scale ok double 1.5 (0x3ff8000000000000)
; CHECK-NEXT: comptime label ok ptr @title

; ORDER:      comptime label ok ptr @title
; ORDER-NEXT: comptime width ok i32 640
; ORDER-NEXT: comptime scale ok double 1.5

; IR:      define internal i32 @area()
; IR-NEXT: mul i32 640, 480
; IR:      define i32 @main()
; IR-NEXT: call i32 @area()
; IR-NEXT: sitofp i32 640 to double
; IR-NEXT: fmul double %wf, 1.500000e+00
; IR-NEXT: call i32 (ptr, ...) @printf(ptr @fmt, ptr @title,

; OUT: window 640 x 1.5 = 960 area 307200

@title = internal constant [7 x i8] c"window\00"
@fmt = private constant [25 x i8] c"%s %d x %g = %g area %d\0A\00"
declare i32 @printf(ptr, ...)

define i32 @width() {
  %w = shl i32 5, 7
  ret i32 %w
}
define double @scale() {
  %s = fdiv double 3.0, 2.0
  ret double %s
}
define ptr @label() {
  ret ptr @title
}

define internal i32 @area() {
  %w = call i32 @width()
  %a = mul i32 %w, 480
  ret i32 %a
}

define i32 @main() {
  %a = call i32 @area()
  %w = call i32 @width()
  %s = call double @scale()
  %wf = sitofp i32 %w to double
  %scaled = fmul double %wf, %s
  %t = call ptr @label()
  %r = call i32 (ptr, ...) @printf(ptr @fmt, ptr %t, i32 %w, double %s, double %scaled, i32 %a)
  ret i32 0
}
