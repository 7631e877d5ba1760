; Guards: --no-fork runs the entry in the runner's own process (for a debugger) and gives
; the same report as the child would: constructors, the entry and destructors run once,
; in order, their output before the report, the value read exactly, exit 0; on MCJIT,
; ORC and the interpreter.
; RUN: %exit 0 %jitxr --no-fork --engine mcjit %s | FileCheck %s --check-prefixes=CHECK,RF
; RUN: %exit 0 %jitxr --no-fork --engine orc %s | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: %exit 0 %jitxr --no-fork --engine interp %s | FileCheck %s --check-prefixes=CHECK,RF
; RUN: %exit 0 %jitxr --no-fork --engine mcjit --entry pair --arg -5 %s | FileCheck %s --check-prefix=PAIR

; CHECK-NOT:  module:
; CHECK:      {{^}}constructor{{$}}
; CHECK-NEXT: {{^}}entry{{$}}
; CHECK-NEXT: {{^}}destructor{{$}}
; CHECK-NEXT: module:
; RF:         entry main runfunction ok
; THUNK:      entry main thunk ok
; CHECK-NEXT: result i64 -8589934592{{$}}

; PAIR:       entry pair thunk ok
; PAIR-NEXT:  result { i32, double } { i32 -5, double -2.5 (0xc004000000000000) }{{$}}

@s.ctor = private constant [12 x i8] c"constructor\00"
@s.entry = private constant [6 x i8] c"entry\00"
@s.dtor = private constant [11 x i8] c"destructor\00"
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @ctor, ptr null }]
@llvm.global_dtors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @dtor, ptr null }]
declare i32 @puts(ptr)

define internal void @ctor() {
  call i32 @puts(ptr @s.ctor)
  ret void
}

define internal void @dtor() {
  call i32 @puts(ptr @s.dtor)
  ret void
}

define i64 @main() {
  call i32 @puts(ptr @s.entry)
  %p = alloca i64
  store i64 -2, ptr %p
  %v = load i64, ptr %p
  %r = shl i64 %v, 32
  ret i64 %r
}

define { i32, double } @pair(i32 %x) {
  %d = sitofp i32 %x to double
  %h = fmul double %d, 0.5
  %a = insertvalue { i32, double } poison, i32 %x, 0
  %b = insertvalue { i32, double } %a, double %h, 1
  ret { i32, double } %b
}
