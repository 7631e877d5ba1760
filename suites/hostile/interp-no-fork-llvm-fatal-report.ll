; Guards: the same intrinsic under --engine interp --no-fork (once an LLVM fatal error in
; the runner's process, now refused before running, interp-no-fork-llvm-fatal.ll) must not
; take the report down: every error after the command line prints the report too (README), so the
; text report shows the stages before and the entry's failure, and --format json gives one
; valid object with the error, as the forked run does.
; (Was a defect: stdout was empty, the fatal-error handler printing only the line; with
; --format json stdout was not JSON at all.)
; RUN: %exit 5 %jitxr --engine interp --no-fork %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: %exit 5 %jitxr --engine interp --no-fork --format json %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON

; CHECK:      module:
; CHECK:      engine: interp
; CHECK:      entry main - unsupported

; JSON:      json: valid
; JSON-NEXT: error: 5 entry 'main' not run on interp: 'main' calls the intrinsic 'llvm.trap', which LLVM's interpreter cannot execute

declare void @llvm.trap()

define i32 @main() {
  call void @llvm.trap()
  unreachable
}
