; Guards: a pointer returned through LLVMRunFunction (no parameters) is named by what it
; points into, never printed as an address: null, a module global with an offset, and a
; mapped libc function (strlen, an indirect function: the implementation the loader chose).
; Engine difference: the interpreter represents a function's address as its llvm::Function
; object (Interpreter::getPointerToFunction), never as the native code it maps, so the
; pointer to strlen it returns is not strlen's address and is reported as
; <not a symbol or global>; the same value in a native call would crash.
; RUN: %jitxr --invoke runfunction --engine mcjit --entry ret_null %s | FileCheck %s --check-prefix=NULL
; RUN: %jitxr --invoke runfunction --engine interp --entry ret_null %s | FileCheck %s --check-prefix=NULL
; RUN: %jitxr --invoke runfunction --engine mcjit --entry ret_global %s | FileCheck %s --check-prefix=GLOBAL
; RUN: %jitxr --invoke runfunction --engine interp --entry ret_global %s | FileCheck %s --check-prefix=GLOBAL
; RUN: %jitxr --invoke runfunction --engine mcjit --entry ret_strlen %s | FileCheck %s --check-prefix=STRLEN
; RUN: %jitxr --invoke runfunction --engine interp --entry ret_strlen %s | FileCheck %s --check-prefix=STRLEN-INTERP

; NULL:      entry ret_null runfunction ok
; NULL-NEXT: result ptr null{{$}}
; GLOBAL:      entry ret_global runfunction ok
; GLOBAL-NEXT: result ptr @table+12{{$}}
; STRLEN:      symbol strlen func mapped libc.so.6
; STRLEN:      entry ret_strlen runfunction ok
; STRLEN-NEXT: result ptr @strlen{{$}}
; STRLEN-INTERP:      symbol strlen func mapped libc.so.6
; STRLEN-INTERP:      entry ret_strlen runfunction ok
; STRLEN-INTERP-NEXT: result ptr <not a symbol or global>{{$}}

@table = global [8 x i32] zeroinitializer

declare i64 @strlen(ptr)

define ptr @ret_null() {
  %p = alloca ptr
  store ptr null, ptr %p
  %r = load ptr, ptr %p
  ret ptr %r
}

define ptr @ret_global() {
  %r = getelementptr [8 x i32], ptr @table, i64 0, i64 3
  ret ptr %r
}

define ptr @ret_strlen() {
  %p = alloca ptr
  store ptr @strlen, ptr %p
  %r = load ptr, ptr %p
  ret ptr %r
}
