; Guards: a pointer to a function the module defines is reported by that function's name,
; `ptr @helper`, through the thunk on MCJIT, ORC and the interpreter: JIT code's own
; functions live at engine-chosen addresses that only the engine can name, and a
; compile-time evaluator must carry such a pointer as a relocation. The interpreter's
; function values (llvm::Function objects) are named the same way, because the runner
; asks the engine itself for each function's address.
; RUN: %jitxr --engine mcjit --invoke thunk %s | FileCheck %s
; RUN: %jitxr --engine orc --invoke thunk %s | FileCheck %s
; RUN: %jitxr --engine interp --invoke thunk %s | FileCheck %s
; RUN: %jitxr --engine orc --format json %s | %python -c 'import json, sys; r = json.load(sys.stdin)["entry"]["result"]; print(sorted(r.items()))' | FileCheck %s --check-prefix=JSON

; CHECK:      entry main thunk ok
; CHECK-NEXT: result ptr @helper{{$}}
; JSON:       [('global', 'helper'), ('offset', 0), ('type', 'ptr')]

define internal i32 @helper(i32 %x) {
  ret i32 %x
}

define ptr @main() {
  %p = alloca ptr
  store ptr @helper, ptr %p
  %r = load ptr, ptr %p
  ret ptr %r
}
