; Guards: nothing of jitxr: a case of ci/conform_test's sample suite that passes on every
; build (the fixture's fx_add3 returns 60), so that the report has a pass row.
; RUN: %jitxr -l %fixtures/libfx.so %s | FileCheck %s

; CHECK: symbol fx_add3 func mapped libfx.so
; CHECK: result i32 60{{$}}

declare i32 @fx_add3(i32, i32, i32)

define i32 @main() {
  %r = call i32 @fx_add3(i32 10, i32 20, i32 30)
  ret i32 %r
}
