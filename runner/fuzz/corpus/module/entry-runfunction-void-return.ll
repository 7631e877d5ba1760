; Guards: a void entry without parameters runs through LLVMRunFunction on MCJIT and the
; interpreter, its output appears, and the report says `result void` with exit 0 (the
; GenericValue MCJIT returns for void is not a value to read).
; RUN: %exit 0 %jitxr --invoke runfunction --engine mcjit %s | FileCheck %s
; RUN: %exit 0 %jitxr --invoke runfunction --engine interp %s | FileCheck %s

; CHECK:      {{^}}void entry ran{{$}}
; CHECK:      entry main runfunction ok
; CHECK-NEXT: result void{{$}}

@msg = private constant [15 x i8] c"void entry ran\00"
declare i32 @puts(ptr)

define void @main() {
  call i32 @puts(ptr @msg)
  ret void
}
