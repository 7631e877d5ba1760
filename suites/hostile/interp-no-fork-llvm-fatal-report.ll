; Guards: the same LLVM fatal error under --engine interp --no-fork must not take the
; report down: every error after the command line prints the report too (README), so the
; text report shows the stages before and the entry's failure, and --format json gives one
; valid object with the error, as the forked run does.
; (Was a defect: stdout was empty, the fatal-error handler printing only the line; with
; --format json stdout was not JSON at all.)
; RUN: %exit 5 %jitxr --engine interp --no-fork %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: %exit 5 %jitxr --engine interp --no-fork --format json %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON

; CHECK:      module:
; CHECK:      engine: interp
; CHECK:      entry main runfunction {{crashed|not-run}}

; JSON:      json: valid
; JSON-NEXT: error: 5 entry 'main' failed: LLVM ERROR: Code generator does not support intrinsic function 'llvm.trap'!

declare void @llvm.trap()

define i32 @main() {
  call void @llvm.trap()
  unreachable
}
