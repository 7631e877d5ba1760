; Guards: --engine with a name the runner does not have is a usage error naming the value,
; exit 2; it must not fall back to the default engine and report results as if from the
; engine asked for.
; RUN: %exit 0 %jitxr --engine mcjit %s | FileCheck %s --check-prefix=OK
; RUN: %exit 2 %jitxr --engine jvm %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --engine= %s > %t.empty.out 2> %t.empty.err
; RUN: FileCheck %s --check-prefix=EMPTY < %t.empty.err
; RUN: count 1 < %t.empty.err
; RUN: %exit 2 %jitxr %s --engine > %t.none.out 2> %t.none.err
; RUN: FileCheck %s --check-prefix=NONE < %t.none.err
; RUN: count 1 < %t.none.err

; OK: engine: mcjit
; OK: entry main runfunction ok

; ERR:   jitxr: error: invalid value 'jvm' for --engine (see jitxr --help)
; EMPTY: jitxr: error: invalid value '' for --engine (see jitxr --help)
; NONE:  jitxr: error: option '--engine' needs a value (see jitxr --help)

define i32 @main() {
  ret i32 0
}
