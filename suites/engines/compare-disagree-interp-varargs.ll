; Guards: a call to a variadic library function (snprintf) works on MCJIT and ORC, and the
; interpreter's refusal is reported as a disagreement, exit 7, with the interpreter's reason.
; The difference: the interpreter calls external functions through libffi with the types of
; the declared parameters only; for the extra arguments of a variadic call it has no types,
; so it stops with "Calling external var arg function ... is not supported by the
; Interpreter" (llvm/lib/ExecutionEngine/Interpreter/ExternalFunctions.cpp). Only the few
; variadic functions it implements itself (printf, sprintf, fprintf, scanf, sscanf) pass.
; RUN: %exit 7 %jitxr --compare-engines %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "^jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE

; CHECK:      symbol snprintf func mapped libc.so.6
; CHECK-NEXT: entry main runfunction ok
; snprintf returns the length it printed: "4242" is 4
; CHECK-NEXT: result i32 4
; CHECK-NEXT: engine mcjit runfunction ok i32 4{{$}}
; CHECK-NEXT: engine orc thunk ok i32 4{{$}}
; CHECK-NEXT: engine interp - unsupported ('main' calls the variadic library function 'snprintf': LLVM's interpreter cannot call a variadic external function (only its own printf, fprintf, sprintf, scanf and sscanf)){{$}}

; ERR: jitxr: error: engines disagree on 'main': mcjit gives i32 4; orc gives i32 4; interp unsupported{{$}}

; ONE: {{^}}1{{$}}

@fmt = private constant [3 x i8] c"%d\00"
declare i32 @snprintf(ptr, i64, ptr, ...)

define i32 @main() {
  %buf = alloca [16 x i8]
  %n = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %buf, i64 16, ptr @fmt, i32 4242)
  ret i32 %n
}
