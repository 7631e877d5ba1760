; Guards: with outline atomics (the default of GCC and Clang for AArch64 Linux), the code
; generator turns an atomicrmw into a call to __aarch64_ldadd4_acq_rel, which only libgcc.a
; (a static archive) provides: it is reported as an implicit symbol, unresolved, with a hint
; saying where it lives and how to avoid it (exit 4); it is not taken from the process.
; REQUIRES: aarch64
; (x86-64 has no outline atomics: the feature does not exist there.)
; RUN: %exit 4 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err

; CHECK:      symbol __aarch64_ldadd4_acq_rel func unresolved [implicit]
; CHECK-NEXT:   warning: not declared in the IR: the code generator calls it
; CHECK-NEXT:   hint: an AArch64 outline atomic, provided only by the static archive libgcc.a: build the IR with -mno-outline-atomics or provide it in a library
; CHECK-NEXT: entry main - not-run

; ERR: jitxr: error: 1 unresolved symbol: __aarch64_ldadd4_acq_rel

@x = global i32 5

define i32 @main() #0 {
  %old = atomicrmw add ptr @x, i32 3 acq_rel
  ret i32 %old
}

attributes #0 = { "target-features"="+outline-atomics" }
