; Guards: --emit-obj / --emit-asm for a target whose assembler rejects the module's inline
; asm (x86's `pause` for AArch64, or AArch64's `yield` for x86-64) is an AOT error (exit 6):
; one error line with the assembler's reason, nothing written, and nothing leaked (the
; ASan build's LeakSanitizer would add its report to stderr: LLVM hands back a buffer even
; when emission fails). Inline asm the other target does have (`nop`) is emitted there.
; (Was: LLVM's fatal "we don't have an asm parser for this target", the other targets'
; assemblers never initialized; and an assembler error would have gone to LLVM's default
; handler, which prints it and exits.)
; RUN: sed 's/INSN/%if x86_64 %{pause%} %else %{yield%}/' %s > %t.ll
; RUN: rm -f %t.o %t.s
; RUN: %exit 6 %jitxr --comptime answer --target %other-triple --emit-obj %t.o %t.ll > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; RUN: not test -e %t.o
; RUN: %exit 6 %jitxr --comptime answer --target %other-triple --emit-asm %t.s %t.ll 2> %t.asm.err
; RUN: FileCheck %s --check-prefix=ERR < %t.asm.err
; RUN: count 1 < %t.asm.err
; RUN: not test -e %t.s
; RUN: sed 's/INSN/nop/' %s > %t.nop.ll
; RUN: %exit 0 %jitxr --comptime answer --target %other-triple --emit-obj %t.nop.o %t.nop.ll 2> %t.nop.err
; RUN: count 0 < %t.nop.err
; RUN: test -s %t.nop.o

; CHECK: comptime answer ok i32 42
; ERR:   jitxr: error: cannot compile the module for '{{[a-z0-9_]+}}-unknown-linux-gnu': <inline asm>:1:{{[0-9]+}}: {{invalid instruction|unrecognized instruction}}

define i32 @answer() {
  ret i32 42
}

define i32 @main() {
  %r = call i32 @answer()
  call void asm sideeffect "INSN", ""()
  ret i32 %r
}
