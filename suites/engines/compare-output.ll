; Guards: --compare-engines compares the program's stdout and stderr too, byte for byte,
; not only status and value: this main returns 1 on every engine and prints the same line,
; but LLVM's interpreter, which does not implement llvm.readcyclecounter, lowers it to 0
; and writes a warning to stderr as it runs (IntrinsicLowering), where MCJIT and ORC write
; nothing. The engines disagree (exit 7), naming the stream, the first differing byte and
; each engine's length; the program's output appears once, the first engine's, before the
; report. A main that prints the same on every engine agrees (exit 0).
; RUN: %exit 7 %jitxr --compare-engines %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %exit 0 %jitxr --compare-engines --entry same %s | FileCheck %s --check-prefix=SAME

; CHECK:      {{^}}tick{{$}}
; CHECK-NEXT: module:
; CHECK:      engine mcjit runfunction ok i32 1
; CHECK-NEXT: engine orc thunk ok i32 1
; CHECK-NEXT: engine interp runfunction ok i32 1
; CHECK-NOT:  {{^}}tick

; ERR-NOT: WARNING
; ERR: jitxr: error: engines disagree on 'main': stderr differs from byte 0: mcjit wrote 0 bytes, orc 0, interp {{[1-9][0-9]*}}{{$}}

; SAME:      {{^}}same{{$}}
; SAME-NEXT: module:
; SAME-NOT:  {{^}}same

@tick.s = private constant [5 x i8] c"tick\00"
@same.s = private constant [5 x i8] c"same\00"
declare i32 @puts(ptr)
declare i64 @llvm.readcyclecounter()

define i32 @main() {
  %t = call i64 @llvm.readcyclecounter()
  call i32 @puts(ptr @tick.s)
  ret i32 1
}

define i32 @same() {
  call i32 @puts(ptr @same.s)
  ret i32 2
}
