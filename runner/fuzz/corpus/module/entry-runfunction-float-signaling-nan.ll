; Guards: a float returned through LLVMRunFunction keeps its exact bits even when it is a
; signaling NaN (0x7fa00001): a compiler that evaluates float code at compile time must
; fold the same bits the program would compute. The thunk keeps them on every engine.
; RUN: %jitxr --invoke thunk --engine mcjit %s | FileCheck %s --check-prefix=THUNK
; RUN: %jitxr --invoke thunk --engine interp %s | FileCheck %s --check-prefix=THUNK
; RUN: %jitxr --invoke runfunction --engine mcjit %s | FileCheck %s
; RUN: %jitxr --invoke runfunction --engine interp %s | FileCheck %s

; THUNK:      entry main thunk ok
; THUNK-NEXT: result float nan (0x7fa00001){{$}}

; CHECK:      entry main runfunction ok
; CHECK-NEXT: result float nan (0x7fa00001){{$}}

define float @main() {
  %p = alloca i32
  store i32 2141192193, ptr %p
  %r = load float, ptr %p
  ret float %r
}
