; Guards: the interpreter compiles nothing; its intrinsic lowering turns llvm.sqrt into a
; call to sqrt by name, which LLVM would look up in the runner's own process. jitxr lists
; such calls as implicit declarations for the interpreter, resolved from the loaded
; libraries (libm here) or unresolved with --no-default-libs (exit 4, nothing run), never
; taken silently from the runner.
; RUN: %exit 0 %jitxr --engine interp %s | FileCheck %s
; RUN: %exit 4 %jitxr --engine interp --no-default-libs %s 2> %t.err | FileCheck %s --check-prefix=NODEF
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; MCJIT emits an instruction for llvm.sqrt: no sqrt to resolve there.
; RUN: %exit 0 %jitxr --engine mcjit --no-default-libs %s | FileCheck %s --check-prefix=MCJIT

; CHECK:      symbol sqrt func mapped libm.so.6 [implicit]
; CHECK:      entry main runfunction ok
; CHECK-NEXT: result double 1.5 (0x3ff8000000000000)

; NODEF:     symbol sqrt func unresolved [implicit]
; NODEF:     entry main - not-run
; ERR: jitxr: error: 1 unresolved symbol: sqrt

; MCJIT-NOT:  symbol sqrt
; MCJIT:      result double 1.5 (0x3ff8000000000000)

declare double @llvm.sqrt.f64(double)

define double @main() {
  %v = call double @llvm.sqrt.f64(double 2.25)
  ret double %v
}
