; Guards: with outline atomics (the default of GCC and Clang for AArch64 Linux), the code
; generator turns atomic operations into calls to __aarch64_* helpers that only libgcc.a (a
; static archive) provides. They are implicit symbols, resolved from jitxr's default
; libjitxr-rt.so, and they compute: an add, a compare-and-swap of 8 and of 16 bytes, a swap,
; a clear, an xor and an or, whose results are folded into one number (x starts at 5).
; With --no-default-libs -l libc.so.6 the add is unresolved, with a hint saying where it
; lives and how to avoid it (exit 4); it is not taken from the process.
; REQUIRES: aarch64
; (x86-64 has no outline atomics: the feature does not exist there.)
; RUN: %jitxr %s | FileCheck %s
; RUN: %jitxr --engine orc %s | FileCheck %s
; RUN: %exit 4 %jitxr --no-default-libs -l libc.so.6 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=NORT < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err

; CHECK:      symbol __aarch64_cas16_acq_rel func mapped libjitxr-rt.so [implicit]
; CHECK:      symbol __aarch64_cas8_acq_rel func mapped libjitxr-rt.so [implicit]
; CHECK:      symbol __aarch64_ldadd4_acq_rel func mapped libjitxr-rt.so [implicit]
; CHECK-NEXT:   warning: not declared in the IR: the code generator calls it
; CHECK:      symbol __aarch64_ldclr4_relax func mapped libjitxr-rt.so [implicit]
; CHECK:      symbol __aarch64_ldeor4_rel func mapped libjitxr-rt.so [implicit]
; CHECK:      symbol __aarch64_ldset4_acq_rel func mapped libjitxr-rt.so [implicit]
; CHECK:      symbol __aarch64_swp4_acq func mapped libjitxr-rt.so [implicit]
; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i64 1234567

; NORT:      symbol __aarch64_ldadd4_acq_rel func unresolved [implicit]
; NORT-NEXT:   warning: not declared in the IR: the code generator calls it
; NORT-NEXT:   hint: an AArch64 outline atomic, which libgcc provides only in the static archive libgcc.a; jitxr's default library libjitxr-rt.so has it (not loaded with --no-default-libs), or build the IR with -mno-outline-atomics
; NORT:      entry main - not-run

; ERR: jitxr: error: 7 unresolved symbols: {{.*}}__aarch64_ldadd4_acq_rel

@x = global i32 5
@y = global i64 100
@z = global i128 7

; old x = 5 -> x = 8; swap x 8 -> 12 (old 8); clear bits 4 of 12 -> 8 (old 12);
; xor 8 with 3 -> 11 (old 8); or 11 with 16 -> 27 (old 11; seq_cst: the acq_rel helper).
; cas y 100 -> 200 (old 100); cas z 7 -> 2^64 + 9 (old 7), then z's high word (1).
define i64 @main() #0 {
  %a = atomicrmw add ptr @x, i32 3 acq_rel
  %b = atomicrmw xchg ptr @x, i32 12 acquire
  %c = atomicrmw and ptr @x, i32 -5 monotonic
  %d = atomicrmw xor ptr @x, i32 3 release
  %e = atomicrmw or ptr @x, i32 16 seq_cst
  %f = load i32, ptr @x
  %p = cmpxchg ptr @y, i64 100, i64 200 acq_rel acquire
  %pv = extractvalue { i64, i1 } %p, 0
  %q = cmpxchg ptr @z, i128 7, i128 18446744073709551625 acq_rel acquire
  %qv = extractvalue { i128, i1 } %q, 0
  %zv = load i128, ptr @z
  %zh = lshr i128 %zv, 64
  %zl = trunc i128 %zv to i64
  %zhi = trunc i128 %zh to i64
  %qvl = trunc i128 %qv to i64
  %yv = load i64, ptr @y
  ; sum of the old values and the final ones: 5+8+12+8+11+27 = 71
  %s1 = add i32 %a, %b
  %s2 = add i32 %s1, %c
  %s3 = add i32 %s2, %d
  %s4 = add i32 %s3, %e
  %s5 = add i32 %s4, %f
  %s = sext i32 %s5 to i64
  ; 71 * 10000 = 710000; + (100 + 200) * 1000 = 300000 -> 1010000;
  ; + (7 + 9) * 10000 = 160000 -> 1170000; + 1 (z's high word) * 64567 = 1234567
  %m1 = mul i64 %s, 10000
  %t1 = add i64 %pv, %yv
  %m2 = mul i64 %t1, 1000
  %t2 = add i64 %qvl, %zl
  %m3 = mul i64 %t2, 10000
  %m4 = mul i64 %zhi, 64567
  %r1 = add i64 %m1, %m2
  %r2 = add i64 %r1, %m3
  %r3 = add i64 %r2, %m4
  ret i64 %r3
}

attributes #0 = { "target-features"="+outline-atomics" }
