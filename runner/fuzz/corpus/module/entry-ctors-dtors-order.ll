; Guards: llvm.global_ctors run before the entry, by ascending priority with ties in array
; order, and llvm.global_dtors after it, in the reverse order (by descending priority,
; ties in reverse array order), as an ELF program runs .init_array and .fini_array; each
; exactly once. The same on MCJIT, ORC and the interpreter: ExecutionEngine's own
; constructor runner ignores priorities, and ORC without a platform runs none. The tables
; list their entries out of priority order, with a tie, and one entry names associated
; data. main returns how many constructors ran (4, not 8 if any ran twice). Every line is
; checked in order, the entry's and destructors' lines before the report.
; RUN: %jitxr --engine mcjit %s | FileCheck %s
; RUN: %jitxr --engine orc %s | FileCheck %s
; RUN: %jitxr --engine interp %s | FileCheck %s
; RUN: %jitxr --engine mcjit --invoke thunk %s | FileCheck %s

; CHECK-NOT:  module:
; CHECK:      {{^}}ctor 100 a{{$}}
; CHECK-NEXT: {{^}}ctor 100 b{{$}}
; CHECK-NEXT: {{^}}ctor 200{{$}}
; CHECK-NEXT: {{^}}ctor 65535{{$}}
; CHECK-NEXT: {{^}}main{{$}}
; CHECK-NEXT: {{^}}dtor 65535{{$}}
; CHECK-NEXT: {{^}}dtor 300{{$}}
; CHECK-NEXT: {{^}}dtor 100 b{{$}}
; CHECK-NEXT: {{^}}dtor 100 a{{$}}
; CHECK-NEXT: module:
; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i32 4{{$}}

@ran = internal global i32 0
@key = internal global i8 0

@llvm.global_ctors = appending global [4 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 65535, ptr @ctor_65535, ptr null },
  { i32, ptr, ptr } { i32 100, ptr @ctor_100_a, ptr null },
  { i32, ptr, ptr } { i32 200, ptr @ctor_200, ptr @key },
  { i32, ptr, ptr } { i32 100, ptr @ctor_100_b, ptr null }]

@llvm.global_dtors = appending global [4 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 100, ptr @dtor_100_a, ptr null },
  { i32, ptr, ptr } { i32 300, ptr @dtor_300, ptr null },
  { i32, ptr, ptr } { i32 65535, ptr @dtor_65535, ptr null },
  { i32, ptr, ptr } { i32 100, ptr @dtor_100_b, ptr null }]

@s.ctor_100_a = private constant [11 x i8] c"ctor 100 a\00"
@s.ctor_100_b = private constant [11 x i8] c"ctor 100 b\00"
@s.ctor_200 = private constant [9 x i8] c"ctor 200\00"
@s.ctor_65535 = private constant [11 x i8] c"ctor 65535\00"
@s.main = private constant [5 x i8] c"main\00"
@s.dtor_100_a = private constant [11 x i8] c"dtor 100 a\00"
@s.dtor_100_b = private constant [11 x i8] c"dtor 100 b\00"
@s.dtor_300 = private constant [9 x i8] c"dtor 300\00"
@s.dtor_65535 = private constant [11 x i8] c"dtor 65535\00"

declare i32 @puts(ptr)

define internal void @say_ctor(ptr %s) {
  call i32 @puts(ptr %s)
  %n = load i32, ptr @ran
  %m = add i32 %n, 1
  store i32 %m, ptr @ran
  ret void
}

define internal void @ctor_100_a() {
  call void @say_ctor(ptr @s.ctor_100_a)
  ret void
}

define internal void @ctor_100_b() {
  call void @say_ctor(ptr @s.ctor_100_b)
  ret void
}

define internal void @ctor_200() {
  call void @say_ctor(ptr @s.ctor_200)
  ret void
}

define internal void @ctor_65535() {
  call void @say_ctor(ptr @s.ctor_65535)
  ret void
}

define internal void @dtor_100_a() {
  call i32 @puts(ptr @s.dtor_100_a)
  ret void
}

define internal void @dtor_100_b() {
  call i32 @puts(ptr @s.dtor_100_b)
  ret void
}

define internal void @dtor_300() {
  call i32 @puts(ptr @s.dtor_300)
  ret void
}

define internal void @dtor_65535() {
  call i32 @puts(ptr @s.dtor_65535)
  ret void
}

define i32 @main() {
  call i32 @puts(ptr @s.main)
  %n = load i32, ptr @ran
  ret i32 %n
}
