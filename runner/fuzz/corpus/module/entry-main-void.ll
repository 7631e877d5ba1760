; Guards: a main returning void runs and exits 0 with `result void` on MCJIT, ORC and the
; interpreter, for main() and for main(argc, argv): there is no value to turn into an exit
; status (Thrust's JIT exited with whatever was left in the return register).
; RUN: %exit 0 %jitxr --engine mcjit %s | FileCheck %s --check-prefixes=CHECK,RF
; RUN: %exit 0 %jitxr --engine orc %s | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: %exit 0 %jitxr --engine interp %s | FileCheck %s --check-prefixes=CHECK,RF
; RUN: %exit 0 %jitxr --engine mcjit --entry main_args %s -- x | FileCheck %s --check-prefix=ARGS
; RUN: %exit 0 %jitxr --engine orc --entry main_args %s -- x | FileCheck %s --check-prefix=ARGS-THUNK
; RUN: %exit 0 %jitxr --engine interp --entry main_args %s -- x | FileCheck %s --check-prefix=ARGS
; RUN: %jitxr --engine orc --format json %s | %python -c 'import json, sys; d = json.load(sys.stdin); e = d["entry"]; print(e["status"], e["result"], e["exit_status"], d["error"])' | FileCheck %s --check-prefix=JSON

; CHECK:      module:
; RF:         entry main runfunction ok
; THUNK:      entry main thunk ok
; CHECK-NEXT: result void{{$}}

; ARGS:       {{^}}x{{$}}
; ARGS:       entry main_args runfunction ok
; ARGS-NEXT:  result void{{$}}
; ARGS-THUNK: {{^}}x{{$}}
; ARGS-THUNK: entry main_args thunk ok
; ARGS-THUNK-NEXT: result void{{$}}

; JSON:       ok {'type': 'void'} None None

declare i32 @puts(ptr)

; Leaves a non-zero value in the return register on the way out.
define void @main() {
  %p = alloca i32
  store volatile i32 99, ptr %p
  %v = load volatile i32, ptr %p
  ret void
}

define void @main_args(i32 %argc, ptr %argv) {
  %p = getelementptr ptr, ptr %argv, i64 1
  %s = load ptr, ptr %p
  call i32 @puts(ptr %s)
  ret void
}
