; Guards: a pointer into a module global is reported as that global plus the byte offset
; (`ptr @records+20`) on MCJIT, ORC and the interpreter: the global's address differs
; per engine and per run, so a compile-time evaluator can only carry it as a symbol and
; an offset. A pointer to a global's start is the global alone (`ptr @other`).
; RUN: %jitxr --engine mcjit --invoke thunk --entry second_field %s | FileCheck %s
; RUN: %jitxr --engine orc --invoke thunk --entry second_field %s | FileCheck %s
; RUN: %jitxr --engine interp --invoke thunk --entry second_field %s | FileCheck %s
; RUN: %jitxr --engine interp --invoke thunk --entry start %s | FileCheck %s --check-prefix=START
; RUN: %jitxr --engine orc --entry second_field --format json %s | %python -c 'import json, sys; r = json.load(sys.stdin)["entry"]["result"]; print(sorted(r.items()))' | FileCheck %s --check-prefix=JSON

; records[2].b: 2 * 8 + 4 = 20
; CHECK:       entry second_field thunk ok
; CHECK-NEXT:  result ptr @records+20{{$}}
; START:       entry start thunk ok
; START-NEXT:  result ptr @other{{$}}
; JSON:        [('global', 'records'), ('offset', 20), ('type', 'ptr')]

@records = global [4 x { i32, i32 }] zeroinitializer
@other = global i64 5

define ptr @second_field() {
  %p = alloca i64
  store i64 2, ptr %p
  %i = load i64, ptr %p
  %r = getelementptr [4 x { i32, i32 }], ptr @records, i64 0, i64 %i, i32 1
  ret ptr %r
}

define ptr @start() {
  ret ptr @other
}
