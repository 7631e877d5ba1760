; Guards: a library constructor that closes every descriptor from 3 up (daemonizing code
; does) also closes whatever pipe the worker reports through. The run cannot go on, but the
; verdict must be true: one error line, exit 3, naming the library, and not claiming that it
; called exit(0), which it did not.
; XFAIL: *
; Defect (jitxr): reported as "library '...' called exit(0) while loading": the worker,
; having lost its pipe, ends with status 0 and the supervisor reads that as the library's
; exit(0).
; RUN: %cc-so -DCLOSE_FDS %S/Inputs/ctor.c -o %t.so
; RUN: %exit 3 %jitxr -l %t.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DLIB=%t.so < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr --format json -l %t.so %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON

; CHECK:      entry main - not-run

; ERR:     jitxr: error: {{.*}}'[[LIB]]'
; ERR-NOT: called exit
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 3
; JSON-NOT:  called exit

declare i32 @lib_value()

define i32 @main() {
  %r = call i32 @lib_value()
  ret i32 %r
}
