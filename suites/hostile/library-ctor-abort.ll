; Guards: a library whose constructor calls abort() (a failed assertion in a static
; initializer) is reported as a crash of the loading stage with SIGABRT: one error line,
; exit 3, the entry not run, valid JSON; the runner's own process never sees the signal.
; RUN: %cc-so -DABRT %S/Inputs/ctor.c -o %t.so
; RUN: %exit 3 %jitxr -l %t.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DLIB=%t.so < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr --format json -l %t.so %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON -DLIB=%t.so

; CHECK:      entry main - not-run
; CHECK-NOT:  {{^}}result

; ERR: jitxr: error: library '[[LIB]]' crashed while loading: SIGABRT{{$}}
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 3 library '[[LIB]]' crashed while loading: SIGABRT{{$}}

declare i32 @lib_value()

define i32 @main() {
  %r = call i32 @lib_value()
  ret i32 %r
}
