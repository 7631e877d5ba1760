; Guards: an entry that never returns is stopped by --timeout: status timeout, exit 5, one
; error line, no result, on MCJIT, ORC and the interpreter; and nothing it started is left
; running: the entry forks first, so a spinning grandchild in the child's process group
; must die with it (the runner kills the whole group). The entry writes both process ids
; (its own, the fork's) to the file named by argv[1] before it spins; a later RUN line
; checks that neither process still runs.
; RUN: rm -f %t.mcjit.pid %t.orc.pid %t.interp.pid
; RUN: %exit 5 %jitxr --engine mcjit --timeout 0.5 %s -- %t.mcjit.pid 2> %t.mcjit.err | FileCheck %s --check-prefixes=CHECK,RF
; RUN: FileCheck %s --check-prefix=ERR < %t.mcjit.err
; RUN: count 1 < %t.mcjit.err
; RUN: %python %S/../tools/processes_gone.py %t.mcjit.pid | FileCheck %s --check-prefix=GONE
; RUN: %exit 5 %jitxr --engine orc --timeout 0.5 %s -- %t.orc.pid 2> %t.orc.err | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: FileCheck %s --check-prefix=ERR < %t.orc.err
; RUN: %python %S/../tools/processes_gone.py %t.orc.pid | FileCheck %s --check-prefix=GONE
; RUN: %exit 5 %jitxr --engine interp --timeout 0.5 %s -- %t.interp.pid 2> %t.interp.err | FileCheck %s --check-prefixes=CHECK,RF
; RUN: FileCheck %s --check-prefix=ERR < %t.interp.err
; RUN: %python %S/../tools/processes_gone.py %t.interp.pid | FileCheck %s --check-prefix=GONE

; RF:         entry main runfunction timeout
; THUNK:      entry main thunk timeout
; CHECK-NOT:  {{^}}result
; ERR:        jitxr: error: entry 'main' timed out after 0.5 s
; GONE:       {{^}}gone{{$}}
; GONE-NEXT:  {{^}}gone{{$}}
; GONE-NOT:   left

@mode = private constant [2 x i8] c"w\00"
@fmt = private constant [7 x i8] c"%d %d\0A\00"
declare ptr @fopen(ptr, ptr)
declare i32 @fprintf(ptr, ptr, ...)
declare i32 @fclose(ptr)
declare i32 @getpid()
declare i32 @fork()

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %kid = call i32 @fork()
  %is_kid = icmp eq i32 %kid, 0
  br i1 %is_kid, label %spin, label %write
write:
  %pp = getelementptr ptr, ptr %argv, i64 1
  %path = load ptr, ptr %pp
  %me = call i32 @getpid()
  %f = call ptr @fopen(ptr %path, ptr @mode)
  call i32 (ptr, ptr, ...) @fprintf(ptr %f, ptr @fmt, i32 %me, i32 %kid)
  call i32 @fclose(ptr %f)
  br label %spin
spin:
  br label %spin
}
