; Guards: SPEC.md's --report FILE writes the report to FILE so that stdout is the
; program's alone; a FILE that cannot be written (a full disk: /dev/full) is exit 3 with one
; `jitxr: error: cannot write the report ...` line, and the program's output still goes
; to stdout.
; With --format json too, the program's output stays on stdout and the file is the JSON.
; RUN: %exit 0 %jitxr --report %t.report %s > %t.out
; RUN: FileCheck %s --check-prefix=OUT < %t.out
; RUN: FileCheck %s --check-prefix=REPORT < %t.report
; RUN: %exit 3 %jitxr --report /dev/full %s > %t.full.out 2> %t.full.err
; RUN: FileCheck %s --check-prefix=ERR < %t.full.err
; RUN: count 1 < %t.full.err
; RUN: %exit 0 %jitxr --format json --report %t.json %s > %t.json.out
; RUN: FileCheck %s --check-prefix=OUT < %t.json.out
; RUN: %python %S/../tools/json_report.py < %t.json | FileCheck %s --check-prefix=JSON
; RUN: %exit 3 %jitxr --report %t.missing/dir/report %s > /dev/null 2> %t.missing.err
; RUN: FileCheck %s --check-prefix=MISSING < %t.missing.err

; OUT:        {{^}}program output{{$}}
; OUT-NOT:    module:
; REPORT:     module:
; REPORT:     result i32 7
; ERR:        jitxr: error: cannot write the report to '/dev/full': No space left on device
; JSON:       json: valid
; JSON-NEXT:  error: null
; JSON:       entry: main ok - -
; MISSING:    jitxr: error: cannot write the report to '{{.*}}report': No such file or directory

@s = private constant [15 x i8] c"program output\00"
declare i32 @puts(ptr)

define i32 @main() {
  call i32 @puts(ptr @s)
  ret i32 7
}
