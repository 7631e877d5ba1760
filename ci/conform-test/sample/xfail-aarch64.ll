; Guards: nothing of jitxr: a case of ci/conform_test's sample suite that expects to run on
; x86-64, so it passes there and fails on AArch64, where it is marked to fail.
; It expects the x86-64 architecture line, which the AArch64 runner never prints.
; XFAIL: aarch64
; RUN: %jitxr --no-run %s | FileCheck %s

; CHECK: arch: x86_64

define i32 @main() {
  ret i32 0
}
