; Guards: i128 division becomes a call to __divti3, a libgcc helper that the IR never
; declares: it is an implicit symbol, resolved from libgcc_s.so.1 (a default library, as
; every cc line links it), and computes (2^127 - 1) / -3 exactly (its low 64 bits, read as
; i64). Without the defaults (--no-default-libs -l libc.so.6) it is unresolved with a hint
; (exit 4, nothing runs) rather than taken from the runner's process, which has
; libgcc_s.so.1 too.
; RUN: %jitxr %s | FileCheck %s
; RUN: %exit 4 %jitxr --no-default-libs -l libc.so.6 %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=NOLIB < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err

; NOLIB:      symbol __divti3 func unresolved [implicit]
; NOLIB-NEXT:   warning: not declared in the IR: the code generator calls it
; NOLIB-NEXT:   hint: the runner's own process has it (in libgcc_s.so.1), but jitxr never takes symbols from its own process
; NOLIB-NEXT:   hint: libgcc_s.so.1 defines it: add -l gcc_s
; NOLIB-NEXT: entry main - not-run

; ERR: jitxr: error: 1 unresolved symbol: __divti3

; CHECK:      library libgcc_s.so.1 /{{.*}}/libgcc_s.so.1 (default)
; CHECK:      symbol __divti3 func mapped libgcc_s.so.1 [implicit]
; CHECK-NEXT:   warning: not declared in the IR: the code generator calls it
; CHECK-NEXT: entry main runfunction ok
; CHECK-NEXT: result i64 6148914691236517206

define i64 @main() {
  %slot = alloca i128
  store volatile i128 170141183460469231731687303715884105727, ptr %slot
  %x = load volatile i128, ptr %slot
  %q = sdiv i128 %x, -3
  %r = trunc i128 %q to i64
  ret i64 %r
}
