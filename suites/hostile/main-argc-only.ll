; Guards: main(i32 %argc) alone is a main, as lli runs it: argc is 1 (the module path as
; argv[0]) plus the words after `--`, on MCJIT (LLVMRunFunction and the thunk), ORC and the
; interpreter; it is not refused for lacking argv, nor given garbage.
; RUN: %exit 0 %jitxr --engine mcjit %s -- a b c | FileCheck %s --check-prefixes=CHECK,FOUR
; RUN: %exit 0 %jitxr --engine mcjit --invoke thunk %s -- a b c | FileCheck %s --check-prefixes=CHECK,FOUR
; RUN: %exit 0 %jitxr --engine orc %s -- a b c | FileCheck %s --check-prefixes=CHECK,FOUR
; RUN: %exit 0 %jitxr --engine interp %s -- a b c | FileCheck %s --check-prefixes=CHECK,FOUR
; RUN: %exit 0 %jitxr %s | FileCheck %s --check-prefixes=CHECK,ONE
; RUN: %exit 0 %jitxr --format json %s -- x | %python -c 'import json, sys; print(json.load(sys.stdin)["entry"]["result"])' | FileCheck %s --check-prefix=JSON

; CHECK: entry main {{runfunction|thunk}} ok
; FOUR:  result i32 4{{$}}
; ONE:   result i32 1{{$}}
; JSON:  {'type': 'i32', 'value': '2'}

define i32 @main(i32 %argc) {
  ret i32 %argc
}
