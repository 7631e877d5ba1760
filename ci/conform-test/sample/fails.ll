; Guards: nothing of jitxr: a case of ci/conform_test's sample suite that fails on every
; build on purpose (it expects 61 where the module returns 60), so that the report has a
; failure, with its command and output, for the test to find in junit.xml and index.html.
; RUN: %jitxr -l %fixtures/libfx.so %s | FileCheck %s

; CHECK: result i32 61{{$}}

declare i32 @fx_add3(i32, i32, i32)

define i32 @main() {
  %r = call i32 @fx_add3(i32 10, i32 20, i32 30)
  ret i32 %r
}
