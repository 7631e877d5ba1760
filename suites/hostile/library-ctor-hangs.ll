; Guards: a library whose constructor never returns (waits on a lock or a socket that never
; answers) hangs dlopen; --codegen-timeout bounds every stage but running the entry, so the
; loading stage times out: exit 3, one error line naming the library, the option and
; "timed out", the entry not run, valid JSON; well before lit's own timeout.
; RUN: %cc-so -DHANG %S/Inputs/ctor.c -o %t.so
; RUN: %exit 3 %jitxr --codegen-timeout 2 -l %t.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DLIB=%t.so < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr --format json --codegen-timeout 2 -l %t.so %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON -DLIB=%t.so

; CHECK:      entry main - not-run
; CHECK-NOT:  {{^}}result

; ERR: jitxr: error: timed out{{.*}} loading library '[[LIB]]'{{.*}}--codegen-timeout
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 3 timed out{{.*}} loading library '[[LIB]]'{{.*}}--codegen-timeout
; JSON:      entry: main not-run - -

declare i32 @lib_value()

define i32 @main() {
  %r = call i32 @lib_value()
  ret i32 %r
}
