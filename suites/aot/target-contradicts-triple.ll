; Guards: IR that names its triple is lowered for it (clang's x86-64 IR passes and returns
; by the x86-64 ABI; for AArch64 the same IR compiles to a soft-float object that cannot
; link): --target naming another architecture is refused, exit 6 with one line naming both,
; and nothing is written. The same triple spelled otherwise (x86_64-linux-gnu for
; x86_64-unknown-linux-gnu) is the same target, and a module that names no triple
; (aot/asm-both-targets.ll) compiles for either.
; RUN: sed 's/@TRIPLE@/%triple/' %s > %t.ll
; RUN: rm -f %t.o
; RUN: %exit 6 %jitxr --target %other-triple --emit-obj %t.o %t.ll > /dev/null 2> %t.err
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; RUN: not test -e %t.o
; RUN: %exit 0 %jitxr --target %arch-linux-gnu --emit-obj %t.same.o %t.ll > /dev/null
; RUN: llvm-readelf -h %t.same.o | FileCheck %s --check-prefix=SAME-%ARCH

; ERR: jitxr: error: --target '{{.*}}' contradicts the module's own triple '{{.*}}': its types and calls are lowered for {{x86_64|aarch64}} (compile the source for {{x86_64|aarch64}} instead)
; SAME-X86_64:  Machine: Advanced Micro Devices X86-64
; SAME-AARCH64: Machine: AArch64

target triple = "@TRIPLE@"

define double @main() {
  ret double 1.5
}
