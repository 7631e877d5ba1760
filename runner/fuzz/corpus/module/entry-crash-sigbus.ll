; Guards: an entry that dies of SIGBUS is reported as crashed with SIGBUS (not SIGSEGV or
; a generic failure), exit 5, on MCJIT, ORC and the interpreter. A bus error is hard to
; provoke portably from a user program (an unaligned access does not fault on x86-64 or
; AArch64, and a mapped file's end needs a file); the entry sends itself the signal.
; RUN: %exit 5 %jitxr --engine mcjit %s 2> %t.err | FileCheck %s --check-prefixes=CHECK,RF
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %exit 5 %jitxr --engine orc %s 2> /dev/null | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: %exit 5 %jitxr --engine interp %s 2> /dev/null | FileCheck %s --check-prefixes=CHECK,RF
; RUN: %exit 5 %jitxr --engine orc --format json %s 2> /dev/null | %python -c 'import json, sys; d = json.load(sys.stdin); e = d["entry"]; print(e["status"], e["signal"], e["exit_status"], e["result"])' | FileCheck %s --check-prefix=JSON

; RF:         entry main runfunction crashed SIGBUS
; THUNK:      entry main thunk crashed SIGBUS
; CHECK-NOT:  {{^}}result
; ERR:        jitxr: error: entry 'main' crashed: SIGBUS
; JSON:       crashed SIGBUS None None

declare i32 @getpid()
declare i32 @kill(i32, i32)

; SIGBUS is 7 on x86-64 and AArch64 Linux alike.
define i32 @main() {
  %me = call i32 @getpid()
  call i32 @kill(i32 %me, i32 7)
  ret i32 0
}
