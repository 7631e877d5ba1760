; Guards: errno is thread-local in glibc, reached through __errno_location(), which resolves
; from libc.so.6 and gives JIT code the calling thread's errno: close(-1) fails with -1 and
; sets errno to EBADF (9), and JIT code reads 9 through the returned pointer.
; RUN: %jitxr %s | FileCheck %s

; CHECK:      symbol close func mapped libc.so.6
; CHECK-NEXT: symbol __errno_location func mapped libc.so.6
; -1 * 100 + EBADF
; CHECK:      result i32 -91

declare i32 @close(i32)
declare ptr @__errno_location()

define i32 @main() {
  %p = call ptr @__errno_location()
  store i32 0, ptr %p
  %r = call i32 @close(i32 -1)
  %e = load i32, ptr %p
  %m = mul i32 %r, 100
  %s = add i32 %m, %e
  ret i32 %s
}
