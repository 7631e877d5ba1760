; Guards: an i128 return comes back exactly, as signed decimal, on MCJIT, ORC and the
; interpreter: above 2^64 (the high half must not be dropped, as LLVMRunFunction would)
; and negative (the sign lives in the high half). --invoke auto picks the thunk for it on
; every engine.
; RUN: %jitxr --engine mcjit --entry big %s | FileCheck %s --check-prefix=BIG
; RUN: %jitxr --engine orc --entry big %s | FileCheck %s --check-prefix=BIG
; RUN: %jitxr --engine interp --entry big %s | FileCheck %s --check-prefix=BIG
; RUN: %jitxr --engine mcjit --entry min %s | FileCheck %s --check-prefix=MIN
; RUN: %jitxr --engine orc --entry min %s | FileCheck %s --check-prefix=MIN
; RUN: %jitxr --engine interp --entry min %s | FileCheck %s --check-prefix=MIN

; 2^100 + 12345
; BIG:      entry big thunk ok
; BIG-NEXT: result i128 1267650600228229401496703217721{{$}}
; -2^127
; MIN:      entry min thunk ok
; MIN-NEXT: result i128 -170141183460469231731687303715884105728{{$}}

define i128 @big() {
  %p = alloca i128
  store i128 1, ptr %p
  %one = load i128, ptr %p
  %s = shl i128 %one, 100
  %r = add i128 %s, 12345
  ret i128 %r
}

define i128 @min() {
  %p = alloca i128
  store i128 1, ptr %p
  %one = load i128, ptr %p
  %r = shl i128 %one, 127
  ret i128 %r
}
