; Guards: with SIGCHLD set to SIG_IGN by a library constructor, the two other verdicts that
; depend on reading a child's end stay right too: an entry that spins is `timeout` after
; --timeout (exit 5), and one that calls exit(3) is `exited 3` (an ending: exit 0, and 3
; with --program-exit); neither becomes a
; crash, a hang or an "unknown" status.
; RUN: %cc-so -DSIGCHLD_IGN %S/Inputs/ctor.c -o %t.so
; RUN: %exit 5 %jitxr -l %t.so --timeout 0.5 --entry spin %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=SPIN < %t.out
; RUN: FileCheck %s --check-prefix=SPIN-ERR < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr --program-exit -l %t.so --entry leave %s > %t.leave.out 2> %t.leave.err
; RUN: FileCheck %s --check-prefix=LEAVE < %t.leave.out
; RUN: count 0 < %t.leave.err
; RUN: %exit 5 %jitxr --format json -l %t.so --timeout 0.5 --entry spin %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON

; SPIN:      entry spin {{runfunction|thunk}} timeout{{$}}
; SPIN-ERR:  jitxr: error: entry 'spin' timed out after 0.5 s{{$}}
; LEAVE:     entry leave {{runfunction|thunk}} exited 3{{$}}
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 5 entry 'spin' timed out after 0.5 s{{$}}
; JSON:      entry: spin timeout - -

declare i32 @lib_value()
declare void @exit(i32)

define i32 @spin() {
entry:
  %r = call i32 @lib_value()
  br label %loop
loop:
  br label %loop
}

define i32 @leave() {
  %r = call i32 @lib_value()
  %s = sub i32 %r, 2
  call void @exit(i32 %s)
  unreachable
}
