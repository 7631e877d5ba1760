; Guards: a module that calls the other architecture's intrinsic (IR generated for one
; target, run on the other) makes instruction selection fail with an LLVM fatal error
; ("Cannot select: intrinsic %llvm.<other>.<name>"), on both architectures. It is the
; code generation stage's failure: one error line, exit 3, the report of the stages
; before, valid JSON, on MCJIT and ORC; the interpreter, which does not select
; instructions and cannot execute the intrinsic either, refuses the entry before it runs
; (exit 5), naming it.
; RUN: %exit 3 %jitxr %S/Inputs/intrinsic-of-%other-triple.ll > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr --engine orc %S/Inputs/intrinsic-of-%other-triple.ll 2> %t.orc.err > /dev/null
; RUN: FileCheck %s --check-prefix=ERR < %t.orc.err
; RUN: %exit 3 %jitxr --format json %S/Inputs/intrinsic-of-%other-triple.ll 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON
; RUN: %exit 5 %jitxr --engine interp %S/Inputs/intrinsic-of-%other-triple.ll 2> %t.interp.err > /dev/null
; RUN: FileCheck %s --check-prefix=INTERP < %t.interp.err
; RUN: grep -c "jitxr: error:" %t.interp.err | FileCheck %s --check-prefix=ONE

; CHECK:      library libc.so.6
; CHECK:      entry main - not-run
; CHECK-NOT:  {{^}}result

; ERR:    jitxr: error: LLVM ERROR generating code for '{{.*}}intrinsic-of-{{.*}}.ll': Cannot select: {{.*}}{{$}}
; ONE:    {{^}}1{{$}}
; INTERP: jitxr: error: entry 'main' not run on interp: 'main' calls the intrinsic 'llvm.{{x86|aarch64}}.{{.*}}', which LLVM's interpreter cannot execute ("Code generator does not support intrinsic function", an abort){{$}}

; JSON:      json: valid
; JSON-NEXT: error: 3 LLVM ERROR generating code for '{{.*}}': Cannot select: {{.*}}
