; Guards: --comptime of the entry itself would delete main from the binary, silently
; leaving an object with no entry point: a usage error (exit 2), nothing run or emitted.
; RUN: rm -f %t.o
; RUN: %exit 2 %jitxr %s --comptime main --emit-obj %t.o 2> %t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; RUN: not test -e %t.o
; A function of another name is fine, and --entry names which one is the entry.
; RUN: %exit 2 %jitxr %s --entry start --comptime start 2>&1 | FileCheck %s --check-prefix=ERR2
; RUN: %exit 0 %jitxr %s --entry start --comptime main | FileCheck %s --check-prefix=OK

; CHECK-NOT: comptime main
; ERR: jitxr: error: --comptime main: the entry cannot run at compile time, the binary would lose it
; ERR2: jitxr: error: --comptime start: the entry cannot run at compile time
; OK: comptime main ok i32 7

define i32 @main() {
  ret i32 7
}

define i32 @start() {
  ret i32 8
}
