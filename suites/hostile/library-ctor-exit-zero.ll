; Guards: a library constructor that calls exit(0) ends the worker with status 0 before any
; report is sent; that must not pass for success (a runner that trusts a zero status prints
; an empty report and exits 0). Reported as the library having called exit(0) while
; loading: exit 3, one error line, valid JSON.
; RUN: %cc-so -DEXIT=0 %S/Inputs/ctor.c -o %t.so
; RUN: %exit 3 %jitxr -l %t.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DLIB=%t.so < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr --format json -l %t.so %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON -DLIB=%t.so

; CHECK:      entry main - not-run
; CHECK-NOT:  {{^}}result

; ERR: jitxr: error: library '[[LIB]]' called exit(0) while loading{{$}}
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 3 library '[[LIB]]' called exit(0) while loading{{$}}

declare i32 @lib_value()

define i32 @main() {
  %r = call i32 @lib_value()
  ret i32 %r
}
