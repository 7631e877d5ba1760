; Guards: a three-line module with a struct that contains an array of itself, used by an
; external global, sends LLVM into unbounded recursion while it sizes the type (the parser
; accepts the definition; the global's type is then sized forever) and the worker dies
; with SIGSEGV. Small, legal-looking input that a fuzzer or a buggy front end emits:
; reported as the parsing stage, one error line, exit 3, valid JSON.
; RUN: %exit 3 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s -DMODULE=%s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%s < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr --format json %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON -DMODULE=%s

; CHECK:      module: [[MODULE]]
; CHECK:      entry main - not-run
; CHECK-NOT:  {{^}}result

; ERR: jitxr: error: LLVM crashed parsing '[[MODULE]]': SIGSEGV{{$}}
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 3 LLVM crashed parsing '[[MODULE]]': SIGSEGV{{$}}

%T = type { i32, [2 x %T] }
@g = external global %T

define i32 @main() {
  ret i32 7
}
