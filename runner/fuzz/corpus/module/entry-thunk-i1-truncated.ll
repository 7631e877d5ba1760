; Guards: an i1 computed by truncating 0xff is returned as 1 on every engine: the code
; generator leaves the register's upper bits undefined for an i1 return, and a reader
; that takes the whole byte or sign-extends bit 0 reports 255 or -1.
; RUN: %jitxr --invoke thunk --engine mcjit %s | FileCheck %s
; RUN: %jitxr --invoke thunk --engine orc %s | FileCheck %s
; RUN: %jitxr --invoke thunk --engine interp %s | FileCheck %s
; RUN: %jitxr --invoke runfunction --engine mcjit %s | FileCheck %s --check-prefix=RF
; RUN: %jitxr --invoke runfunction --engine interp %s | FileCheck %s --check-prefix=RF

; CHECK:      entry main thunk ok
; CHECK-NEXT: result i1 1{{$}}
; RF:         entry main runfunction ok
; RF-NEXT:    result i1 1{{$}}

define i1 @main() {
  %p = alloca i8
  store i8 255, ptr %p
  %v = load i8, ptr %p
  %b = trunc i8 %v to i1
  ret i1 %b
}
