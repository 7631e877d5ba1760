; Guards: x86_fp80 and fp128 results are reported as the shortest decimal that reads back
; as the same value in their own format, with their bits, as double is at its precision:
; 1, 0.1, -0, the smallest and largest subnormals, the smallest normal, the largest finite,
; infinities and NaNs. They were `null` in JSON and text. The digits come from the bits in
; integer arithmetic, so they are the same on x86-64 (whose long double is x86_fp80) and
; AArch64 (whose long double is fp128). An x86_fp80 without its explicit integer bit (an
; unnormal) is a NaN, as the x87 treats it; a pseudo-denormal has the smallest normal's
; value, as the x87 reads it.
; The x86_fp80 values come in pairs: AArch64 code generation returns an aggregate of more
; than two x86_fp80 (beyond the return registers) with wrong bits.
; RUN: %jitxr --entry p1 %s | FileCheck %s --check-prefix=P1
; RUN: %jitxr --entry p2 %s | FileCheck %s --check-prefix=P2
; RUN: %jitxr --entry p3 %s | FileCheck %s --check-prefix=P3
; RUN: %jitxr --entry p4 %s | FileCheck %s --check-prefix=P4
; RUN: %jitxr --entry p5 %s | FileCheck %s --check-prefix=P5
; RUN: %jitxr --engine orc --entry p6 --arg 0x3fff0000000000000001 --arg 0x00008000000000000000 %s | FileCheck %s --check-prefix=P6
; RUN: %jitxr --entry p7 %s | FileCheck %s --check-prefix=P7
; RUN: %jitxr --entry q %s | FileCheck %s --check-prefix=Q
; RUN: %jitxr --engine orc --entry q %s | FileCheck %s --check-prefix=Q
; JSON: numbers (not strings) with the same digits, and "nan"/"inf"/"-inf" as for double.
; RUN: %jitxr --entry p4 --format json %s | FileCheck %s --check-prefix=JSON4
; RUN: %jitxr --entry q --format json %s | FileCheck %s --check-prefix=JSONQ
; At compile time too, and the normalized constants keep the bits.
; RUN: %jitxr %s --comptime p1 --comptime p4 --comptime p7 --comptime q --emit-normalized %t.norm.ll | FileCheck %s --check-prefix=COMPTIME
; RUN: FileCheck %s --check-prefix=IR < %t.norm.ll

; P1: result [2 x x86_fp80] [ x86_fp80 1 (0x3fff8000000000000000), x86_fp80 0.1 (0x3ffbcccccccccccccccd) ]{{$}}
; P2: result [2 x x86_fp80] [ x86_fp80 -0 (0x80000000000000000000), x86_fp80 4e-4951 (0x00000000000000000001) ]{{$}}
; P3: result [2 x x86_fp80] [ x86_fp80 3.362103143112093506e-4932 (0x00007fffffffffffffff), x86_fp80 3.3621031431120935063e-4932 (0x00018000000000000000) ]{{$}}
; P4: result [2 x x86_fp80] [ x86_fp80 1.189731495357231765e+4932 (0x7ffeffffffffffffffff), x86_fp80 -1.189731495357231765e+4932 (0xfffeffffffffffffffff) ]{{$}}
; P5: result [2 x x86_fp80] [ x86_fp80 inf (0x7fff8000000000000000), x86_fp80 -inf (0xffff8000000000000000) ]{{$}}
; P6: result [2 x x86_fp80] [ x86_fp80 nan (0x3fff0000000000000001), x86_fp80 3.3621031431120935063e-4932 (0x00008000000000000000) ]{{$}}
; P7: result [2 x x86_fp80] [ x86_fp80 nan (0x7fffc000000000000000), x86_fp80 nan (0xffff8000000000000001) ]{{$}}
; Q:  result [11 x fp128] [ fp128 1 (0x3fff0000000000000000000000000000), fp128 0.1 (0x3ffb999999999999999999999999999a), fp128 -0 (0x80000000000000000000000000000000), fp128 6e-4966 (0x00000000000000000000000000000001), fp128 3.362103143112093506262677817321752e-4932 (0x0000ffffffffffffffffffffffffffff), fp128 3.3621031431120935062626778173217526e-4932 (0x00010000000000000000000000000000), fp128 1.189731495357231765085759326628007e+4932 (0x7ffeffffffffffffffffffffffffffff), fp128 inf (0x7fff0000000000000000000000000000), fp128 -inf (0xffff0000000000000000000000000000), fp128 nan (0x7fff8000000000000000000000000000), fp128 -1e+100 (0xc14b249ad2594c37ceb0b2784c4ce0bf) ]{{$}}

; JSON4:      "type": "x86_fp80",
; JSON4-NEXT: "value": 1.189731495357231765e+4932,
; JSON4-NEXT: "bits": "0x7ffeffffffffffffffff"
; JSON4:      "type": "x86_fp80",
; JSON4-NEXT: "value": -1.189731495357231765e+4932,
; JSONQ:      "value": 1,
; JSONQ:      "value": 0.1,
; JSONQ:      "value": -0,
; JSONQ:      "value": 6e-4966,
; JSONQ:      "value": 3.362103143112093506262677817321752e-4932,
; JSONQ:      "value": 3.3621031431120935062626778173217526e-4932,
; JSONQ:      "value": 1.189731495357231765085759326628007e+4932,
; JSONQ:      "value": "inf",
; JSONQ:      "value": "-inf",
; JSONQ:      "value": "nan",
; JSONQ:      "value": -1e+100,

; COMPTIME:      comptime p1 ok [2 x x86_fp80] [ x86_fp80 1 (0x3fff8000000000000000), x86_fp80 0.1 (0x3ffbcccccccccccccccd) ]{{$}}
; COMPTIME-NEXT: comptime p4 ok [2 x x86_fp80] [ x86_fp80 1.189731495357231765e+4932 (0x7ffeffffffffffffffff), x86_fp80 -1.189731495357231765e+4932 (0xfffeffffffffffffffff) ]{{$}}
; COMPTIME-NEXT: comptime p7 ok [2 x x86_fp80] [ x86_fp80 nan (0x7fffc000000000000000), x86_fp80 nan (0xffff8000000000000001) ]{{$}}
; COMPTIME-NEXT: comptime q ok [11 x fp128] [ fp128 1 (0x3fff0000000000000000000000000000),
; IR: [2 x x86_fp80] [x86_fp80 0xK3FFF8000000000000000, x86_fp80 0xK3FFBCCCCCCCCCCCCCCCD]
; IR: [2 x x86_fp80] [x86_fp80 0xK7FFEFFFFFFFFFFFFFFFF, x86_fp80 0xKFFFEFFFFFFFFFFFFFFFF]
; IR: [2 x x86_fp80] [x86_fp80 0xK7FFFC000000000000000, x86_fp80 0xKFFFF8000000000000001]
; IR: [11 x fp128] [fp128 0xL00000000000000003FFF000000000000, fp128 0xL999999999999999A3FFB999999999999,

define [2 x x86_fp80] @p1() {
  ret [2 x x86_fp80] [x86_fp80 0xK3FFF8000000000000000, x86_fp80 0xK3FFBCCCCCCCCCCCCCCCD]
}
define [2 x x86_fp80] @p2() {
  ret [2 x x86_fp80] [x86_fp80 0xK80000000000000000000, x86_fp80 0xK00000000000000000001]
}
define [2 x x86_fp80] @p3() {
  ret [2 x x86_fp80] [x86_fp80 0xK00007FFFFFFFFFFFFFFF, x86_fp80 0xK00018000000000000000]
}
define [2 x x86_fp80] @p4() {
  ret [2 x x86_fp80] [x86_fp80 0xK7FFEFFFFFFFFFFFFFFFF, x86_fp80 0xKFFFEFFFFFFFFFFFFFFFF]
}
define [2 x x86_fp80] @p5() {
  ret [2 x x86_fp80] [x86_fp80 0xK7FFF8000000000000000, x86_fp80 0xKFFFF8000000000000000]
}
; LLVM's constants turn an unnormal into a NaN: these bits are made at run time
define [2 x x86_fp80] @p6(i80 %unnormal, i80 %pseudo) {
  %u = bitcast i80 %unnormal to x86_fp80
  %p = bitcast i80 %pseudo to x86_fp80
  %a = insertvalue [2 x x86_fp80] poison, x86_fp80 %u, 0
  %b = insertvalue [2 x x86_fp80] %a, x86_fp80 %p, 1
  ret [2 x x86_fp80] %b
}
define [2 x x86_fp80] @p7() {
  ret [2 x x86_fp80] [x86_fp80 0xK7FFFC000000000000000, x86_fp80 0xKFFFF8000000000000001]
}
define [11 x fp128] @q() {
  ret [11 x fp128] [fp128 0xL00000000000000003FFF000000000000, fp128 0xL999999999999999A3FFB999999999999, fp128 0xL00000000000000008000000000000000, fp128 0xL00000000000000010000000000000000, fp128 0xLFFFFFFFFFFFFFFFF0000FFFFFFFFFFFF, fp128 0xL00000000000000000001000000000000, fp128 0xLFFFFFFFFFFFFFFFF7FFEFFFFFFFFFFFF, fp128 0xL00000000000000007FFF000000000000, fp128 0xL0000000000000000FFFF000000000000, fp128 0xL00000000000000007FFF800000000000, fp128 0xLCEB0B2784C4CE0BFC14B249AD2594C37]
}
@sa = global [2 x x86_fp80] zeroinitializer
@sb = global [2 x x86_fp80] zeroinitializer
@sc = global [2 x x86_fp80] zeroinitializer
@sd = global [11 x fp128] zeroinitializer
define i32 @main() {
  %a = call [2 x x86_fp80] @p1()
  %b = call [2 x x86_fp80] @p4()
  %c = call [2 x x86_fp80] @p7()
  %d = call [11 x fp128] @q()
  store [2 x x86_fp80] %a, ptr @sa
  store [2 x x86_fp80] %b, ptr @sb
  store [2 x x86_fp80] %c, ptr @sc
  store [11 x fp128] %d, ptr @sd
  ret i32 0
}
