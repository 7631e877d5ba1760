; Guards: a --timeout that is not a positive number of seconds (negative, zero, not a
; number, NaN, beyond a day) is a usage error naming the value and the accepted range,
; exit 2; it must never become "no limit" or an immediate timeout of the entry.
; RUN: %exit 0 %jitxr --timeout 0.5 %s | FileCheck %s --check-prefix=OK
; RUN: %exit 2 %jitxr --timeout -1 %s > %t.neg.out 2> %t.neg.err
; RUN: FileCheck %s --check-prefix=ERR -DVALUE=-1 < %t.neg.err
; RUN: count 1 < %t.neg.err
; RUN: %exit 2 %jitxr --timeout 0 %s > %t.zero.out 2> %t.zero.err
; RUN: FileCheck %s --check-prefix=ERR -DVALUE=0 < %t.zero.err
; RUN: count 1 < %t.zero.err
; RUN: %exit 2 %jitxr --timeout=ten %s > %t.word.out 2> %t.word.err
; RUN: FileCheck %s --check-prefix=ERR -DVALUE=ten < %t.word.err
; RUN: count 1 < %t.word.err
; RUN: %exit 2 %jitxr --timeout nan %s > %t.nan.out 2> %t.nan.err
; RUN: FileCheck %s --check-prefix=ERR -DVALUE=nan < %t.nan.err
; RUN: count 1 < %t.nan.err
; RUN: %exit 2 %jitxr --timeout 1e9 %s > %t.big.out 2> %t.big.err
; RUN: FileCheck %s --check-prefix=ERR -DVALUE=1e9 < %t.big.err
; RUN: count 1 < %t.big.err

; OK: entry main runfunction ok

; ERR: jitxr: error: invalid value '[[VALUE]]' for --timeout (seconds, more than 0, at most 86400) (see jitxr --help)

define i32 @main() {
  ret i32 0
}
