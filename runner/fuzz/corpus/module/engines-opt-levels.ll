; Guards: the optimization level changes how the JIT compiles, never what the code computes:
; -O0 .. -O3 give the same value on MCJIT, ORC and the interpreter. -O sets the code
; generator's level: FastISel at -O0, SelectionDAG with loop strength reduction, machine
; LICM and the other machine passes above it; a miscompile at one level, or an -O option
; that reached one engine and not another, would change a line (the interpreter compiles
; nothing: it is the reference at every level). The entry is a weighted sum over the
; library's fx_table ("0123456789abcde" and its terminating 0), indexed by the induction
; variable that strength reduction rewrites.
; RUN: %exit 0 %jitxr -O0 --compare-engines -l %fixtures/libfx.so %s | FileCheck %s
; RUN: %exit 0 %jitxr -O1 --compare-engines -l %fixtures/libfx.so %s | FileCheck %s
; RUN: %exit 0 %jitxr -O2 --compare-engines -l %fixtures/libfx.so %s | FileCheck %s
; RUN: %exit 0 %jitxr -O3 --compare-engines -l %fixtures/libfx.so %s | FileCheck %s

; sum of (i + 1) * fx_table[i] for i in 0 .. 15
; CHECK:      symbol fx_table data mapped libfx.so{{$}}
; CHECK-NEXT: entry main runfunction ok
; CHECK-NEXT: result i64 9415{{$}}
; CHECK-NEXT: engine mcjit runfunction ok i64 9415{{$}}
; CHECK-NEXT: engine orc thunk ok i64 9415{{$}}
; CHECK-NEXT: engine interp runfunction ok i64 9415{{$}}

@fx_table = external global [16 x i8]

define i64 @main() {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
  %p = getelementptr [16 x i8], ptr @fx_table, i64 0, i64 %i
  %c = load i8, ptr %p
  %cz = zext i8 %c to i64
  %i.next = add i64 %i, 1
  %term = mul i64 %cz, %i.next
  %acc.next = add i64 %acc, %term
  %done = icmp eq i64 %i.next, 16
  br i1 %done, label %exit, label %loop

exit:
  ret i64 %acc.next
}
