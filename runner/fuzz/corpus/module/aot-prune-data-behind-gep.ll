; Guards: a declaration that only the comptime code reached through a constant expression
; (`getelementptr (i8, ptr @fx_table, i64 4)`, as every field or element access of a
; global is written) is pruned like one it used directly: the expression outlives the
; deleted comptime function as a dead constant that still counts as a use in LLVM, and a
; pruning that trusts LLVM's use list keeps the declaration, so the binary's module still
; names fx_table.
; RUN: %jitxr -l %fixtures/libfx.so %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr -l %fixtures/libfx.so %s --comptime digit --comptime tail --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=fx_table --implicit-check-not=@digit --implicit-check-not=@tail < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      symbol fx_table data mapped libfx.so
; CHECK:      comptime digit ok i8 52
; CHECK-NEXT: comptime tail ok [4 x i8] [ i8 99, i8 100, i8 101, i8 0 ]

; IR:      define i32 @main()
; IR-NEXT: zext i8 52 to i32
; IR-NEXT: extractvalue [4 x i8] c"cde\00", 0

; OUT: 4 c

@fmt = private constant [7 x i8] c"%c %c\0A\00"
@fx_table = external global [16 x i8]
declare i32 @printf(ptr, ...)

define i8 @digit() {
  %v = load i8, ptr getelementptr (i8, ptr @fx_table, i64 4)
  ret i8 %v
}
define [4 x i8] @tail() {
  %v = load [4 x i8], ptr getelementptr inbounds ([16 x i8], ptr @fx_table, i64 0, i64 12)
  ret [4 x i8] %v
}

define i32 @main() {
  %d = call i8 @digit()
  %t = call [4 x i8] @tail()
  %d32 = zext i8 %d to i32
  %t0 = extractvalue [4 x i8] %t, 0
  %t32 = zext i8 %t0 to i32
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %d32, i32 %t32)
  ret i32 0
}
