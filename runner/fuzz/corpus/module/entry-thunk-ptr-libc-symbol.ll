; Guards: a pointer to a mapped libc function is reported by its symbol name,
; `ptr @strlen`, through the thunk on MCJIT and ORC: strlen is a GNU indirect function, and
; JIT code must hold the implementation the loader selected (the address jitxr mapped),
; never the resolver. The pointer is also called through, natively, to show it is code.
; Engine difference: LLVM's interpreter takes a function's address as its llvm::Function
; object (Interpreter::getPointerToFunction), not the native address it maps; the value
; it returns names no symbol, so it is `<not a symbol or global>`.
; RUN: %jitxr --engine mcjit --invoke thunk --entry get %s | FileCheck %s
; RUN: %jitxr --engine orc --invoke thunk --entry get %s | FileCheck %s
; RUN: %jitxr --engine interp --invoke thunk --entry get %s | FileCheck %s --check-prefix=INTERP
; RUN: %jitxr --engine mcjit --invoke thunk --entry call_through %s | FileCheck %s --check-prefix=CALL
; RUN: %jitxr --engine orc --invoke thunk --entry call_through %s | FileCheck %s --check-prefix=CALL
; RUN: %jitxr --engine interp --invoke thunk --entry call_through %s | FileCheck %s --check-prefix=CALL
; RUN: %jitxr --engine orc --entry get --format json %s | %python -c 'import json, sys; r = json.load(sys.stdin)["entry"]["result"]; print(sorted(r.items()))' | FileCheck %s --check-prefix=JSON

; CHECK:        symbol strlen func mapped libc.so.6
; CHECK:        entry get thunk ok
; CHECK-NEXT:   result ptr @strlen{{$}}
; INTERP:       symbol strlen func mapped libc.so.6
; INTERP:       entry get thunk ok
; INTERP-NEXT:  result ptr <not a symbol or global>{{$}}
; CALL:         entry call_through thunk ok
; CALL-NEXT:    result i64 11{{$}}
; JSON:         [('offset', 0), ('symbol', 'strlen'), ('type', 'ptr')]

@s = private constant [12 x i8] c"eleven char\00"

declare i64 @strlen(ptr)

define ptr @get() {
  %p = alloca ptr
  store ptr @strlen, ptr %p
  %r = load ptr, ptr %p
  ret ptr %r
}

define i64 @call_through() {
  %p = alloca ptr
  store ptr @strlen, ptr %p
  %f = load ptr, ptr %p
  %r = call i64 %f(ptr @s)
  ret i64 %r
}
