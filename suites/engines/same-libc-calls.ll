; Guards: the same module calling libc and libm (GNU indirect functions, a function that writes
; through a pointer into JIT memory, a libm function that is not an LLVM intrinsic) resolves
; to the default libraries and gives the same value on MCJIT, ORC and the interpreter: the
; interpreter calls them through libffi with the mapped address, the JITs through code.
; RUN: %jitxr --engine mcjit %s | FileCheck %s -DENGINE=mcjit -DINVOKE=runfunction
; RUN: %jitxr --engine orc %s | FileCheck %s -DENGINE=orc -DINVOKE=thunk
; RUN: %jitxr --engine interp %s | FileCheck %s -DENGINE=interp -DINVOKE=runfunction

; CHECK:      engine: [[ENGINE]]
; CHECK-NEXT: library libc.so.6 {{.*}} (default)
; CHECK-NEXT: library libm.so.6 {{.*}} (default)
; CHECK-NEXT: library libgcc_s.so.1 {{.*}}/libgcc_s.so.1 (default)
; CHECK-NEXT: library ld-linux-{{.*}} (default)
; CHECK-NEXT: library libjitxr-rt.so {{.*}}/libjitxr-rt.so (default)
; CHECK-NEXT: symbol strlen func mapped libc.so.6 [ifunc]{{$}}
; strcmp is an indirect function on x86-64 only
; CHECK-NEXT: symbol strcmp func mapped libc.so.6{{( \[ifunc\])?$}}
; CHECK-NEXT: symbol atoi func mapped libc.so.6{{$}}
; CHECK-NEXT: symbol labs func mapped libc.so.6{{$}}
; CHECK-NEXT: symbol strtol func mapped libc.so.6{{$}}
; CHECK-NEXT: symbol cbrt func mapped libm.so.6{{$}}
; CHECK-NEXT: entry main [[INVOKE]] ok
; digits: strlen 5, strcmp("hello", "help") > 0 is 0, labs(atoi) 1234, strtol 127,
; 4 characters consumed, cbrt(343) 7
; CHECK-NEXT: result i64 50123412747{{$}}

@hello = private constant [6 x i8] c"hello\00"
@help = private constant [5 x i8] c"help\00"
@num = private constant [8 x i8] c"-1234xy\00"
@hex = private constant [6 x i8] c"0x7fz\00"
declare i64 @strlen(ptr)
declare i32 @strcmp(ptr, ptr)
declare i32 @atoi(ptr)
declare i64 @labs(i64)
declare i64 @strtol(ptr, ptr, i32)
declare double @cbrt(double)
define i64 @main() {
  %end = alloca ptr
  %len = call i64 @strlen(ptr @hello)
  %cmp = call i32 @strcmp(ptr @hello, ptr @help)
  %n = call i32 @atoi(ptr @num)
  %n64 = sext i32 %n to i64
  %abs = call i64 @labs(i64 %n64)
  %h = call i64 @strtol(ptr @hex, ptr %end, i32 16)
  %e = load ptr, ptr %end
  %ei = ptrtoint ptr %e to i64
  %hi = ptrtoint ptr @hex to i64
  %consumed = sub i64 %ei, %hi
  %c = call double @cbrt(double 343.0)
  %ci = fptosi double %c to i64
  %pos = icmp sgt i32 %cmp, 0
  %posi = zext i1 %pos to i64
  ; the digits of the result, one value after the other
  %a1 = mul i64 %len, 10
  %a2 = add i64 %a1, %posi
  %a3 = mul i64 %a2, 10000
  %a4 = add i64 %a3, %abs
  %a5 = mul i64 %a4, 1000
  %a6 = add i64 %a5, %h
  %a7 = mul i64 %a6, 10
  %a8 = add i64 %a7, %consumed
  %a9 = mul i64 %a8, 10
  %a10 = add i64 %a9, %ci
  ret i64 %a10
}
