; Guards: --invoke auto (the default) calls the entry through LLVMRunFunction exactly where
; the engine passes the signature safely, and through the thunk everywhere else, with the
; same value either way: i32 () is runfunction on MCJIT and the interpreter, the thunk on
; ORC (no LLVMRunFunction); (i64, double) -> double is the thunk on MCJIT (its
; runFunction would abort) but runfunction on the interpreter (GenericValue carries
; scalars); a struct return is the thunk even on the interpreter, whose GenericValue cannot
; carry it (MCJIT: errors/signature-refused-struct-return.ll). The report names the path
; taken.
; RUN: %jitxr --engine mcjit --entry plain %s | FileCheck %s --check-prefix=PLAIN-RF
; RUN: %jitxr --engine interp --entry plain %s | FileCheck %s --check-prefix=PLAIN-RF
; RUN: %jitxr --engine orc --entry plain %s | FileCheck %s --check-prefix=PLAIN-THUNK
; RUN: %jitxr --engine mcjit --entry scalars --arg 2 --arg 0.5 %s | FileCheck %s --check-prefix=SCALARS-THUNK
; RUN: %jitxr --engine orc --entry scalars --arg 2 --arg 0.5 %s | FileCheck %s --check-prefix=SCALARS-THUNK
; RUN: %jitxr --engine interp --entry scalars --arg 2 --arg 0.5 %s | FileCheck %s --check-prefix=SCALARS-RF
; RUN: %jitxr --engine interp --entry pair %s | FileCheck %s --check-prefix=PAIR
; RUN: %jitxr --engine orc --entry plain --format json %s | %python -c 'import json, sys; e = json.load(sys.stdin)["entry"]; print(e["invoke"], e["status"], e["result"]["value"])' | FileCheck %s --check-prefix=JSON

; PLAIN-RF:         entry plain runfunction ok
; PLAIN-RF-NEXT:    result i32 5{{$}}
; PLAIN-THUNK:      entry plain thunk ok
; PLAIN-THUNK-NEXT: result i32 5{{$}}
; SCALARS-THUNK:      entry scalars thunk ok
; SCALARS-THUNK-NEXT: result double 2.5 (0x4004000000000000){{$}}
; SCALARS-RF:         entry scalars runfunction ok
; SCALARS-RF-NEXT:    result double 2.5 (0x4004000000000000){{$}}
; PAIR:       entry pair thunk ok
; PAIR-NEXT:  result { i32, i32 } { i32 1, i32 2 }{{$}}
; JSON:       thunk ok 5

define i32 @plain() {
  ret i32 5
}

define double @scalars(i64 %a, double %b) {
  %af = sitofp i64 %a to double
  %r = fadd double %af, %b
  ret double %r
}

define { i32, i32 } @pair() {
  %a = insertvalue { i32, i32 } poison, i32 1, 0
  %b = insertvalue { i32, i32 } %a, i32 2, 1
  ret { i32, i32 } %b
}
