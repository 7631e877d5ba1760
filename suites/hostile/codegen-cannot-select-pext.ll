; Guards: an x86 intrinsic the selector cannot match (llvm.x86.bmi.pext.64 without the
; BMI2 feature) makes LLVM's code generator report a fatal error ("Cannot select"), which by
; default prints a DAG dump and exits the process. It must be the worker's: one
; `jitxr: error: LLVM ERROR generating code for 'FILE': Cannot select: ...` line, exit 3,
; the report of the stages before, valid JSON, on MCJIT and ORC. (That the node's address
; is printed as 0x?, the same from run to run, is codegen-fatal-reason-deterministic.ll.)
; REQUIRES: x86_64
; RUN: %exit 3 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%s < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr --engine orc %s 2> %t.orc.err > /dev/null
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%s < %t.orc.err
; RUN: %exit 3 %jitxr --format json %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON -DMODULE=%s

; CHECK:      library libc.so.6
; CHECK:      entry main - not-run
; CHECK-NOT:  {{^}}result

; ERR: jitxr: error: LLVM ERROR generating code for '[[MODULE]]': Cannot select: 0x{{[^:]+}}: i64 = X86ISD::PEXT {{.*}}
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 3 LLVM ERROR generating code for '[[MODULE]]': Cannot select: 0x{{[^:]+}}: i64 = X86ISD::PEXT {{.*}}

declare i64 @llvm.x86.bmi.pext.64(i64, i64)

define i64 @main() {
  %r = call i64 @llvm.x86.bmi.pext.64(i64 255, i64 15)
  ret i64 %r
}
