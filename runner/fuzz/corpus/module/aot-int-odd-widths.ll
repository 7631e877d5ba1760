; Guards: integers of widths that are not a power of two (i7, i33, i65, as bit-fields,
; Zig's u33 or _BitInt(65) produce) become exact constants of their own width: the value is
; read from the bytes the thunk stored with the bits above the width dropped and the sign
; taken from the width's top bit, so i33 -4294967296 (its minimum) is not 4294967296 and
; i65's minimum (-2^64) is not 0 or a 64-bit value. The binary widens them as the JIT does.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime i7_min --comptime i33_min --comptime i33_max --comptime i65_min --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@i7_ --implicit-check-not=@i33_ --implicit-check-not=@i65_ < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      comptime i7_min ok i7 -64
; CHECK-NEXT: comptime i33_min ok i33 -4294967296
; CHECK-NEXT: comptime i33_max ok i33 4294967295
; CHECK-NEXT: comptime i65_min ok i65 -18446744073709551616

; IR:      define i32 @main()
; IR-NEXT: sext i7 -64 to i64
; IR-NEXT: sext i33 -4294967296 to i64
; IR-NEXT: sext i33 4294967295 to i64
; IR-NEXT: sext i65 -18446744073709551616 to i128

; OUT: -64 -4294967296 4294967295 ffffffffffffffff 0

@fmt = private constant [26 x i8] c"%lld %lld %lld %llx %llx\0A\00"
declare i32 @printf(ptr, ...)

define i7 @i7_min() {
  ret i7 -64
}
define i33 @i33_min() {
  %m = shl i33 1, 32
  ret i33 %m
}
define i33 @i33_max() {
  %m = lshr i33 -1, 1
  ret i33 %m
}
define i65 @i65_min() {
  %m = shl i65 1, 64
  ret i65 %m
}

define i32 @main() {
  %a = call i7 @i7_min()
  %b = call i33 @i33_min()
  %c = call i33 @i33_max()
  %d = call i65 @i65_min()
  %a64 = sext i7 %a to i64
  %b64 = sext i33 %b to i64
  %c64 = sext i33 %c to i64
  %d128 = sext i65 %d to i128
  %dh = lshr i128 %d128, 64
  %dhi = trunc i128 %dh to i64
  %dlo = trunc i128 %d128 to i64
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i64 %a64, i64 %b64, i64 %c64, i64 %dhi, i64 %dlo)
  ret i32 0
}
