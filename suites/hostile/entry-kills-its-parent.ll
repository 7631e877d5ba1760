; Guards: an entry that kills its parent process with SIGKILL (getppid() is the worker
; that started it: a program that "tells its parent" with the wrong signal) takes down the
; worker, never the supervisor that prints the report: one error line, exit 5 (the stage
; that was running was the entry's), the report of the earlier stages, valid JSON.
; RUN: %exit 5 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 5 %jitxr --format json %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON

; CHECK:     symbol kill func mapped
; CHECK:     entry main
; CHECK-NOT: {{^}}result
; ERR:       jitxr: error: {{.*}}'main'{{.*}}SIGKILL
; ONE:       {{^}}1{{$}}
; JSON:      json: valid
; JSON-NEXT: error: 5 {{.*}}'main'{{.*}}SIGKILL

declare i32 @kill(i32, i32)
declare i32 @getppid()

define i32 @main() {
  %parent = call i32 @getppid()
  call i32 @kill(i32 %parent, i32 9)
  ret i32 7
}
