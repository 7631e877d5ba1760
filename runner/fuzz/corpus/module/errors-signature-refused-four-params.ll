; Guards: an entry with 4 parameters is refused for LLVMRunFunction before it runs, exit 5,
; status unsupported, even with the right number of --arg values: MCJIT's runFunction
; aborts the process ("Full-featured argument passing not supported yet!") on more than
; 3 parameters. The entry would print RAN-IT; it must not appear. The control entry
; shows the same call does print.
; With --invoke auto (the default) the same entry runs through the generated thunk.
; RUN: %exit 0 %jitxr --entry four --arg 1 --arg 2 --arg 3 --arg 4 %s | FileCheck %s --check-prefix=THUNK
; RUN: %exit 0 %jitxr --entry control --arg 1 %s | FileCheck %s --check-prefix=CONTROL
; RUN: %exit 5 %jitxr --invoke runfunction --entry four --arg 1 --arg 2 --arg 3 --arg 4 %s > %t.out 2> %t.err
; RUN: FileCheck %s --implicit-check-not=RAN-IT < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; The same refusal in the runner's own process: nothing forks, nothing aborts.
; RUN: %exit 5 %jitxr --invoke runfunction --no-fork --entry four --arg 1 --arg 2 --arg 3 --arg 4 %s 2> %t.nofork.err | FileCheck %s --implicit-check-not=RAN-IT
; RUN: FileCheck %s --check-prefix=ERR < %t.nofork.err
; RUN: count 1 < %t.nofork.err
; RUN: %exit 5 %jitxr --invoke runfunction --format json --entry four --arg 1 --arg 2 --arg 3 --arg 4 %s 2> %t.json.err | %python -c 'import json, sys; d = json.load(sys.stdin); e = d["error"]; print(e["code"]); print(e["message"]); print(d["entry"]["invoke"], d["entry"]["status"], d["entry"]["result"])' | FileCheck %s --check-prefix=JSON --implicit-check-not=RAN-IT

; THUNK: RAN-IT
; THUNK: entry {{.*}} thunk ok
; THUNK: result i32

; CONTROL: RAN-IT
; CONTROL: entry control runfunction ok
; CONTROL: result i32 1

; CHECK:     entry four runfunction unsupported
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: entry 'four' has type 'i32 (i32, i32, i32, i32)': LLVMRunFunction cannot call it safely on mcjit (MCJIT aborts on more than 3 parameters); not run

; JSON:      {{^}}5{{$}}
; JSON-NEXT: entry 'four' has type 'i32 (i32, i32, i32, i32)': LLVMRunFunction cannot call it safely on mcjit
; JSON-NEXT: runfunction unsupported None

@msg = private constant [7 x i8] c"RAN-IT\00"
declare i32 @puts(ptr)

define i32 @four(i32 %a, i32 %b, i32 %c, i32 %d) {
  %r = call i32 @puts(ptr @msg)
  ret i32 %a
}

define i32 @control(i32 %a) {
  %r = call i32 @puts(ptr @msg)
  ret i32 %a
}
