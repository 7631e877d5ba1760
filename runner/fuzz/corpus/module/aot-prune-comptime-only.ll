; Guards: what only the comptime code used is gone from the normalized module: the fixture
; function and data it called and read, an internal helper and the internal helper that
; helper called (removed in turn), an internal table; what main still uses stays (puts, a
; helper shared with main), and so does a declaration nothing used even before (not the
; comptime step's to remove). A leftover declaration would make the binary need libfx.so
; at link time for nothing: it links here without it.
; RUN: %jitxr -l %fixtures/libfx.so %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr -l %fixtures/libfx.so %s --comptime checksum --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@checksum --implicit-check-not=@fx_add3 --implicit-check-not=@fx_counter --implicit-check-not=@mix --implicit-check-not=@salt < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      symbol fx_counter data mapped libfx.so
; CHECK-NEXT: symbol fx_add3 func mapped libfx.so
; CHECK-NEXT: symbol puts func mapped libc.so.6
; CHECK-NEXT: symbol fx_bump func mapped libfx.so
; CHECK:      comptime checksum ok i32 176

; IR:      declare i32 @puts(ptr)
; IR:      declare i32 @fx_bump()
; IR:      define internal i32 @twice(i32 %x)
; IR:      define i32 @main()
; IR-NEXT: call i32 @twice(i32 176)

; OUT: 352

@fx_counter = external global i32
@salt = internal constant i32 3
@digits = private constant [4 x i8] c"352\00"
@wrong = private constant [6 x i8] c"wrong\00"
declare i32 @fx_add3(i32, i32, i32)
declare i32 @puts(ptr)
declare i32 @fx_bump()

define internal i32 @mix2(i32 %x) {
  %s = load i32, ptr @salt
  %r = mul i32 %x, %s
  ret i32 %r
}
define internal i32 @mix(i32 %x) {
  %r = call i32 @mix2(i32 %x)
  ret i32 %r
}
define internal i32 @twice(i32 %x) {
  %r = shl i32 %x, 1
  ret i32 %r
}

; (41 + 1 + 2) * 3 = 132, + twice(22) = 176
define i32 @checksum() {
  %c = load i32, ptr @fx_counter
  %a = call i32 @fx_add3(i32 %c, i32 1, i32 2)
  %m = call i32 @mix(i32 %a)
  %t = call i32 @twice(i32 22)
  %r = add i32 %m, %t
  ret i32 %r
}

define i32 @main() {
  %c = call i32 @checksum()
  %d = call i32 @twice(i32 %c)
  %ok = icmp eq i32 %d, 352
  %msg = select i1 %ok, ptr @digits, ptr @wrong
  %r = call i32 @puts(ptr %msg)
  ret i32 0
}
