; Guards: nothing of jitxr: a case of ci/conform_test's sample suite that only x86-64
; builds run (it requires the x86_64 feature), so that AArch64's row is unsupported, with lit's reason.
; REQUIRES: x86_64
; RUN: %jitxr --no-run %s | FileCheck %s

; CHECK: arch: x86_64

define i32 @main() {
  ret i32 0
}
