; Guards: i32 and i64 comptime values at their extremes become exact constants: the i32
; minimum is not sign-extended into a 64-bit word or misread as unsigned, and the i64
; minimum, maximum and all-ones (UINT64_MAX, printed signed as -1) keep every bit.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime i32_min --comptime i32_max --comptime i64_min --comptime i64_max --comptime u64_max --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@i32_ --implicit-check-not=@i64_ --implicit-check-not=@u64_ < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      comptime i32_min ok i32 -2147483648
; CHECK-NEXT: comptime i32_max ok i32 2147483647
; CHECK-NEXT: comptime i64_min ok i64 -9223372036854775808
; CHECK-NEXT: comptime i64_max ok i64 9223372036854775807
; CHECK-NEXT: comptime u64_max ok i64 -1

; IR:      define i32 @main()
; IR-NEXT: call i32 (ptr, ...) @printf(ptr @fmt, i32 -2147483648, i32 2147483647, i64 -9223372036854775808, i64 9223372036854775807, i64 -1)

; OUT: -2147483648 2147483647 -9223372036854775808 9223372036854775807 18446744073709551615

@fmt = private constant [22 x i8] c"%d %d %lld %lld %llu\0A\00"
declare i32 @printf(ptr, ...)

define i32 @i32_min() {
  %m = shl i32 1, 31
  ret i32 %m
}
define i32 @i32_max() {
  ret i32 2147483647
}
define i64 @i64_min() {
  %m = shl i64 1, 63
  ret i64 %m
}
define i64 @i64_max() {
  %m = lshr i64 -1, 1
  ret i64 %m
}
define i64 @u64_max() {
  ret i64 18446744073709551615
}

define i32 @main() {
  %a = call i32 @i32_min()
  %b = call i32 @i32_max()
  %c = call i64 @i64_min()
  %d = call i64 @i64_max()
  %e = call i64 @u64_max()
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %a, i32 %b, i64 %c, i64 %d, i64 %e)
  ret i32 0
}
