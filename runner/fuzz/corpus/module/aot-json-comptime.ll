; Guards: the JSON report's "comptime" array is SPEC.md's: one object per --comptime
; function in command-line order with its name, status and VALUE (integers as exact
; decimal strings, floats with "value" and "bits", pointers as "symbol"/"global" with
; "offset", aggregates with "fields"), the entry not run, "error" null, and it parses as
; one JSON object even with the normalized module written to a file beside it.
; RUN: %jitxr %s --comptime big --comptime ratio --comptime where --comptime pair --emit-normalized %t.norm.ll --format json > %t.json
; RUN: %python %S/Inputs/comptime_json.py < %t.json | FileCheck %s
; A failing run has the comptime array too, with "error" set.
; RUN: %exit 6 %jitxr %s --comptime big --comptime lost --format json 2> %t.err | %python %S/Inputs/comptime_json.py | FileCheck %s --check-prefix=FAIL

; CHECK:      jitxr 1
; CHECK-NEXT: entry main not-run None
; CHECK-NEXT: error None
; CHECK-NEXT: comptime 4
; CHECK-NEXT: big ok {"type": "i128", "value": "-170141183460469231731687303715884105728"}
; CHECK-NEXT: ratio ok {"bits": "0x3fd5555555555555", "type": "double", "value": 0.3333333333333333}
; CHECK-NEXT: where ok {"global": "text", "offset": 3, "type": "ptr"}
; CHECK-NEXT: pair ok {"fields": [{"type": "i1", "value": "1"}, {"offset": 0, "symbol": "puts", "type": "ptr"}], "type": "{ i1, ptr }"}

; FAIL:      entry main not-run None
; FAIL-NEXT: error 6 comptime function 'lost' returned a pointer to memory outside every symbol and module global (heap or stack): the binary cannot have it
; FAIL-NEXT: comptime 2
; FAIL-NEXT: big ok {"type": "i128", "value": "-170141183460469231731687303715884105728"}
; FAIL-NEXT: lost ok {"type": "ptr", "unknown": true}

@text = internal constant [8 x i8] c"abcdefg\00"
declare i32 @puts(ptr)
declare ptr @malloc(i64)

define i128 @big() {
  ret i128 -170141183460469231731687303715884105728
}
define double @ratio() {
  %r = fdiv double 1.0, 3.0
  ret double %r
}
define ptr @where() {
  ret ptr getelementptr (i8, ptr @text, i64 3)
}
define { i1, ptr } @pair() {
  ret { i1, ptr } { i1 true, ptr @puts }
}
define ptr @lost() {
  %p = call ptr @malloc(i64 8)
  ret ptr %p
}

define i32 @main() {
  %a = call i128 @big()
  %b = call double @ratio()
  %c = call ptr @where()
  %d = call { i1, ptr } @pair()
  %e = call ptr @lost()
  ret i32 0
}
