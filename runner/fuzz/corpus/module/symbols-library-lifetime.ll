; Guards: libraries stay loaded for as long as JIT code can reach them (Thrust's JIT closed
; its library handles before running the entry). A library nothing but JIT code uses is
; called at the very end of main, after libc and libfx, and again from a module destructor,
; after the entry returned: both calls work and see the library's own state.
; RUN: %cc-so %S/Inputs/late.c -o %t.so
; RUN: %jitxr -l %fixtures/libfx.so -l %t.so %s | FileCheck %s

; CHECK:      late_report: 2 calls, last from a destructor
; CHECK-NEXT: module:
; CHECK:      symbol late_value func mapped {{.*}}.tmp.so
; CHECK-NEXT: symbol late_report func mapped {{.*}}.tmp.so
; CHECK:      entry main runfunction ok
; 60 (fx_add3) + 5 (strlen) = 65; late_value(65) = 65 * 3 + 1
; CHECK-NEXT: result i32 196

@s = private constant [6 x i8] c"hello\00"
@llvm.global_dtors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @at_end, ptr null }]

declare i32 @fx_add3(i32, i32, i32)
declare i64 @strlen(ptr)
declare i32 @late_value(i32)
declare void @late_report()

define void @at_end() {
  call void @late_report()
  ret void
}

define i32 @main() {
  %a = call i32 @fx_add3(i32 10, i32 20, i32 30)
  %n = call i64 @strlen(ptr @s)
  %n32 = trunc i64 %n to i32
  %sum = add i32 %a, %n32
  %r = call i32 @late_value(i32 %sum)
  ret i32 %r
}
