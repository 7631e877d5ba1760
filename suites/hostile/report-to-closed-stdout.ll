; Guards: a report written to a closed stdout (`jitxr ... >&-`, or a parent that closed
; fd 1) must not go to whatever file the runner opens next as fd 1, nor vanish with exit 0:
; exit 3 and one `jitxr: error: cannot write the report to stdout: ...` line, in text and
; in JSON. The wrapper closes fd 1 and then runs jitxr in its place.
; RUN: %exit 3 %python -c 'import os, sys; os.close(1); os.execvp(sys.argv[1], sys.argv[1:])' %jitxr %s 2> %t.err
; RUN: FileCheck %s < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 3 %python -c 'import os, sys; os.close(1); os.execvp(sys.argv[1], sys.argv[1:])' %jitxr --format json %s 2> %t.json.err
; RUN: FileCheck %s < %t.json.err
; RUN: count 1 < %t.json.err

; CHECK: jitxr: error: cannot write the report to stdout: {{.+}}

define i32 @main() {
  ret i32 7
}
