; Guards: a library constructor that closes every descriptor from 3 up (daemonizing code
; does) also closes the pipe the worker reports through. The worker opens its pipe again
; (through the supervisor's end of it) and the run goes on as it would natively: the
; report complete, the entry's value true, exit 0, not "called exit(0) while loading".
; With REUSE_FDS the constructor then opens /dev/null into every freed number, so the old
; descriptor still works but names another file: the report must not vanish into it.
; (Was a defect: the worker lost its pipe, ended with status 0, and the supervisor read
; that as the library's exit(0).)
; RUN: %cc-so -DCLOSE_FDS %S/Inputs/ctor.c -o %t.so
; RUN: %exit 0 %jitxr -l %t.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: count 0 < %t.err
; RUN: %exit 0 %jitxr --format json -l %t.so %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON
; RUN: %cc-so -DREUSE_FDS %S/Inputs/ctor.c -o %t.reuse.so
; RUN: %exit 0 %jitxr -l %t.reuse.so %s > %t.reuse.out 2> %t.reuse.err
; RUN: FileCheck %s < %t.reuse.out
; RUN: count 0 < %t.reuse.err

; CHECK:      symbol lib_value func mapped
; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i32 5

; JSON:      json: valid
; JSON-NEXT: error: null
; JSON:      entry: main ok - -

declare i32 @lib_value()

define i32 @main() {
  %r = call i32 @lib_value()
  ret i32 %r
}
