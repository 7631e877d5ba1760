; Guards: an i1 comptime value becomes `i1 true` / `i1 false`, not a byte with garbage in
; its upper bits nor a sign-extended -1: the thunk stores an i1 into a byte and only bit 0
; is the value. Both branches main takes in the JIT are taken the same way in the binary.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime yes --comptime no --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@yes --implicit-check-not=@no < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      comptime yes ok i1 1
; CHECK-NEXT: comptime no ok i1 0

; IR:      define i32 @main()
; IR:      select i1 true, i32 10, i32 20
; IR-NEXT: select i1 false, i32 1, i32 2

; OUT: 12

@fmt = private constant [4 x i8] c"%d\0A\00"
declare i32 @printf(ptr, ...)

define i1 @yes() {
  %c = icmp ult i32 3, 7
  ret i1 %c
}
define i1 @no() {
  %c = icmp sgt i32 -1, 0
  ret i1 %c
}

define i32 @main() {
  %y = call i1 @yes()
  %n = call i1 @no()
  %a = select i1 %y, i32 10, i32 20
  %b = select i1 %n, i32 1, i32 2
  %s = add i32 %a, %b
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %s)
  ret i32 0
}
