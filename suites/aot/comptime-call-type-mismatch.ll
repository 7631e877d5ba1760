; Guards: a call of a comptime function through another function type (`call i64 @answer()`
; for `define i32 @answer()`, or with arguments it does not take: valid IR with opaque
; pointers, undefined behaviour when it runs) cannot take the function's value: an i32
; constant where the call gives an i64 is no valid module. Normalization refuses it (exit 6),
; naming the function, its type, the caller and the call's type, after reporting the value;
; nothing is written. (Was a defect: the call was replaced by the i32 constant, and the
; module failed verification.)
; RUN: rm -f %t.norm.ll
; RUN: %exit 6 %jitxr --comptime answer %s --emit-normalized %t.norm.ll > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=RET < %t.err
; RUN: count 1 < %t.err
; RUN: not test -e %t.norm.ll
; RUN: sed 's/call i64 @answer()/call i64 @answer(i32 7)/' %s > %t.args.ll
; RUN: %exit 6 %jitxr --comptime answer %t.args.ll --emit-obj %t.o 2>&1 | FileCheck %s --check-prefix=ARGS
; RUN: not test -e %t.o

; CHECK: comptime answer ok i32 42{{$}}
; RET:  jitxr: error: comptime function 'answer' has type 'i32 ()', but 'main' calls it as 'i64 ()': that call cannot take its value (a call through another function type is undefined behaviour){{$}}
; ARGS: jitxr: error: comptime function 'answer' has type 'i32 ()', but 'main' calls it as 'i64 (i32)': that call cannot take its value

define i32 @answer() {
  ret i32 42
}

define i32 @other() {
  %v = call i32 @answer()
  ret i32 %v
}

define i32 @main() {
  %r = call i64 @answer()
  %t = trunc i64 %r to i32
  ret i32 %t
}
