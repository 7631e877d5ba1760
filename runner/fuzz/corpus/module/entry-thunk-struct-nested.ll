; Guards: a struct return with nested structs, an array member and padding is read field
; by field at the target's offsets, on MCJIT, ORC and the interpreter: the i8 is followed
; by 7 bytes of padding before the inner struct's i64, and the inner struct ends in an i8
; plus padding, so a reader that packs fields, or assumes C layout of another target,
; reads the wrong bytes. The value is built from the arguments (no aggregate constant:
; the interpreter cannot evaluate those).
; RUN: %jitxr --engine mcjit --entry make --arg -2 --arg 0x10000000000 --arg -0.0 %s | FileCheck %s
; RUN: %jitxr --engine orc --entry make --arg -2 --arg 0x10000000000 --arg -0.0 %s | FileCheck %s
; RUN: %jitxr --engine interp --entry make --arg -2 --arg 0x10000000000 --arg -0.0 %s | FileCheck %s
; RUN: %jitxr --engine orc --entry make --arg -2 --arg 0x10000000000 --arg -0.0 --format json %s | %python -c 'import json, sys; r = json.load(sys.stdin)["entry"]["result"]; print(r["type"]); print(json.dumps(r["fields"][1]))' | FileCheck %s --check-prefix=JSON

; CHECK:      entry make thunk ok
; CHECK-NEXT: result { i8, { i64, i8 }, double, [2 x i16] } { i8 -2, { i64, i8 } { i64 1099511627776, i8 7 }, double -0 (0x8000000000000000), [2 x i16] [ i16 5, i16 -6 ] }{{$}}

; JSON:      { i8, { i64, i8 }, double, [2 x i16] }
; JSON-NEXT: {"type": "{ i64, i8 }", "fields": [{"type": "i64", "value": "1099511627776"}, {"type": "i8", "value": "7"}]}

define { i8, { i64, i8 }, double, [2 x i16] } @make(i8 %a, i64 %b, double %c) {
  %s0 = insertvalue { i8, { i64, i8 }, double, [2 x i16] } poison, i8 %a, 0
  %s1 = insertvalue { i8, { i64, i8 }, double, [2 x i16] } %s0, i64 %b, 1, 0
  %s2 = insertvalue { i8, { i64, i8 }, double, [2 x i16] } %s1, i8 7, 1, 1
  %s3 = insertvalue { i8, { i64, i8 }, double, [2 x i16] } %s2, double %c, 2
  %s4 = insertvalue { i8, { i64, i8 }, double, [2 x i16] } %s3, i16 5, 3, 0
  %s5 = insertvalue { i8, { i64, i8 }, double, [2 x i16] } %s4, i16 -6, 3, 1
  ret { i8, { i64, i8 }, double, [2 x i16] } %s5
}
