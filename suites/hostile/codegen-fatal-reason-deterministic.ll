; Guards: an LLVM fatal reason that embeds addresses ("Cannot select: 0x55d0c1a2b940: i64 =
; X86ISD::PEXT ...") is printed with each address as 0x?, so that the error line, and a
; report that carries it, is the same from run to run (and the lit cases and conformance
; matrices that compare them are deterministic). Twenty runs: one distinct line, with 0x?.
; REQUIRES: x86_64
; With LLVM linked statically the runner is not position-independent and its heap (where the
; DAG node lives) often sits below 0x10000000: 7-digit addresses (0x749c300) are hidden too.
; RUN: %python -c 'import subprocess, sys; lines = {subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).stderr for _ in range(20)}; print(len(lines), "distinct"); [sys.stdout.write(l.decode()) for l in sorted(lines)]' %jitxr %s | FileCheck %s -DMODULE=%s

; CHECK:      {{^}}1 distinct{{$}}
; CHECK-NEXT: jitxr: error: LLVM ERROR generating code for '[[MODULE]]': Cannot select: 0x?: i64 = X86ISD::PEXT Constant:i64<255>, Constant:i64<15>{{$}}
; CHECK-NOT:  {{.}}

declare i64 @llvm.x86.bmi.pext.64(i64, i64)

define i64 @main() {
  %r = call i64 @llvm.x86.bmi.pext.64(i64 255, i64 15)
  ret i64 %r
}
