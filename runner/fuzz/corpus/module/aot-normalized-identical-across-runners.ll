; Guards: the normalized module does not depend on the architecture of the runner that
; produced it: the x86-64 runner and the AArch64 runner (under qemu) write the same bytes
; for the same input, each resolving against its own architecture's libc and fixture. A
; difference would mean host facts (addresses, layouts, triples) leak into the AOT module.
; REQUIRES: other-runner
; RUN: %jitxr %s -l %fixtures/libfx.so --comptime sum --comptime table --comptime words --emit-normalized %t.mine.ll > /dev/null
; RUN: %jitxr-other %s -l %fixtures-other/libfx.so --comptime sum --comptime table --comptime words --emit-normalized %t.other.ll > /dev/null
; RUN: cmp %t.mine.ll %t.other.ll
; RUN: FileCheck %s < %t.mine.ll

; CHECK-NOT: target triple
; CHECK:     @buf = global [4 x i64] [i64 60, i64 -1, i64 0, i64 170141183460469231]
; CHECK:     ret i32 60

@buf = global [4 x i64] zeroinitializer
@msg = constant [6 x i8] c"hello\00"
declare i32 @fx_add3(i32, i32, i32)

define i32 @sum() {
  %r = call i32 @fx_add3(i32 10, i32 20, i32 30)
  ret i32 %r
}

define ptr @table() {
  store i64 60, ptr @buf
  %p1 = getelementptr i64, ptr @buf, i64 1
  store i64 -1, ptr %p1
  %p3 = getelementptr i64, ptr @buf, i64 3
  store i64 170141183460469231, ptr %p3
  ret ptr %p1
}

define { ptr, double, i128 } @words() {
  %a = insertvalue { ptr, double, i128 } undef, ptr getelementptr (i8, ptr @msg, i64 2), 0
  %b = insertvalue { ptr, double, i128 } %a, double 0x7FF8000000000123, 1
  %c = insertvalue { ptr, double, i128 } %b, i128 -18446744073709551617, 2
  ret { ptr, double, i128 } %c
}

define i32 @main() {
  %s = call i32 @sum()
  %t = call ptr @table()
  %w = call { ptr, double, i128 } @words()
  ret i32 %s
}
