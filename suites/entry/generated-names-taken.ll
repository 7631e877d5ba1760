; Guards: a module may define the names of the functions jitxr generates around the entry
; (__jitxr_call_0, __jitxr_addrs, __jitxr_ctors, __jitxr_dtors: thunk.c): the generated
; ones then get other names, the module's stay the module's, and every engine calls the
; right ones: main's value through the thunk (1, not the 99 of the module's __jitxr_call_0),
; the module's constructor through the generated __jitxr_ctors (which the module's global of
; that name does not replace), a pointer to the module's __jitxr_addrs named as that
; function, and a comptime value normalized into a module that keeps those functions.
; RUN: %exit 0 %jitxr --engine mcjit --invoke thunk %s | FileCheck %s
; RUN: %exit 0 %jitxr --engine orc %s | FileCheck %s
; RUN: %exit 0 %jitxr --engine interp --invoke thunk %s | FileCheck %s
; RUN: %exit 0 %jitxr --engine mcjit --entry where %s | FileCheck %s --check-prefix=WHERE
; RUN: %exit 0 %jitxr --engine orc --entry where %s | FileCheck %s --check-prefix=WHERE
; RUN: %exit 0 %jitxr --engine interp --entry where %s | FileCheck %s --check-prefix=WHERE
; RUN: %exit 0 %jitxr --comptime answer --emit-normalized - %s | FileCheck %s --check-prefix=AOT

; CHECK:      entry main thunk ok
; CHECK-NEXT: result i32 1{{$}}

; WHERE:      entry where {{runfunction|thunk}} ok
; WHERE-NEXT: result ptr @__jitxr_addrs{{$}}

; AOT:      define i32 @__jitxr_call_0(ptr %a, ptr %b)
; AOT:      define i32 @main()
; AOT-NEXT:   %v = load i32, ptr @__jitxr_ctors
; AOT-NEXT:   %r = sub i32 %v, 41
; AOT:      comptime answer ok i32 42

@__jitxr_ctors = global i32 0
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 65535, ptr @ctor, ptr null }]

define void @ctor() {
  %v = load i32, ptr @__jitxr_ctors
  %n = add i32 %v, 42
  store i32 %n, ptr @__jitxr_ctors
  ret void
}

define i32 @__jitxr_call_0(ptr %a, ptr %b) {
  ret i32 99
}

define void @__jitxr_addrs(ptr %out) {
  store ptr null, ptr %out
  ret void
}

define void @__jitxr_dtors() {
  store i32 -1, ptr @__jitxr_ctors
  ret void
}

define ptr @where() {
  ret ptr @__jitxr_addrs
}

define i32 @answer() {
  ret i32 42
}

define i32 @main() {
  %v = load i32, ptr @__jitxr_ctors
  %r = sub i32 %v, 41
  %c = call i32 @answer()
  %z = sub i32 %c, 42
  %s = add i32 %r, %z
  ret i32 %s
}
