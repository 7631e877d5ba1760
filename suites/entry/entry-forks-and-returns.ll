; Guards: an entry that forks a helper process (without exec) and then returns is reported
; ok with its value, at once, not as a timeout: the helper inherits the child's answer
; pipe and keeps it open, so a runner that waits for the pipe's end of file waits for the
; helper, and one that waits out --timeout loses the value the child already sent. The
; helper (sleeping 30 s) must not outlive the run either: it is in the child's process
; group, which the runner kills once the entry is done. The entry writes the helper's
; process id to argv[1].
; RUN: rm -f %t.pid
; RUN: %exit 0 %python -c 'import subprocess, sys, time; t = time.monotonic(); r = subprocess.run(sys.argv[1:]); print("took", "long" if time.monotonic() - t > 4 else "short"); sys.exit(r.returncode)' %jitxr --timeout 5 %s -- %t.pid | FileCheck %s
; RUN: %python %S/../tools/processes_gone.py %t.pid | FileCheck %s --check-prefix=GONE

; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i32 7{{$}}
; CHECK-NEXT: took short

; GONE:       {{^}}gone{{$}}
; GONE-NOT:   left

@mode = private constant [2 x i8] c"w\00"
@fmt = private constant [4 x i8] c"%d\0A\00"
declare ptr @fopen(ptr, ptr)
declare i32 @fprintf(ptr, ptr, ...)
declare i32 @fclose(ptr)
declare i32 @fork()
declare i32 @sleep(i32)
declare void @_exit(i32)

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %kid = call i32 @fork()
  %is_kid = icmp eq i32 %kid, 0
  br i1 %is_kid, label %helper, label %parent
helper:
  call i32 @sleep(i32 30)
  call void @_exit(i32 0)
  unreachable
parent:
  %pp = getelementptr ptr, ptr %argv, i64 1
  %path = load ptr, ptr %pp
  %f = call ptr @fopen(ptr %path, ptr @mode)
  call i32 (ptr, ptr, ...) @fprintf(ptr %f, ptr @fmt, i32 %kid)
  call i32 @fclose(ptr %f)
  ret i32 7
}
