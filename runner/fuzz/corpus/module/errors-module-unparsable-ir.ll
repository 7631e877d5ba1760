; Guards: a syntax error in textual IR is one error line naming the module, the line and
; the column LLVM's parser gives (not LLVM's three-line dump with the source and a caret),
; exit 3; no library is loaded, nothing is resolved or run.
; RUN: %exit 3 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%s < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 3 %jitxr --format json %s 2> %t.json.err | %python -c 'import json, sys; e = json.load(sys.stdin)["error"]; print(e["code"]); print(e["message"])' | FileCheck %s --check-prefix=JSON -DMODULE=%s

; CHECK:      module: {{.*}}module-unparsable-ir.ll
; CHECK-NOT:  {{^}}library
; CHECK-NOT:  {{^}}symbol
; CHECK:      entry main - not-run
; CHECK-NOT:  {{^}}result

; The column is that of %x on the `ret` line below.
; ERR: jitxr: error: cannot parse module '[[MODULE]]':[[@LINE+6]]:11: use of undefined value '%x'

; JSON:      {{^}}3{{$}}
; JSON-NEXT: cannot parse module '[[MODULE]]':[[@LINE+3]]:11: use of undefined value '%x'

define i32 @main() {
  ret i32 %x
}
