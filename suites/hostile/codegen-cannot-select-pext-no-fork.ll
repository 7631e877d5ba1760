; Guards: --no-fork (everything in one process, for a debugger) must give the same error
; line as the default for an LLVM fatal error in code generation: the reason on one line,
; the node's address as 0x?, so that a report does not change from run to run.
; REQUIRES: x86_64
; (Was a defect: with --no-fork the line carried LLVM's whole reason unnormalized, with
; real addresses and the DAG dump.)
; RUN: %exit 3 %jitxr --no-fork %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%s < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr %s 2> %t.forked.err > /dev/null
; RUN: diff %t.forked.err %t.err

; ERR: jitxr: error: LLVM ERROR generating code for '[[MODULE]]': Cannot select: 0x?: i64 = X86ISD::PEXT {{.*}}
; ONE: {{^}}1{{$}}

declare i64 @llvm.x86.bmi.pext.64(i64, i64)

define i64 @main() {
  %r = call i64 @llvm.x86.bmi.pext.64(i64 255, i64 15)
  ret i64 %r
}
