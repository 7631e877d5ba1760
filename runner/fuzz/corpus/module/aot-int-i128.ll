; Guards: an i128 comptime value keeps both 64-bit words: the minimum and maximum (39
; digits) and a value whose words differ (0x0123456789abcdef_fedcba9876543210) become the
; exact i128 constants, not their low word, not sign-extended from it, not with words
; swapped. The binary prints each half in hex as the JIT does.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime i128_min --comptime i128_max --comptime i128_words --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@i128_ < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      comptime i128_min ok i128 -170141183460469231731687303715884105728
; CHECK-NEXT: comptime i128_max ok i128 170141183460469231731687303715884105727
; CHECK-NEXT: comptime i128_words ok i128 1512366075204170947332355369683137040

; IR:      define i32 @main()
; IR-NEXT: call void @show(i128 -170141183460469231731687303715884105728)
; IR-NEXT: call void @show(i128 170141183460469231731687303715884105727)
; IR-NEXT: call void @show(i128 1512366075204170947332355369683137040)

; OUT:      8000000000000000 0000000000000000
; OUT-NEXT: 7fffffffffffffff ffffffffffffffff
; OUT-NEXT: 0123456789abcdef fedcba9876543210

@fmt = private constant [17 x i8] c"%016llx %016llx\0A\00"
declare i32 @printf(ptr, ...)

define i128 @i128_min() {
  %m = shl i128 1, 127
  ret i128 %m
}
define i128 @i128_max() {
  %m = lshr i128 -1, 1
  ret i128 %m
}
define i128 @i128_words() {
  %hi = shl i128 81985529216486895, 64
  %w = or i128 %hi, 18364758544493064720
  ret i128 %w
}

define internal void @show(i128 %v) {
  %h = lshr i128 %v, 64
  %hi = trunc i128 %h to i64
  %lo = trunc i128 %v to i64
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i64 %hi, i64 %lo)
  ret void
}

define i32 @main() {
  %a = call i128 @i128_min()
  call void @show(i128 %a)
  %b = call i128 @i128_max()
  call void @show(i128 %b)
  %c = call i128 @i128_words()
  call void @show(i128 %c)
  ret i32 0
}
