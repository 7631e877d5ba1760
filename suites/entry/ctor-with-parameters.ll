; Guards: a constructor that declares parameters (glibc calls .init_array entries with argc,
; argv and envp; llvm.global_ctors promises nothing) runs like any other, on every engine,
; as in the native binary: the generated caller passes it undefined arguments with a call of
; its own type. (A call without its arguments crashed the interpreter: SIGSEGV.)
; RUN: %exit 0 %jitxr --engine mcjit %s | FileCheck %s
; RUN: %exit 0 %jitxr --engine orc %s | FileCheck %s
; RUN: %exit 0 %jitxr --engine interp %s | FileCheck %s
; RUN: %exit 0 %jitxr --no-run --emit-obj %t.o %s
; RUN: %cc %t.o -o %t.exe
; RUN: %exit 9 %run %t.exe

; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i32 9{{$}}

@x = internal global i32 0

@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 65535, ptr @ctor_with_params, ptr null }]

define void @ctor_with_params(i32 %argc, ptr %argv) {
  store i32 9, ptr @x
  ret void
}

define i32 @main() {
  %v = load i32, ptr @x
  ret i32 %v
}
