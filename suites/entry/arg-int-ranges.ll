; Guards: --arg takes an integer of every width in exactly the range its bits hold, signed
; or unsigned (an iN takes -2^(N-1) to 2^N-1), and passes all N bits: i1, i2, i7, i8, i33,
; i64, i65, i128, i256, in decimal and hex. Parsing into 128 bits passed `-1` to an i256 as
; 2^128-1 (its high half zero), and the range check let `2` through for an i1 and `7` for
; an i2 (the digit was compared against the maximum with an unsigned wrap). A value out of
; range is a usage error (exit 2) in one line that says the range; nothing runs.
; RUN: %jitxr --entry all --arg -1 --arg -2 --arg -64 --arg -128 --arg -4294967296 --arg -9223372036854775808 --arg -18446744073709551616 --arg -170141183460469231731687303715884105728 --arg -57896044618658097711785492504343953926634992332820282019728792003956564819968 %s | FileCheck %s --check-prefix=SMIN
; RUN: %jitxr --entry all --arg 0x1 --arg 0x3 --arg 0x7f --arg 0xff --arg 0x1ffffffff --arg 0xffffffffffffffff --arg 0x1ffffffffffffffff --arg 0xffffffffffffffffffffffffffffffff --arg 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff %s | FileCheck %s --check-prefix=ALL1
; RUN: %jitxr --entry all --arg 1 --arg 3 --arg 127 --arg 255 --arg 8589934591 --arg 18446744073709551615 --arg 36893488147419103231 --arg 340282366920938463463374607431768211455 --arg 115792089237316195423570985008687907853269984665640564039457584007913129639935 %s | FileCheck %s --check-prefix=ALL1
; RUN: %jitxr --entry all --arg -1 --arg -1 --arg -1 --arg -1 --arg -1 --arg -1 --arg -1 --arg -1 --arg -1 %s | FileCheck %s --check-prefix=ALL1
; RUN: %jitxr --engine interp --entry all --arg -1 --arg -1 --arg -1 --arg -1 --arg -1 --arg -1 --arg -1 --arg -1 --arg -1 %s | FileCheck %s --check-prefix=ALL1
; The bits above the width are zero in the argument's memory: zext of an i7 -1 is 127.
; RUN: %jitxr --entry zext7 --arg -1 %s | FileCheck %s --check-prefix=ZEXT
; RUN: %jitxr --engine interp --entry zext7 --arg -1 %s | FileCheck %s --check-prefix=ZEXT
; One past each end, for each width:
; RUN: %exit 2 %jitxr --entry w1 --arg 2 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E1 -DVALUE=2 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w1 --arg -2 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E1 -DVALUE=-2 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w2 --arg 4 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E2 -DVALUE=4 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w2 --arg -3 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E2 -DVALUE=-3 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w7 --arg 128 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E7 -DVALUE=128 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w7 --arg -65 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E7 -DVALUE=-65 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w8 --arg 256 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E8 -DVALUE=256 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w8 --arg -129 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E8 -DVALUE=-129 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w33 --arg 8589934592 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E33 -DVALUE=8589934592 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w33 --arg -4294967297 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E33 -DVALUE=-4294967297 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w64 --arg 18446744073709551616 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E64 -DVALUE=18446744073709551616 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w64 --arg -9223372036854775809 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E64 -DVALUE=-9223372036854775809 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w65 --arg 0x20000000000000000 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E65 -DVALUE=0x20000000000000000 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w65 --arg -0x10000000000000001 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E65 -DVALUE=-0x10000000000000001 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w128 --arg 0x100000000000000000000000000000000 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E128 -DVALUE=0x100000000000000000000000000000000 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w128 --arg -0x80000000000000000000000000000001 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E128 -DVALUE=-0x80000000000000000000000000000001 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w256 --arg 0x10000000000000000000000000000000000000000000000000000000000000000 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E256 -DVALUE=0x10000000000000000000000000000000000000000000000000000000000000000 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w256 --arg -0x8000000000000000000000000000000000000000000000000000000000000001 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=E256 -DVALUE=-0x8000000000000000000000000000000000000000000000000000000000000001 < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 2 %jitxr --entry w2 --arg 7 %s 2>&1 | FileCheck %s --check-prefix=E2 -DVALUE=7
; RUN: FileCheck %s --check-prefix=IDLE < %t.out

; SMIN:      entry all thunk ok
; SMIN-NEXT: result { i1, i2, i7, i8, i33, i64, i65, i128, i256 } { i1 1, i2 -2, i7 -64, i8 -128, i33 -4294967296, i64 -9223372036854775808, i65 -18446744073709551616, i128 -170141183460469231731687303715884105728, i256 -57896044618658097711785492504343953926634992332820282019728792003956564819968 }{{$}}
; ALL1:      entry all {{thunk|runfunction}} ok
; ALL1-NEXT: result { i1, i2, i7, i8, i33, i64, i65, i128, i256 } { i1 1, i2 -1, i7 -1, i8 -1, i33 -1, i64 -1, i65 -1, i128 -1, i256 -1 }{{$}}
; ZEXT:      result i64 127{{$}}
; E1: jitxr: error: --arg 1 of 'w1': [[VALUE]] does not fit an i1 parameter, which takes -1 to 1 (signed or unsigned)
; E2: jitxr: error: --arg 1 of 'w2': [[VALUE]] does not fit an i2 parameter, which takes -2 to 3 (signed or unsigned)
; E7: jitxr: error: --arg 1 of 'w7': [[VALUE]] does not fit an i7 parameter, which takes -64 to 127 (signed or unsigned)
; E8: jitxr: error: --arg 1 of 'w8': [[VALUE]] does not fit an i8 parameter, which takes -128 to 255 (signed or unsigned)
; E33: jitxr: error: --arg 1 of 'w33': [[VALUE]] does not fit an i33 parameter, which takes -4294967296 to 8589934591 (signed or unsigned)
; E64: jitxr: error: --arg 1 of 'w64': [[VALUE]] does not fit an i64 parameter, which takes -9223372036854775808 to 18446744073709551615 (signed or unsigned)
; E65: jitxr: error: --arg 1 of 'w65': [[VALUE]] does not fit an i65 parameter, which takes -2^64 to 2^65-1 (signed or unsigned)
; E128: jitxr: error: --arg 1 of 'w128': [[VALUE]] does not fit an i128 parameter, which takes -2^127 to 2^128-1 (signed or unsigned)
; E256: jitxr: error: --arg 1 of 'w256': [[VALUE]] does not fit an i256 parameter, which takes -2^255 to 2^256-1 (signed or unsigned)
; IDLE:     entry w256 - not-run
; IDLE-NOT: {{^}}result

define { i1, i2, i7, i8, i33, i64, i65, i128, i256 } @all(i1 %a1, i2 %a2, i7 %a7, i8 %a8, i33 %a33, i64 %a64, i65 %a65, i128 %a128, i256 %a256) {
  %s0 = insertvalue { i1, i2, i7, i8, i33, i64, i65, i128, i256 } poison, i1 %a1, 0
  %s1 = insertvalue { i1, i2, i7, i8, i33, i64, i65, i128, i256 } %s0, i2 %a2, 1
  %s2 = insertvalue { i1, i2, i7, i8, i33, i64, i65, i128, i256 } %s1, i7 %a7, 2
  %s3 = insertvalue { i1, i2, i7, i8, i33, i64, i65, i128, i256 } %s2, i8 %a8, 3
  %s4 = insertvalue { i1, i2, i7, i8, i33, i64, i65, i128, i256 } %s3, i33 %a33, 4
  %s5 = insertvalue { i1, i2, i7, i8, i33, i64, i65, i128, i256 } %s4, i64 %a64, 5
  %s6 = insertvalue { i1, i2, i7, i8, i33, i64, i65, i128, i256 } %s5, i65 %a65, 6
  %s7 = insertvalue { i1, i2, i7, i8, i33, i64, i65, i128, i256 } %s6, i128 %a128, 7
  %s8 = insertvalue { i1, i2, i7, i8, i33, i64, i65, i128, i256 } %s7, i256 %a256, 8
  ret { i1, i2, i7, i8, i33, i64, i65, i128, i256 } %s8
}

define i1 @w1(i1 %x) {
  ret i1 %x
}

define i2 @w2(i2 %x) {
  ret i2 %x
}

define i7 @w7(i7 %x) {
  ret i7 %x
}

define i8 @w8(i8 %x) {
  ret i8 %x
}

define i33 @w33(i33 %x) {
  ret i33 %x
}

define i64 @w64(i64 %x) {
  ret i64 %x
}

define i65 @w65(i65 %x) {
  ret i65 %x
}

define i128 @w128(i128 %x) {
  ret i128 %x
}

define i256 @w256(i256 %x) {
  ret i256 %x
}

define i64 @zext7(i7 %x) {
  %z = zext i7 %x to i64
  ret i64 %z
}
