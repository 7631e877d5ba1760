; Guards: a three-line module with a struct that contains an array of itself, used by an
; external global, sends LLVM into unbounded recursion while it sizes the type (the parser
; accepts the definition; the global's type is then sized forever) and the worker dies
; with SIGSEGV (LLVM 19). Small, legal-looking input that a fuzzer or a buggy front end
; emits: reported as the parsing stage, one error line, exit 3, valid JSON. LLVM 22's parser
; refuses the type itself ("is recursive"), which is the parse error, also exit 3.
; RUN: %exit 3 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s -DMODULE=%s < %t.out
; RUN: FileCheck %s --check-prefix=%if llvm-19 %{ERR19%} %else %{ERR22%} -DMODULE=%s < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr --format json %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefixes=JSON,%if llvm-19 %{JSON19%} %else %{JSON22%} -DMODULE=%s

; CHECK:      module: [[MODULE]]
; CHECK:      entry main - not-run
; CHECK-NOT:  {{^}}result

; ERR19: jitxr: error: LLVM crashed parsing '[[MODULE]]': SIGSEGV{{$}}
; ERR22: jitxr: error: cannot parse module '[[MODULE]]':{{[0-9]+}}:{{[0-9]+}}: identified structure type 'T' is recursive{{$}}
; ONE: {{^}}1{{$}}

; JSON:        json: valid
; JSON19-NEXT: error: 3 LLVM crashed parsing '[[MODULE]]': SIGSEGV{{$}}
; JSON22-NEXT: error: 3 cannot parse module '[[MODULE]]':{{[0-9]+}}:{{[0-9]+}}: identified structure type 'T' is recursive{{$}}

%T = type { i32, [2 x %T] }
@g = external global %T

define i32 @main() {
  ret i32 7
}
