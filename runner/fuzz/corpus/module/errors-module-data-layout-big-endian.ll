; Guards: a module whose data layout is big-endian (IR generated for aarch64_be or another
; big-endian target) is an input error naming the layout, exit 3: constants and the
; values read back from the entry would be byte-swapped against the little-endian code
; and libraries of this runner.
; RUN: %exit 3 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%s -DARCH=%arch < %t.err
; RUN: count 1 < %t.err

; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: module '[[MODULE]]' has data layout 'E-m:e-i64:64-n32:64' (8-byte pointers, big-endian), not [[ARCH]]'s

target datalayout = "E-m:e-i64:64-n32:64"

define i32 @main() {
  ret i32 0
}
