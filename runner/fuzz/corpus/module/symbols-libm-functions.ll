; Guards: functions of the math library, a default library, resolve from libm.so.6 with no
; -l, and return the library's answers: sqrt(2)^2 + pow(2, 10) + sin(0.5).
; RUN: %jitxr %s | FileCheck %s

; CHECK:      symbol sin func mapped libm.so.6
; CHECK-NEXT: symbol sqrt func mapped libm.so.6
; CHECK-NEXT: symbol pow func mapped libm.so.6
; CHECK:      entry main runfunction ok
; the libm answers, combined in JIT code: 2.0000000000000004 + 1024 + 0.479425538604203
; CHECK-NEXT: result double 1026.4794255386041 (0x409009eaee8744b0)

declare double @sin(double)
declare double @sqrt(double)
declare double @pow(double, double)

define double @main() {
  %s = call double @sin(double 5.000000e-01)
  %r = call double @sqrt(double 2.000000e+00)
  %sq = fmul double %r, %r
  %p = call double @pow(double 2.000000e+00, double 1.000000e+01)
  %a = fadd double %sq, %p
  %b = fadd double %a, %s
  ret double %b
}
