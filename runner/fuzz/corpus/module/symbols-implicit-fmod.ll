; Guards: frem on doubles becomes a call to fmod, which the IR never declares: reported as an
; implicit symbol, resolved from libm.so.6 (a default library), and its answer comes back:
; fmod(7.5, 2) = 1.5.
; RUN: %jitxr %s | FileCheck %s

; CHECK:      symbol fmod func mapped libm.so.6 [implicit]
; CHECK-NEXT:   warning: not declared in the IR: the code generator calls it
; CHECK-NEXT: entry main runfunction ok
; CHECK-NEXT: result double 1.5 (0x3ff8000000000000)

define double @main() {
  %slot = alloca double
  store volatile double 7.500000e+00, ptr %slot
  %x = load volatile double, ptr %slot
  %r = frem double %x, 2.000000e+00
  ret double %r
}
