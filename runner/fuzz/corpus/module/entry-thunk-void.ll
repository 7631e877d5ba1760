; Guards: a void entry with parameters runs through the thunk on MCJIT, ORC and the
; interpreter: no return value is stored or read (there is none to read), the
; side effect happens (putchar of the argument), and the report says `result void`,
; exit 0; JSON has {"type": "void"} and no "value".
; RUN: %exit 0 %jitxr --engine mcjit --entry say --arg 0x4a --arg 75 %s | FileCheck %s
; RUN: %exit 0 %jitxr --engine orc --entry say --arg 0x4a --arg 75 %s | FileCheck %s
; RUN: %exit 0 %jitxr --engine interp --invoke thunk --entry say --arg 0x4a --arg 75 %s | FileCheck %s
; RUN: %jitxr --engine orc --entry quiet --arg 1 --arg 2 --format json %s | %python -c 'import json, sys; e = json.load(sys.stdin)["entry"]; print(e["invoke"], e["status"], e["result"])' | FileCheck %s --check-prefix=JSON

; CHECK:      {{^}}JK{{$}}
; CHECK:      entry say thunk ok
; CHECK-NEXT: result void{{$}}
; JSON:       thunk ok {'type': 'void'}

declare i32 @putchar(i32)

define void @say(i8 %a, i64 %b) {
  %a32 = zext i8 %a to i32
  %b32 = trunc i64 %b to i32
  call i32 @putchar(i32 %a32)
  call i32 @putchar(i32 %b32)
  call i32 @putchar(i32 10)
  ret void
}

define void @quiet(i8 %a, i64 %b) {
  ret void
}
