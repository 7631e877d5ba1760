; Guards: a null pointer returned through the thunk is reported as `ptr null` (JSON
; "value": null) on MCJIT, ORC and the interpreter, never as an address or as a symbol
; that happens to start at 0 (an unresolved extern_weak maps there).
; RUN: %jitxr --engine mcjit --invoke thunk %s | FileCheck %s
; RUN: %jitxr --engine orc --invoke thunk %s | FileCheck %s
; RUN: %jitxr --engine interp --invoke thunk %s | FileCheck %s
; RUN: %jitxr --engine orc --format json %s | %python -c 'import json, sys; r = json.load(sys.stdin)["entry"]["result"]; print(sorted(r.items()))' | FileCheck %s --check-prefix=JSON

; CHECK:      symbol maybe data weak-null
; CHECK:      entry main thunk ok
; CHECK-NEXT: result ptr null{{$}}
; JSON:       [('type', 'ptr'), ('value', None)]

@maybe = extern_weak global i32

define ptr @main() {
  %p = alloca ptr
  store ptr @maybe, ptr %p
  %r = load ptr, ptr %p
  ret ptr %r
}
