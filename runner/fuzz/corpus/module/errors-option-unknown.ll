; Guards: an option the runner does not know (a typo, an option of lli or of a later jitxr
; version) is a usage error naming it, exit 2, before anything is loaded; it must never be
; taken for the module or ignored.
; RUN: %exit 0 %jitxr %s | FileCheck %s --check-prefix=OK
; RUN: %exit 2 %jitxr --entyr main %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr -x %s > %t.short.out 2> %t.short.err
; RUN: FileCheck %s --check-prefix=SHORT < %t.short.err
; RUN: count 1 < %t.short.err
; A flag given a value it does not take.
; RUN: %exit 2 %jitxr --no-run=yes %s > %t.value.out 2> %t.value.err
; RUN: FileCheck %s --check-prefix=VALUE < %t.value.err
; RUN: count 1 < %t.value.err

; OK: entry main runfunction ok

; ERR:   jitxr: error: unknown option '--entyr' (see jitxr --help)
; SHORT: jitxr: error: unknown option '-x' (see jitxr --help)
; VALUE: jitxr: error: option '--no-run' takes no value (see jitxr --help)

define i32 @main() {
  ret i32 0
}
