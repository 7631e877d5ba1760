; Guards: an optimization level outside -O0..-O3 (-O9, -Os, -O as in gcc) is a usage error
; naming it, exit 2; it must not be clamped to -O3 or read as -O0.
; RUN: %exit 0 %jitxr -O3 %s | FileCheck %s --check-prefix=OK
; RUN: %exit 2 %jitxr -O9 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=ERR -DLEVEL=-O9 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr -Os %s > %t.s.out 2> %t.s.err
; RUN: FileCheck %s --check-prefix=ERR -DLEVEL=-Os < %t.s.err
; RUN: count 1 < %t.s.err
; RUN: %exit 2 %jitxr -O12 %s > %t.12.out 2> %t.12.err
; RUN: FileCheck %s --check-prefix=ERR -DLEVEL=-O12 < %t.12.err
; RUN: count 1 < %t.12.err

; OK: entry main runfunction ok

; ERR: jitxr: error: invalid optimization level '[[LEVEL]]' (use -O0 .. -O3) (see jitxr --help)

define i32 @main() {
  ret i32 0
}
