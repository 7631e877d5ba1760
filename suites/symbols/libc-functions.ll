; Guards: functions of the C library, a default library, resolve from libc.so.6 with no -l:
; strlen's answer comes back, and puts writes to the runner's stdout, before the report.
; RUN: %jitxr %s | FileCheck %s

; CHECK:      hello from the JIT
; CHECK-NEXT: module:
; CHECK:      library libc.so.6 {{.*}}/libc.so.6 (default)
; CHECK-NEXT: library libm.so.6 {{.*}}/libm.so.6 (default)
; CHECK-NEXT: library libgcc_s.so.1 {{.*}}/libgcc_s.so.1 (default)
; CHECK-NEXT: library ld-linux-{{.*}} (default)
; CHECK-NEXT: library libjitxr-rt.so {{.*}}/libjitxr-rt.so (default)
; CHECK-NEXT: symbol strlen func mapped libc.so.6
; CHECK-NEXT: symbol puts func mapped libc.so.6
; CHECK:      entry main runfunction ok
; 18 characters, and puts returned a non-negative number
; CHECK-NEXT: result i32 18

@msg = private constant [19 x i8] c"hello from the JIT\00"
declare i64 @strlen(ptr)
declare i32 @puts(ptr)

define i32 @main() {
  %n = call i64 @strlen(ptr @msg)
  %p = call i32 @puts(ptr @msg)
  %ok = icmp sge i32 %p, 0
  %len = trunc i64 %n to i32
  %r = select i1 %ok, i32 %len, i32 -1
  ret i32 %r
}
