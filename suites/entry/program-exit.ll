; Guards: --program-exit ends jitxr with the program's own status, as lli does and as a
; native run would: main's value modulo 256 (7, 300 is 44, -1 is 255), 0 for a void
; entry, on every engine; without it, jitxr's own 0. jitxr's failures keep their codes
; and their error line: a crash is 5, an unresolved symbol 4, whatever the program would
; have said.
; RUN: %exit 7 %jitxr --program-exit %s | FileCheck %s --check-prefix=SEVEN
; RUN: %exit 7 %jitxr --program-exit --engine orc %s > /dev/null
; RUN: %exit 7 %jitxr --program-exit --engine interp %s > /dev/null
; RUN: %exit 0 %jitxr %s > /dev/null
; RUN: %exit 44 %jitxr --program-exit --entry wide %s > /dev/null
; RUN: %exit 255 %jitxr --program-exit --entry minus_one %s > /dev/null
; RUN: %exit 0 %jitxr --program-exit --entry nothing %s > /dev/null
; RUN: %exit 5 %jitxr --program-exit --entry crash %s > /dev/null 2> %t.crash.err
; RUN: FileCheck %s --check-prefix=CRASH < %t.crash.err
; RUN: %exit 4 %jitxr --program-exit --no-default-libs %s > /dev/null 2> %t.unres.err
; RUN: FileCheck %s --check-prefix=UNRES < %t.unres.err
; RUN: %exit 2 %jitxr --program-exit=1 %s 2>&1 | FileCheck %s --check-prefix=USAGE

; SEVEN: result i32 7
; CRASH: jitxr: error: entry 'crash' crashed: SIGSEGV
; UNRES: jitxr: error: 1 unresolved symbol: abs
; USAGE: jitxr: error: {{.*}}--program-exit

declare i32 @abs(i32)

define i32 @main() {
  %r = call i32 @abs(i32 -7)
  ret i32 %r
}

define i64 @wide() {
  ret i64 300
}

define i32 @minus_one() {
  ret i32 -1
}

define void @nothing() {
  ret void
}

define i32 @crash() {
  %v = load volatile i32, ptr null
  ret i32 %v
}
