; Guards: a pointer to heap memory (from malloc) is reported as `<not a symbol or global>`
; (JSON "unknown": true) on MCJIT, ORC and the interpreter, and its address is never
; printed: the report is the same on every run, and no compile-time evaluator may bake a
; run-time address into a program.
; RUN: %jitxr --engine mcjit --invoke thunk %s | FileCheck %s
; RUN: %jitxr --engine orc --invoke thunk %s | FileCheck %s
; RUN: %jitxr --engine interp --invoke thunk %s | FileCheck %s
; RUN: %jitxr --engine orc --format json %s | %python -c 'import json, sys; r = json.load(sys.stdin)["entry"]["result"]; print(sorted(r.items()))' | FileCheck %s --check-prefix=JSON

; CHECK:      symbol malloc func mapped libc.so.6
; CHECK:      entry main thunk ok
; CHECK-NEXT: result ptr <not a symbol or global>{{$}}
; CHECK-NOT:  0x
; JSON:       [('type', 'ptr'), ('unknown', True)]

declare ptr @malloc(i64)

define ptr @main() {
  %p = call ptr @malloc(i64 64)
  store i64 1, ptr %p
  ret ptr %p
}
