; Guards: --codegen-timeout bounds every stage but the entry's run; with 0.001 s the
; worker cannot even finish its first stage. Whatever stage that is, it is reported as
; timed out, naming the option: exit 3, one error line, the entry not run, valid JSON.
; The module read is 20,000 declarations and this main (gen.py), so that parsing alone takes
; longer than the limit: a tiny module's stages can each end within a millisecond on a fast
; machine, and each stage has its own limit.
; RUN: %python %S/Inputs/gen.py many-decls 20000 > %t.ll
; RUN: %exit 3 %jitxr --codegen-timeout 0.001 %t.ll > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr --format json --codegen-timeout 0.001 %t.ll 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON

; CHECK:      entry main {{-|runfunction|thunk}} not-run
; CHECK-NOT:  {{^}}result

; ERR: jitxr: error: timed out{{.*}}0.001 s{{.*}}--codegen-timeout
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 3 timed out{{.*}}0.001 s{{.*}}--codegen-timeout
; JSON:      entry: main not-run - -

define i32 @main() {
  ret i32 7
}
