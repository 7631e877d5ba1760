; Guards: --compare-engines compares the program's stdout and stderr too, byte for byte,
; not only status and value: this main returns 1 on every engine, but its atexit handler
; prints "bye" at the end of the program on MCJIT and ORC, while LLVM's interpreter calls
; its own built-in atexit, whose handlers run only when the program calls exit() (LLVM's
; Interpreter::runAtExitHandlers), so it prints nothing. The engines disagree (exit 7),
; naming the stream, the first differing byte and each engine's length; the program's
; output appears once, the first engine's, before the report. A main that prints the same
; on every engine agrees (exit 0).
; RUN: %exit 7 %jitxr --compare-engines %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %exit 0 %jitxr --compare-engines --entry same %s | FileCheck %s --check-prefix=SAME

; CHECK:      {{^}}bye{{$}}
; CHECK-NEXT: module:
; CHECK:      engine mcjit runfunction ok i32 1
; CHECK-NEXT: engine orc thunk ok i32 1
; CHECK-NEXT: engine interp runfunction ok i32 1
; CHECK-NOT:  {{^}}bye

; ERR: jitxr: error: engines disagree on 'main': stdout differs from byte 0: mcjit wrote 4 bytes, orc 4, interp 0

; SAME:      {{^}}same{{$}}
; SAME-NEXT: module:
; SAME-NOT:  {{^}}same

@bye.s = private constant [4 x i8] c"bye\00"
@same.s = private constant [5 x i8] c"same\00"
declare i32 @atexit(ptr)
declare i32 @puts(ptr)

define void @bye() {
  call i32 @puts(ptr @bye.s)
  ret void
}

define i32 @main() {
  call i32 @atexit(ptr @bye)
  ret i32 1
}

define i32 @same() {
  call i32 @puts(ptr @same.s)
  ret i32 2
}
