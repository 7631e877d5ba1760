; Guards: an entry that calls abort() is reported as crashed with SIGABRT, exit 5, on
; MCJIT, ORC and the interpreter (whose abort is its own, lle_X_abort, raising SIGABRT):
; never as an exit status, and the runner is not taken down with it.
; RUN: %exit 5 %jitxr --engine mcjit %s 2> %t.err | FileCheck %s --check-prefixes=CHECK,RF
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %exit 5 %jitxr --engine orc %s 2> /dev/null | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: %exit 5 %jitxr --engine interp %s 2> /dev/null | FileCheck %s --check-prefixes=CHECK,RF
; RUN: %exit 5 %jitxr --engine interp --format json %s 2> /dev/null | %python -c 'import json, sys; d = json.load(sys.stdin); e = d["entry"]; print(e["status"], e["signal"], e["exit_status"], e["result"])' | FileCheck %s --check-prefix=JSON

; RF:         entry main runfunction crashed SIGABRT
; THUNK:      entry main thunk crashed SIGABRT
; CHECK-NOT:  {{^}}result
; ERR:        jitxr: error: entry 'main' crashed: SIGABRT
; JSON:       crashed SIGABRT None None

declare void @abort()

define i32 @main() {
  call void @abort()
  unreachable
}
