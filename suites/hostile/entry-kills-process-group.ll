; Guards: an entry that signals its whole process group (kill(0, SIGTERM): what a shell
; script's cleanup does) must reach only the processes of the run's child, never the
; runner that reports: the entry is crashed with SIGTERM, exit 5, one error line, the
; report printed; on MCJIT, ORC and the interpreter. Each run is started in a session of
; its own (the python wrapper), so that if the signal ever escapes the child it ends the
; run (and fails the case), not lit.
; RUN: %exit 5 %python -c 'import os, sys; os.setsid(); os.execvp(sys.argv[1], sys.argv[1:])' %jitxr --engine mcjit %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 5 %python -c 'import os, sys; os.setsid(); os.execvp(sys.argv[1], sys.argv[1:])' %jitxr --engine orc %s 2> /dev/null | FileCheck %s
; RUN: %exit 5 %python -c 'import os, sys; os.setsid(); os.execvp(sys.argv[1], sys.argv[1:])' %jitxr --engine interp %s 2> /dev/null | FileCheck %s
; RUN: %exit 5 %python -c 'import os, sys; os.setsid(); os.execvp(sys.argv[1], sys.argv[1:])' %jitxr --format json %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON

; CHECK:     module:
; CHECK:     entry main {{runfunction|thunk}} crashed SIGTERM{{$}}
; ERR:       jitxr: error: entry 'main' crashed: SIGTERM{{$}}
; ONE:       {{^}}1{{$}}
; JSON:      json: valid
; JSON-NEXT: error: 5 entry 'main' crashed: SIGTERM{{$}}
; JSON:      entry: main crashed SIGTERM -

declare i32 @kill(i32, i32)

define i32 @main() {
  call i32 @kill(i32 0, i32 15)
  ret i32 7
}
