; Guards: an entry that closes every descriptor 0 to 1023 (daemonizing code run as main)
; and then returns 7 also closes the pipe its answer travels on. The child opens the pipe
; again (through the worker's end of it): the verdict is the true one, `ok` with 7, exit 0;
; never `exited 0`, which it did not do. A variant then opens /dev/null into the freed
; numbers, so the answer's old descriptor names another file.
; (Was a defect: the child, finding its pipe closed, ended with status 0, which the runner
; read as the program's exit(0).)
; RUN: %exit 0 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: count 0 < %t.err
; RUN: %exit 0 %jitxr --engine orc %s | FileCheck %s
; RUN: sed 's/^; REUSE: //' %s > %t.reuse.ll
; RUN: %exit 0 %jitxr %t.reuse.ll | FileCheck %s

; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i32 7

declare i32 @open(ptr, i32, ...)
@devnull = private constant [10 x i8] c"/dev/null\00"

declare i32 @close(i32)

define i32 @main() {
entry:
  br label %loop
loop:
  %fd = phi i32 [ 0, %entry ], [ %next, %loop ]
  call i32 @close(i32 %fd)
  %next = add i32 %fd, 1
  %more = icmp slt i32 %next, 1024
  br i1 %more, label %loop, label %done
done:
; REUSE:   call i32 (ptr, i32, ...) @open(ptr @devnull, i32 1)
; REUSE:   call i32 (ptr, i32, ...) @open(ptr @devnull, i32 1)
; REUSE:   call i32 (ptr, i32, ...) @open(ptr @devnull, i32 1)
; REUSE:   call i32 (ptr, i32, ...) @open(ptr @devnull, i32 1)
; REUSE:   call i32 (ptr, i32, ...) @open(ptr @devnull, i32 1)
; REUSE:   call i32 (ptr, i32, ...) @open(ptr @devnull, i32 1)
; REUSE:   call i32 (ptr, i32, ...) @open(ptr @devnull, i32 1)
; REUSE:   call i32 (ptr, i32, ...) @open(ptr @devnull, i32 1)
  ret i32 7
}
