; Guards: a library whose constructor crashes (SIGSEGV) while dlopen runs it takes down
; only the worker: one `jitxr: error: library 'PATH' crashed while loading: SIGSEGV` line,
; exit 3, the report of the stages before it (the entry not run) and valid JSON. When an
; earlier library loaded fine, the line names the one that crashed, not the first.
; RUN: %cc-so -DSEGV %S/Inputs/ctor.c -o %t.segv.so
; RUN: %cc-so -DSIGCHLD_IGN %S/Inputs/ctor.c -o %t.fine.so
; RUN: %exit 3 %jitxr -l %t.segv.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DLIB=%t.segv.so < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr --format json -l %t.segv.so %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON -DLIB=%t.segv.so
; RUN: %exit 3 %jitxr -l %t.fine.so -l %t.segv.so %s > %t.second.out 2> %t.second.err
; RUN: FileCheck %s --check-prefix=ERR -DLIB=%t.segv.so < %t.second.err
; RUN: grep -c "jitxr: error:" %t.second.err | FileCheck %s --check-prefix=ONE

; CHECK:      module:
; CHECK:      entry main - not-run
; CHECK-NOT:  {{^}}result

; ERR: jitxr: error: library '[[LIB]]' crashed while loading: SIGSEGV{{$}}
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 3 library '[[LIB]]' crashed while loading: SIGSEGV{{$}}
; JSON:      entry: main not-run - -

declare i32 @lib_value()

define i32 @main() {
  %r = call i32 @lib_value()
  ret i32 %r
}
