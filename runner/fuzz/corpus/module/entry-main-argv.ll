; Guards: main(argc, argv) gets argv[0] = the module path as given (as lli does), then the
; words after `--` in order and untouched (a word with a space, an empty word, and words
; that look like jitxr's own options, `--` included, are main's), and argv[argc] = NULL.
; The same on MCJIT (LLVMRunFunction, and the thunk), ORC (the thunk) and the interpreter.
; main prints every argv[i] with puts and returns argc if argv[argc] is NULL, else -1.
; RUN: %jitxr --engine mcjit %s -- one "two words" -- --entry "" last | FileCheck %s -DMODULE=%s --check-prefixes=CHECK,RF
; RUN: %jitxr --engine mcjit --invoke thunk %s -- one "two words" -- --entry "" last | FileCheck %s -DMODULE=%s --check-prefixes=CHECK,THUNK
; RUN: %jitxr --engine orc %s -- one "two words" -- --entry "" last | FileCheck %s -DMODULE=%s --check-prefixes=CHECK,THUNK
; RUN: %jitxr --engine interp %s -- one "two words" -- --entry "" last | FileCheck %s -DMODULE=%s --check-prefixes=CHECK,RF
; No words: argc is 1, argv[1] is NULL.
; RUN: %jitxr --engine orc %s | FileCheck %s -DMODULE=%s --check-prefix=NONE

; CHECK:      {{^}}[[MODULE]]{{$}}
; CHECK-NEXT: {{^}}one{{$}}
; CHECK-NEXT: {{^}}two words{{$}}
; CHECK-NEXT: {{^}}--{{$}}
; CHECK-NEXT: {{^}}--entry{{$}}
; CHECK-EMPTY:
; CHECK-NEXT: {{^}}last{{$}}
; CHECK-NEXT: module: [[MODULE]]
; RF:         entry main runfunction ok
; THUNK:      entry main thunk ok
; CHECK-NEXT: result i32 7{{$}}

; NONE:      {{^}}[[MODULE]]{{$}}
; NONE-NEXT: module: [[MODULE]]
; NONE:      entry main thunk ok
; NONE-NEXT: result i32 1{{$}}

declare i32 @puts(ptr)

define i32 @main(i32 %argc, ptr %argv) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %n, %loop ]
  %idx = sext i32 %i to i64
  %p = getelementptr ptr, ptr %argv, i64 %idx
  %s = load ptr, ptr %p
  call i32 @puts(ptr %s)
  %n = add i32 %i, 1
  %more = icmp slt i32 %n, %argc
  br i1 %more, label %loop, label %done
done:
  %endp = getelementptr ptr, ptr %argv, i32 %argc
  %end = load ptr, ptr %endp
  %terminated = icmp eq ptr %end, null
  %r = select i1 %terminated, i32 %argc, i32 -1
  ret i32 %r
}
