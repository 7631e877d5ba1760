; Guards: atexit is not in libc.so.6 (glibc keeps it in libc_nonshared.a, linked statically
; into every program): jitxr's default libjitxr-rt.so provides it, and the handler runs when
; the program ends, after main's value (its line comes before the report, which is printed
; once the program is over). Without the defaults (--no-default-libs -l libc.so.6) it is
; unresolved with a hint that says where it lives (exit 4), instead of a bare "unresolved"
; that sends the user looking for a missing -l. The same for at_quick_exit, pthread_atfork
; and __dso_handle, which C++ code passes to __cxa_atexit.
; RUN: %jitxr %s | FileCheck %s
; RUN: %jitxr --engine orc %s | FileCheck %s
; RUN: %exit 4 %jitxr --no-default-libs -l libc.so.6 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=NORT < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err

; CHECK:      {{^}}bye{{$}}
; CHECK:      symbol __dso_handle data mapped libjitxr-rt.so{{$}}
; CHECK-NEXT: symbol atexit func mapped libjitxr-rt.so
; CHECK-NEXT: symbol at_quick_exit func mapped libjitxr-rt.so
; CHECK-NEXT: symbol pthread_atfork func mapped libjitxr-rt.so
; CHECK-NEXT: symbol puts func mapped libc.so.6
; CHECK:      result i32 0

; NORT:      symbol atexit func unresolved{{$}}
; NORT-NEXT:   hint: glibc provides it only in the static archive libc_nonshared.a, which a JIT cannot load; jitxr's default library libjitxr-rt.so has it (not loaded with --no-default-libs)
; NORT:      entry main - not-run

; ERR: jitxr: error: 4 unresolved symbols: __dso_handle, atexit, at_quick_exit, pthread_atfork

@__dso_handle = external global i8
@bye.s = private constant [4 x i8] c"bye\00"
declare i32 @atexit(ptr)
declare i32 @at_quick_exit(ptr)
declare i32 @pthread_atfork(ptr, ptr, ptr)
declare i32 @puts(ptr)

define void @bye() {
  call i32 @puts(ptr @bye.s)
  ret void
}

define void @nothing() {
  ret void
}

; 0 when every registration succeeded and __dso_handle points at itself, as crtbegin's does
define i32 @main() {
  %a = call i32 @atexit(ptr @bye)
  %b = call i32 @at_quick_exit(ptr @nothing)
  %c = call i32 @pthread_atfork(ptr null, ptr null, ptr @nothing)
  %d = load ptr, ptr @__dso_handle
  %self = icmp eq ptr %d, @__dso_handle
  %e = select i1 %self, i32 0, i32 100
  %s1 = add i32 %a, %b
  %s2 = add i32 %s1, %c
  %s3 = add i32 %s2, %e
  ret i32 %s3
}
