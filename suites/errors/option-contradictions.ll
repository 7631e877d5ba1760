; Guards: options that cannot do what they say are usage errors (exit 2, one error line,
; nothing loaded or written), never a run that silently ignores one of them:
; --help=1 or --version=x (options that take no value given one: as GNU tools refuse
; them), --emit-normalized / --emit-obj with --comptime and --no-run (the normalized
; module holds the comptime values, which --no-run does not compute: it used to write
; the module as it was and exit 0), and --compare-engines with --no-run (nothing to
; compare). --no-run --emit-normalized without --comptime writes the module as it is.
; RUN: %exit 2 %jitxr --help=1 %s > %t.help.out 2> %t.help.err
; RUN: count 0 < %t.help.out
; RUN: FileCheck %s --check-prefix=HELP < %t.help.err
; RUN: count 1 < %t.help.err
; RUN: %exit 2 %jitxr --version=x %s 2>&1 | FileCheck %s --check-prefix=VERSION
; RUN: rm -f %t.norm.ll %t.o
; RUN: %exit 2 %jitxr --no-run --comptime answer --emit-normalized %t.norm.ll %s > %t.norm.out 2> %t.norm.err
; RUN: count 0 < %t.norm.out
; RUN: FileCheck %s --check-prefix=NORM < %t.norm.err
; RUN: count 1 < %t.norm.err
; RUN: not test -e %t.norm.ll
; RUN: %exit 2 %jitxr --comptime answer --no-run --emit-obj %t.o %s 2>&1 | FileCheck %s --check-prefix=OBJ
; RUN: not test -e %t.o
; RUN: %exit 2 %jitxr --compare-engines --no-run %s 2>&1 | FileCheck %s --check-prefix=COMPARE
; RUN: %exit 0 %jitxr --no-run --emit-normalized - %s | FileCheck %s --check-prefix=ASIS

; HELP:    jitxr: error: option '--help' takes no value (see jitxr --help)
; VERSION: jitxr: error: option '--version' takes no value (see jitxr --help)
; NORM:    jitxr: error: --emit-normalized with --comptime writes the module normalized with the comptime values, which --no-run does not compute (see jitxr --help)
; OBJ:     jitxr: error: --emit-obj with --comptime {{.*}} --no-run does not compute
; COMPARE: jitxr: error: --compare-engines runs code on every engine: not with --no-run
; ASIS:    call i32 @answer()

define i32 @answer() {
  ret i32 42
}

define i32 @main() {
  %r = call i32 @answer()
  ret i32 %r
}
