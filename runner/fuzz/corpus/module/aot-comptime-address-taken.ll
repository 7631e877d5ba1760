; Guards: a comptime function whose address main also takes (a callback table holds it)
; has every call replaced but its definition kept: deleting it would leave the table
; pointing at nothing (the module no longer verifies, or links with an undefined symbol),
; and keeping the calls would run at run time what was meant for compile time.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime seed --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not='call i32 @seed' < %t.norm.ll
; RUN: opt -passes=verify -disable-output %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK: comptime seed ok i32 1234

; IR:      define i32 @seed()
; IR:      define i32 @main()
; IR-NEXT: call i32 @apply(ptr @seed)
; IR-NEXT: add i32 1234, %viaptr

; OUT: 2468

@fmt = private constant [4 x i8] c"%d\0A\00"
declare i32 @printf(ptr, ...)

define i32 @seed() {
  ret i32 1234
}

define internal i32 @apply(ptr %fn) noinline {
  %r = call i32 %fn()
  ret i32 %r
}

define i32 @main() {
  %viaptr = call i32 @apply(ptr @seed)
  %direct = call i32 @seed()
  %sum = add i32 %direct, %viaptr
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %sum)
  ret i32 0
}
