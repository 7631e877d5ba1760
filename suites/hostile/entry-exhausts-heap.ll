; Guards: an entry that exhausts both the address space and the heap (malloc until even 8
; bytes fail) and then returns leaves nothing for the code that reads its value in the
; child: the run may fail, but never the runner itself: exit 0 or 5, one error line when
; 5, one valid JSON object, on MCJIT, ORC and the interpreter.
; UNSUPPORTED: emulated, asan
; (An ASan build sets no address-space limit: ASan reserves terabytes of it up front.)
; (qemu-user ignores a guest's setrlimit(RLIMIT_AS), so --limit-memory has no effect on the
; AArch64 runner under qemu: there is no limit to exhaust, and the loops would take the
; guest's whole address space and the host's memory.)
; RUN: %python %S/../tools/survives.py 0,5 %jitxr --limit-memory 4096 --format json --engine mcjit %s | FileCheck %s
; RUN: %python %S/../tools/survives.py 0,5 %jitxr --limit-memory 4096 --format json --engine orc %s | FileCheck %s
; RUN: %python %S/../tools/survives.py 0,5 %jitxr --limit-memory 4096 --format json --engine interp %s | FileCheck %s
; RUN: %python %S/../tools/survives.py 0,5 %jitxr --limit-memory 4096 %s | FileCheck %s

; CHECK: {{^}}survived{{$}}

declare ptr @mmap(ptr, i64, i32, i32, i32, i64)
declare ptr @malloc(i64)

define i32 @main() {
entry:
  br label %loop
loop:
  %size = phi i64 [ 1073741824, %entry ], [ %size, %ok ], [ %half, %fail ]
  %p = call ptr @mmap(ptr null, i64 %size, i32 0, i32 16418, i32 -1, i64 0)
  %failed = icmp eq ptr %p, inttoptr (i64 -1 to ptr)
  br i1 %failed, label %fail, label %ok
ok:
  br label %loop
fail:
  %half = lshr i64 %size, 1
  %more = icmp uge i64 %half, 4096
  br i1 %more, label %loop, label %heap
heap:
  %hsize = phi i64 [ 65536, %fail ], [ %hsize, %hok ], [ %hhalf, %hfail ]
  %q = call ptr @malloc(i64 %hsize)
  %hfailed = icmp eq ptr %q, null
  br i1 %hfailed, label %hfail, label %hok
hok:
  br label %heap
hfail:
  %hhalf = lshr i64 %hsize, 1
  %hmore = icmp uge i64 %hhalf, 8
  br i1 %hmore, label %heap, label %done
done:
  ret i32 7
}
