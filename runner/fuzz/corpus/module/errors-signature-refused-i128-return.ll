; Guards: with --invoke runfunction, an entry returning i128 is refused for LLVMRunFunction before it runs, exit 5,
; status unsupported: MCJIT's runFunction reads any integer return through a 64-bit
; integer, losing the high half (undefined behaviour, a wrong value). The entry would
; print RAN-IT; it must not appear. The control entry shows the same call does print.
; With --invoke auto (the default) the same entry runs through the generated thunk.
; RUN: %exit 0 %jitxr %s | FileCheck %s --check-prefix=THUNK
; RUN: %exit 0 %jitxr --entry control %s | FileCheck %s --check-prefix=CONTROL
; RUN: %exit 5 %jitxr --invoke runfunction %s > %t.out 2> %t.err
; RUN: FileCheck %s --implicit-check-not=RAN-IT < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 5 %jitxr --invoke runfunction %s 2> %t.rf.err | FileCheck %s --implicit-check-not=RAN-IT
; RUN: FileCheck %s --check-prefix=ERR < %t.rf.err
; RUN: count 1 < %t.rf.err
; RUN: %exit 5 %jitxr --invoke runfunction --format json %s 2> %t.json.err | %python -c 'import json, sys; d = json.load(sys.stdin); e = d["error"]; print(e["code"]); print(e["message"]); print(d["entry"]["invoke"], d["entry"]["status"], d["entry"]["result"])' | FileCheck %s --check-prefix=JSON --implicit-check-not=RAN-IT

; THUNK: RAN-IT
; THUNK: entry {{.*}} thunk ok
; THUNK: result i128 18446744073709551617

; CONTROL: RAN-IT
; CONTROL: entry control runfunction ok

; CHECK:     symbol puts func mapped libc.so.6
; CHECK:     entry main runfunction unsupported
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: entry 'main' has type 'i128 ()': LLVMRunFunction cannot call it safely on mcjit (MCJIT reads an integer return wider than 64 bits as undefined behaviour); not run

; JSON:      {{^}}5{{$}}
; JSON-NEXT: entry 'main' has type 'i128 ()': LLVMRunFunction cannot call it safely on mcjit
; JSON-NEXT: runfunction unsupported None

@msg = private constant [7 x i8] c"RAN-IT\00"
declare i32 @puts(ptr)

define i128 @main() {
  %r = call i32 @puts(ptr @msg)
  ret i128 18446744073709551617
}

define i32 @control() {
  %r = call i32 @puts(ptr @msg)
  ret i32 0
}
