; Guards: an entry that forks a child which calls setsid() (leaving the entry's process
; group, which is what the runner kills) and sleeps 60 s must not outlive the run, and must
; not hold it up: the run reports main's 7 at once, and afterwards the process id the
; child wrote (to argv[1], before the parent returns) is not running. On MCJIT, ORC and
; the interpreter. Every run writes stdout and stderr to files, so that a child left running
; cannot hold the RUN line up until it ends by itself and then pass the check.
; Under qemu-user, which refuses PR_SET_CHILD_SUBREAPER, the supervisor finds the child by
; the lifeline it inherited; JITXR_NO_SUBREAPER=1 takes that path natively too (last runs).
; RUN: rm -f %t.mcjit.pid %t.orc.pid %t.interp.pid
; RUN: %exit 0 %python -c 'import subprocess, sys, time; t = time.monotonic(); r = subprocess.run(sys.argv[1:]); print("took", "long" if time.monotonic() - t > 30 else "short"); sys.exit(r.returncode)' %jitxr --engine mcjit %s -- %t.mcjit.pid > %t.mcjit.out 2> %t.mcjit.err
; RUN: %python %S/../tools/processes_gone.py %t.mcjit.pid | FileCheck %s --check-prefix=GONE
; RUN: FileCheck %s --check-prefixes=CHECK,SHORT < %t.mcjit.out
; RUN: %exit 0 %jitxr --engine orc %s -- %t.orc.pid > %t.orc.out 2> %t.orc.err
; RUN: %python %S/../tools/processes_gone.py %t.orc.pid | FileCheck %s --check-prefix=GONE
; RUN: FileCheck %s < %t.orc.out
; RUN: %exit 0 %jitxr --engine interp %s -- %t.interp.pid > %t.interp.out 2> %t.interp.err
; RUN: %python %S/../tools/processes_gone.py %t.interp.pid | FileCheck %s --check-prefix=GONE
; RUN: FileCheck %s < %t.interp.out
; RUN: rm -f %t.nr.pid
; RUN: env JITXR_NO_SUBREAPER=1 %exit 0 %jitxr --engine mcjit %s -- %t.nr.pid > %t.nr.out 2> %t.nr.err
; RUN: %python %S/../tools/processes_gone.py %t.nr.pid | FileCheck %s --check-prefix=GONE
; RUN: FileCheck %s < %t.nr.out

; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i32 7
; SHORT-NEXT: took short
; GONE:       {{^}}gone{{$}}
; GONE-NOT:   left

@mode = private constant [2 x i8] c"w\00"
@fmt = private constant [4 x i8] c"%d\0A\00"
declare ptr @fopen(ptr, ptr)
declare i32 @fprintf(ptr, ptr, ...)
declare i32 @fclose(ptr)
declare i32 @fork()
declare i32 @setsid()
declare i32 @getpid()
declare i32 @sleep(i32)
declare void @_exit(i32)
declare i32 @pipe(ptr)
declare i64 @read(i32, ptr, i64)
declare i64 @write(i32, ptr, i64)

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %fds = alloca [2 x i32]
  call i32 @pipe(ptr %fds)
  %kid = call i32 @fork()
  %is_kid = icmp eq i32 %kid, 0
  br i1 %is_kid, label %daemon, label %parent
daemon:
  call i32 @setsid()
  %pp = getelementptr ptr, ptr %argv, i64 1
  %path = load ptr, ptr %pp
  %f = call ptr @fopen(ptr %path, ptr @mode)
  %me = call i32 @getpid()
  call i32 (ptr, ptr, ...) @fprintf(ptr %f, ptr @fmt, i32 %me)
  call i32 @fclose(ptr %f)
  %wfd.p = getelementptr i32, ptr %fds, i64 1
  %wfd = load i32, ptr %wfd.p
  call i64 @write(i32 %wfd, ptr @mode, i64 1)
  call i32 @sleep(i32 60)
  call void @_exit(i32 0)
  unreachable
parent:
  ; wait until the daemon has written its pid
  %rfd = load i32, ptr %fds
  %buf = alloca i8
  call i64 @read(i32 %rfd, ptr %buf, i64 1)
  ret i32 7
}
