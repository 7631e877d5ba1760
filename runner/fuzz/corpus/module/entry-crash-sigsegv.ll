; Guards: an entry that stores through a null pointer is reported as crashed with
; SIGSEGV (exit 5, one error line), on MCJIT, ORC and the interpreter, through either
; invoke path: the fault kills the child process only, and the runner, still alive,
; reports it and prints no result. With --format json the report is still one valid
; object with "status": "crashed", "signal": "SIGSEGV", no exit status and no result.
; RUN: %exit 5 %jitxr --engine mcjit %s 2> %t.mcjit.err | FileCheck %s --check-prefixes=CHECK,RF
; One jitxr line on stderr (under qemu-user, the emulated child also reports its signal).
; RUN: FileCheck %s --check-prefix=ERR --implicit-check-not=jitxr: < %t.mcjit.err
; RUN: %exit 5 %jitxr --engine orc %s 2> %t.orc.err | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: FileCheck %s --check-prefix=ERR < %t.orc.err
; RUN: %exit 5 %jitxr --engine interp %s 2> %t.interp.err | FileCheck %s --check-prefixes=CHECK,RF
; RUN: FileCheck %s --check-prefix=ERR < %t.interp.err
; RUN: %exit 5 %jitxr --engine mcjit --invoke thunk %s 2> /dev/null | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: %exit 5 %jitxr --engine mcjit --format json %s 2> /dev/null | %python -c 'import json, sys; d = json.load(sys.stdin); e = d["entry"]; print(e["invoke"], e["status"], e["signal"], e["exit_status"], e["result"], d["error"]["code"])' | FileCheck %s --check-prefix=JSON

; RF:         entry main runfunction crashed SIGSEGV
; THUNK:      entry main thunk crashed SIGSEGV
; CHECK-NOT:  {{^}}result
; ERR:        jitxr: error: entry 'main' crashed: SIGSEGV
; JSON:       runfunction crashed SIGSEGV None None 5

define i32 @main() {
  %p = alloca ptr
  store ptr null, ptr %p
  %q = load ptr, ptr %p
  store volatile i32 1, ptr %q
  ret i32 0
}
