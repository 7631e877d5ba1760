; Guards: two modules on one command line (a library path given without -l, a shell glob
; matching two files) is a usage error naming both, exit 2; the runner must not run one of
; them and ignore the other.
; RUN: cp %s %t.ll
; RUN: %exit 2 %jitxr %s %t.ll > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=ERR -DFIRST=%s -DSECOND=%t.ll < %t.err
; RUN: count 1 < %t.err

; ERR: jitxr: error: more than one module: '[[FIRST]]' and '[[SECOND]]' (see jitxr --help)

define i32 @main() {
  ret i32 0
}
