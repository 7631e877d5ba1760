; Guards: arrays become constant arrays with every element at its stride: an array of i16
; with negative elements, an array of floats (bits, not decimals) and a two-dimensional
; array, as a C lookup table computed at compile time; reading elements at the wrong
; stride or dropping the last one shows as a different table in the binary.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime shorts --comptime floats --comptime grid --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@shorts( --implicit-check-not=@floats( --implicit-check-not=@grid( < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      comptime shorts ok [5 x i16] [ i16 0, i16 -1, i16 4, i16 -9, i16 16 ]
; CHECK-NEXT: comptime floats ok [3 x float] [ float 0.1 (0x3dcccccd), float -2 (0xc0000000), float 3.4028235e+38 (0x7f7fffff) ]
; CHECK-NEXT: comptime grid ok [2 x [3 x i32]] [ [3 x i32] [ i32 0, i32 1, i32 2 ], [3 x i32] [ i32 10, i32 11, i32 12 ] ]

; IR:      define i32 @main()
; IR-NEXT: store [5 x i16] [i16 0, i16 -1, i16 4, i16 -9, i16 16], ptr @shorts_out
; IR-NEXT: store [3 x float] [float 0x3FB99999A0000000, float -2.000000e+00, float 0x47EFFFFFE0000000], ptr @floats_out
; IR-NEXT: store [2 x [3 x i32]] {{\[}}[3 x i32] [i32 0, i32 1, i32 2], [3 x i32] [i32 10, i32 11, i32 12]], ptr @grid_out

; OUT: shorts 0 -1 4 -9 16
; OUT-NEXT: floats 3dcccccd c0000000 7f7fffff
; OUT-NEXT: grid 0 1 2 10 11 12

@shorts_out = internal global [5 x i16] zeroinitializer
@floats_out = internal global [3 x float] zeroinitializer
@grid_out = internal global [2 x [3 x i32]] zeroinitializer
@fmt_s = private constant [23 x i8] c"shorts %d %d %d %d %d\0A\00"
@fmt_f = private constant [23 x i8] c"floats %08x %08x %08x\0A\00"
@fmt_g = private constant [24 x i8] c"grid %d %d %d %d %d %d\0A\00"
declare i32 @printf(ptr, ...)

; (-1)^i * i^2
define [5 x i16] @shorts() {
entry:
  %slot = alloca [5 x i16]
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %sq = mul i32 %i, %i
  %bit = and i32 %i, 1
  %odd = icmp ne i32 %bit, 0
  %neg = sub i32 0, %sq
  %v = select i1 %odd, i32 %neg, i32 %sq
  %v16 = trunc i32 %v to i16
  %p = getelementptr [5 x i16], ptr %slot, i32 0, i32 %i
  store i16 %v16, ptr %p
  %next = add i32 %i, 1
  %done = icmp eq i32 %next, 5
  br i1 %done, label %out, label %loop
out:
  %a = load [5 x i16], ptr %slot
  ret [5 x i16] %a
}
define [3 x float] @floats() {
  %a = insertvalue [3 x float] poison, float 0x3FB99999A0000000, 0
  %b = insertvalue [3 x float] %a, float -2.0, 1
  %c = insertvalue [3 x float] %b, float 0x47EFFFFFE0000000, 2
  ret [3 x float] %c
}
define [2 x [3 x i32]] @grid() {
  ret [2 x [3 x i32]] [[3 x i32] [i32 0, i32 1, i32 2], [3 x i32] [i32 10, i32 11, i32 12]]
}

define internal i32 @at16(i32 %i) {
  %p = getelementptr [5 x i16], ptr @shorts_out, i32 0, i32 %i
  %v = load i16, ptr %p
  %w = sext i16 %v to i32
  ret i32 %w
}
define internal i32 @atf(i32 %i) {
  %p = getelementptr [3 x float], ptr @floats_out, i32 0, i32 %i
  %v = load i32, ptr %p
  ret i32 %v
}
define internal i32 @atg(i32 %i, i32 %j) {
  %p = getelementptr [2 x [3 x i32]], ptr @grid_out, i32 0, i32 %i, i32 %j
  %v = load i32, ptr %p
  ret i32 %v
}

define i32 @main() {
  %s = call [5 x i16] @shorts()
  store [5 x i16] %s, ptr @shorts_out
  %f = call [3 x float] @floats()
  store [3 x float] %f, ptr @floats_out
  %g = call [2 x [3 x i32]] @grid()
  store [2 x [3 x i32]] %g, ptr @grid_out
  %s0 = call i32 @at16(i32 0)
  %s1 = call i32 @at16(i32 1)
  %s2 = call i32 @at16(i32 2)
  %s3 = call i32 @at16(i32 3)
  %s4 = call i32 @at16(i32 4)
  %r1 = call i32 (ptr, ...) @printf(ptr @fmt_s, i32 %s0, i32 %s1, i32 %s2, i32 %s3, i32 %s4)
  %f0 = call i32 @atf(i32 0)
  %f1 = call i32 @atf(i32 1)
  %f2 = call i32 @atf(i32 2)
  %r2 = call i32 (ptr, ...) @printf(ptr @fmt_f, i32 %f0, i32 %f1, i32 %f2)
  %g00 = call i32 @atg(i32 0, i32 0)
  %g01 = call i32 @atg(i32 0, i32 1)
  %g02 = call i32 @atg(i32 0, i32 2)
  %g10 = call i32 @atg(i32 1, i32 0)
  %g11 = call i32 @atg(i32 1, i32 1)
  %g12 = call i32 @atg(i32 1, i32 2)
  %r3 = call i32 (ptr, ...) @printf(ptr @fmt_g, i32 %g00, i32 %g01, i32 %g02, i32 %g10, i32 %g11, i32 %g12)
  ret i32 0
}
