; Guards: a writable global that a comptime value points into starts in the binary with
; every byte the comptime code left in it, not only its IR type's fields: a union's IR type
; is its largest member's ({ i32, [3 x i64] } here), and the double stored at offset 0 lies
; half in the padding after the i32 (read field by field, the binary saw 0.625's low half
; alone and exited 0, not 100). The global keeps its name, alignment and uses.
; RUN: %jitxr %s | FileCheck %s --check-prefix=JIT
; RUN: %jitxr %s --comptime fill --emit-normalized %t.norm.ll --emit-obj %t.o | FileCheck %s
; RUN: FileCheck %s --check-prefix=IR < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %exit 100 %run %t.exe

; JIT: result i32 100

; CHECK: comptime fill ok ptr @cell

; IR: @cell = internal global <{ [32 x i8] }> <{ [32 x i8] c"\00\00\00\00\00\00\E4?{{(\\00)+}}" }>, align 16
; IR: define i32 @main()

; union u { double d; struct { int tag; long more[3]; } s; };
; static union u cell;
; static union u *fill(void) { cell.d = 0.625; return &cell; }
; int main(void) { return (int)(fill()->d * 160); }
%union.u = type { %struct.anon }
%struct.anon = type { i32, [3 x i64] }

@cell = internal global %union.u zeroinitializer, align 16

define internal ptr @fill() noinline {
  store double 6.250000e-01, ptr @cell, align 8
  ret ptr @cell
}

define i32 @main() {
  %p = call ptr @fill()
  %d = load double, ptr %p, align 8
  %mul = fmul double %d, 1.600000e+02
  %conv = fptosi double %mul to i32
  ret i32 %conv
}
