; Guards: with stderr closed (`2>&-`) or full, the error line cannot be written, but the
; verdict must not change: the exit status is still the documented one (5 for an entry that
; crashes, 0 for one that returns) and the report on stdout is intact; the runner does not
; die of the failed write (SIGPIPE, an abort in a logging path).
; RUN: %exit 5 %python -c 'import os, sys; os.close(2); os.execvp(sys.argv[1], sys.argv[1:])' %jitxr --entry crash %s | FileCheck %s --check-prefix=CRASH
; RUN: %exit 5 %jitxr --entry crash %s 2> /dev/full | FileCheck %s --check-prefix=CRASH
; RUN: %exit 5 %jitxr --format json --entry crash %s 2> /dev/full | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON
; RUN: %exit 0 %python -c 'import os, sys; os.close(2); os.execvp(sys.argv[1], sys.argv[1:])' %jitxr %s | FileCheck %s --check-prefix=OK

; CRASH:     entry crash {{runfunction|thunk}} crashed SIGSEGV
; JSON:      json: valid
; JSON-NEXT: error: 5 entry 'crash' crashed: SIGSEGV
; OK:        result i32 7

define i32 @main() {
  ret i32 7
}

define i32 @crash() null_pointer_is_valid {
  store volatile i32 1, ptr null
  ret i32 0
}
