; Guards: comptime functions calling each other (a constant computed from another
; constant): `outer` calls `inner`, both are comptime, and each gets its own value; the
; call to `inner` inside `outer` is replaced too, so neither is left half-deleted (a body
; calling a deleted function does not verify). The order they are named in changes
; nothing: both orders give byte-identical modules.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime outer --comptime inner --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@outer --implicit-check-not=@inner < %t.norm.ll
; RUN: %jitxr %s --comptime inner --comptime outer --emit-normalized %t.reversed.ll > %t.reversed.report
; RUN: FileCheck %s --check-prefix=REVERSED < %t.reversed.report
; RUN: cmp %t.norm.ll %t.reversed.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      comptime outer ok i64 1764
; CHECK-NEXT: comptime inner ok i64 42

; REVERSED:      comptime inner ok i64 42
; REVERSED-NEXT: comptime outer ok i64 1764

; IR:      define i32 @main()
; IR-NEXT: call i32 (ptr, ...) @printf(ptr @fmt, i64 42, i64 1764)
; IR-NEXT: ret i32 0

; OUT: inner 42 outer 1764

@fmt = private constant [21 x i8] c"inner %ld outer %ld\0A\00"
declare i32 @printf(ptr, ...)

define i64 @inner() {
  ret i64 42
}
define i64 @outer() {
  %a = call i64 @inner()
  %b = call i64 @inner()
  %r = mul i64 %a, %b
  ret i64 %r
}

define i32 @main() {
  %i = call i64 @inner()
  %o = call i64 @outer()
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i64 %i, i64 %o)
  ret i32 0
}
