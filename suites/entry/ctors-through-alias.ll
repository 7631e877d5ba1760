; Guards: a constructor or destructor that llvm.global_ctors / llvm.global_dtors list
; through an alias (`@ctor_alias = alias void (), ptr @real_ctor`, as C++ compilers emit for
; constructors with a shared body), or through an alias of an alias, runs like the others,
; in priority order, on every engine, and as the native binary runs it (the module compiled
; by --emit-obj and linked). Each constructor appends its digit to @x: main returns 1234
; (1234 & 255 = 210 as the binary's exit status).
; (Was a defect: the entries named by an alias were skipped: 14 instead of 1234, with the
; destructor's output missing.)
; RUN: %exit 0 %jitxr --engine mcjit %s | FileCheck %s
; RUN: %exit 0 %jitxr --engine orc %s | FileCheck %s
; RUN: %exit 0 %jitxr --engine interp %s | FileCheck %s
; RUN: %exit 0 %jitxr --no-run --emit-obj %t.o %s
; RUN: %cc %t.o -o %t.exe
; RUN: %exit 210 %run %t.exe | FileCheck %s --check-prefix=NATIVE

; CHECK:      {{^}}dtor 2{{$}}
; CHECK-NEXT: {{^}}dtor 1{{$}}
; CHECK-NEXT: module:
; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i32 1234{{$}}

; NATIVE:      {{^}}main 1234{{$}}
; NATIVE-NEXT: {{^}}dtor 2{{$}}
; NATIVE-NEXT: {{^}}dtor 1{{$}}

@x = internal global i32 0
@fmt_main = private constant [9 x i8] c"main %d\0A\00"
@fmt_dtor = private constant [9 x i8] c"dtor %d\0A\00"

@llvm.global_ctors = appending global [4 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 300, ptr @ctor_alias_alias, ptr null },
  { i32, ptr, ptr } { i32 100, ptr @ctor_1, ptr null },
  { i32, ptr, ptr } { i32 200, ptr @ctor_alias, ptr null },
  { i32, ptr, ptr } { i32 400, ptr @ctor_4, ptr null }]

@llvm.global_dtors = appending global [2 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 100, ptr @dtor_1, ptr null },
  { i32, ptr, ptr } { i32 200, ptr @dtor_alias, ptr null }]

@ctor_alias = alias void (), ptr @ctor_2
@ctor_3_alias = alias void (), ptr @ctor_3
@ctor_alias_alias = alias void (), ptr @ctor_3_alias
@dtor_alias = alias void (), ptr @dtor_2

declare i32 @printf(ptr, ...)

define internal void @append(i32 %d) {
  %v = load i32, ptr @x
  %t = mul i32 %v, 10
  %n = add i32 %t, %d
  store i32 %n, ptr @x
  ret void
}

define void @ctor_1() {
  call void @append(i32 1)
  ret void
}

define void @ctor_2() {
  call void @append(i32 2)
  ret void
}

define void @ctor_3() {
  call void @append(i32 3)
  ret void
}

define void @ctor_4() {
  call void @append(i32 4)
  ret void
}

define void @dtor_1() {
  call i32 (ptr, ...) @printf(ptr @fmt_dtor, i32 1)
  ret void
}

define void @dtor_2() {
  call i32 (ptr, ...) @printf(ptr @fmt_dtor, i32 2)
  ret void
}

define i32 @main() {
  %v = load i32, ptr @x
  call i32 (ptr, ...) @printf(ptr @fmt_main, i32 %v)
  ret i32 %v
}
