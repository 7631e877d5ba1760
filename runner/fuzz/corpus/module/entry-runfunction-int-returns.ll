; Guards: LLVMRunFunction's integer returns of every width it takes (no parameters,
; i1 to i64) are read back exactly on the two engines that have it: MCJIT calls the entry
; through a C prototype of that width, the interpreter returns an APInt, and the C API
; hands both back as a 64-bit GenericValue. An i1 true must not come back as -1 (it does
; when read signed), narrow negatives must keep their sign, i64 must keep all its bits.
; RUN: %jitxr --invoke runfunction --engine mcjit --entry ret_i1 %s | FileCheck %s --check-prefix=I1
; RUN: %jitxr --invoke runfunction --engine interp --entry ret_i1 %s | FileCheck %s --check-prefix=I1
; RUN: %jitxr --invoke runfunction --engine mcjit --entry ret_i8 %s | FileCheck %s --check-prefix=I8
; RUN: %jitxr --invoke runfunction --engine interp --entry ret_i8 %s | FileCheck %s --check-prefix=I8
; RUN: %jitxr --invoke runfunction --engine mcjit --entry ret_i16 %s | FileCheck %s --check-prefix=I16
; RUN: %jitxr --invoke runfunction --engine interp --entry ret_i16 %s | FileCheck %s --check-prefix=I16
; RUN: %jitxr --invoke runfunction --engine mcjit --entry ret_i32 %s | FileCheck %s --check-prefix=I32
; RUN: %jitxr --invoke runfunction --engine interp --entry ret_i32 %s | FileCheck %s --check-prefix=I32
; RUN: %jitxr --invoke runfunction --engine mcjit --entry ret_i64 %s | FileCheck %s --check-prefix=I64
; RUN: %jitxr --invoke runfunction --engine interp --entry ret_i64 %s | FileCheck %s --check-prefix=I64

; I1:      entry ret_i1 runfunction ok
; I1-NEXT: result i1 1{{$}}
; I8:      entry ret_i8 runfunction ok
; I8-NEXT: result i8 -128{{$}}
; I16:      entry ret_i16 runfunction ok
; I16-NEXT: result i16 -32767{{$}}
; I32:      entry ret_i32 runfunction ok
; I32-NEXT: result i32 -2147483648{{$}}
; I64:      entry ret_i64 runfunction ok
; I64-NEXT: result i64 -9223372036854775807{{$}}

; Computed, not constant: the value crosses the engine's return register.
define i1 @ret_i1() {
  %b = icmp eq i32 7, 7
  ret i1 %b
}

define i8 @ret_i8() {
  %p = alloca i8
  store i8 127, ptr %p
  %v = load i8, ptr %p
  %r = add i8 %v, 1
  ret i8 %r
}

define i16 @ret_i16() {
  %p = alloca i16
  store i16 32767, ptr %p
  %v = load i16, ptr %p
  %r = sub i16 0, %v
  ret i16 %r
}

define i32 @ret_i32() {
  %p = alloca i32
  store i32 2147483647, ptr %p
  %v = load i32, ptr %p
  %r = add i32 %v, 1
  ret i32 %r
}

define i64 @ret_i64() {
  %p = alloca i64
  store i64 9223372036854775807, ptr %p
  %v = load i64, ptr %p
  %r = sub i64 0, %v
  ret i64 %r
}
