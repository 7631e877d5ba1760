; Guards: a struct with padding is read field by field at the data layout's offsets and
; becomes a constant struct of exactly those fields: reading it as packed bytes puts the
; i32 at offset 1 instead of 4 and every later field is garbage (or padding bytes leak in).
; A packed struct beside it has no padding and must be read without any.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime padded --comptime packed --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@padded --implicit-check-not=@packed < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      comptime padded ok { i8, i32, i8, i64, i16 } { i8 -7, i32 70000, i8 3, i64 -5000000000, i16 -2 }
; CHECK-NEXT: comptime packed ok <{ i8, i32, i16 }> { i8 9, i32 -123456, i16 4660 }

; IR:      define i32 @main()
; IR-NEXT: extractvalue { i8, i32, i8, i64, i16 } { i8 -7, i32 70000, i8 3, i64 -5000000000, i16 -2 }, 0
; IR-NEXT: extractvalue { i8, i32, i8, i64, i16 } { i8 -7, i32 70000, i8 3, i64 -5000000000, i16 -2 }, 1
; IR-NEXT: extractvalue { i8, i32, i8, i64, i16 } { i8 -7, i32 70000, i8 3, i64 -5000000000, i16 -2 }, 2
; IR-NEXT: extractvalue { i8, i32, i8, i64, i16 } { i8 -7, i32 70000, i8 3, i64 -5000000000, i16 -2 }, 3
; IR-NEXT: extractvalue { i8, i32, i8, i64, i16 } { i8 -7, i32 70000, i8 3, i64 -5000000000, i16 -2 }, 4
; IR-NEXT: extractvalue <{ i8, i32, i16 }> <{ i8 9, i32 -123456, i16 4660 }>, 0

; OUT: -7 70000 3 -5000000000 -2 / 9 -123456 4660

@fmt = private constant [29 x i8] c"%d %d %d %lld %d / %d %d %d\0A\00"
declare i32 @printf(ptr, ...)

define { i8, i32, i8, i64, i16 } @padded() {
  ; every byte of the slot, padding included, starts as 0xAA
  %slot = alloca { i8, i32, i8, i64, i16 }
  call void @llvm.memset.p0.i64(ptr %slot, i8 -86, i64 24, i1 false)
  %f0 = getelementptr { i8, i32, i8, i64, i16 }, ptr %slot, i32 0, i32 0
  store i8 -7, ptr %f0
  %f1 = getelementptr { i8, i32, i8, i64, i16 }, ptr %slot, i32 0, i32 1
  store i32 70000, ptr %f1
  %f2 = getelementptr { i8, i32, i8, i64, i16 }, ptr %slot, i32 0, i32 2
  store i8 3, ptr %f2
  %f3 = getelementptr { i8, i32, i8, i64, i16 }, ptr %slot, i32 0, i32 3
  store i64 -5000000000, ptr %f3
  %f4 = getelementptr { i8, i32, i8, i64, i16 }, ptr %slot, i32 0, i32 4
  store i16 -2, ptr %f4
  %v = load { i8, i32, i8, i64, i16 }, ptr %slot
  ret { i8, i32, i8, i64, i16 } %v
}
define <{ i8, i32, i16 }> @packed() {
  ret <{ i8, i32, i16 }> <{ i8 9, i32 -123456, i16 4660 }>
}
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

define i32 @main() {
  %s = call { i8, i32, i8, i64, i16 } @padded()
  %p = call <{ i8, i32, i16 }> @packed()
  %a = extractvalue { i8, i32, i8, i64, i16 } %s, 0
  %b = extractvalue { i8, i32, i8, i64, i16 } %s, 1
  %c = extractvalue { i8, i32, i8, i64, i16 } %s, 2
  %d = extractvalue { i8, i32, i8, i64, i16 } %s, 3
  %e = extractvalue { i8, i32, i8, i64, i16 } %s, 4
  %x = extractvalue <{ i8, i32, i16 }> %p, 0
  %y = extractvalue <{ i8, i32, i16 }> %p, 1
  %z = extractvalue <{ i8, i32, i16 }> %p, 2
  %a32 = sext i8 %a to i32
  %c32 = sext i8 %c to i32
  %e32 = sext i16 %e to i32
  %x32 = sext i8 %x to i32
  %z32 = sext i16 %z to i32
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %a32, i32 %b, i32 %c32, i64 %d, i32 %e32, i32 %x32, i32 %y, i32 %z32)
  ret i32 0
}
