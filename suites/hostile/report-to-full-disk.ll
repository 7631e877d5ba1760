; Guards: a report written to a full disk (here /dev/full, where every write fails with
; ENOSPC) is a failure, not a silent success: exit 3 and one
; `jitxr: error: cannot write the report to stdout: ...` line, in text and in JSON, and
; whether the report is the run's only output or comes after the program's own.
; RUN: %exit 3 %jitxr %s > /dev/full 2> %t.err
; RUN: FileCheck %s < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 3 %jitxr --format json %s > /dev/full 2> %t.json.err
; RUN: FileCheck %s < %t.json.err
; RUN: count 1 < %t.json.err
; RUN: %exit 3 %jitxr --entry noisy %s > /dev/full 2> %t.noisy.err
; RUN: FileCheck %s < %t.noisy.err
; RUN: count 1 < %t.noisy.err
; The same module to a working stdout: exit 0.
; RUN: %exit 0 %jitxr %s | FileCheck %s --check-prefix=OK

; CHECK: jitxr: error: cannot write the report to stdout: No space left on device{{$}}
; OK:    result i32 7

@s = private constant [6 x i8] c"noisy\00"
declare i32 @puts(ptr)

define i32 @main() {
  ret i32 7
}

define i32 @noisy() {
  call i32 @puts(ptr @s)
  ret i32 7
}
