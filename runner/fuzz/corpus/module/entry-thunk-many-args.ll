; Guards: an entry with 20 arguments, 10 i64 and 10 double interleaved, gets every one of
; them in its place through the thunk on MCJIT, ORC and the interpreter: more than the
; integer and the floating-point argument registers of both targets hold (6 + 8 on x86-64,
; 8 + 8 on AArch64), so the last ones go on the stack, each class counted on its own.
; MCJIT's LLVMRunFunction cannot pass any of this. The entry folds the arguments in order,
; h = h * 31 + v (mod 2^64), with v = the i64, or the double times 4 (so 2.25 gives 9 and
; a double read as an integer, or an argument in another's place, changes h).
; RUN: %jitxr --invoke thunk --engine mcjit --entry fold --arg 1 --arg 2.25 --arg 3 --arg 4.25 --arg 5 --arg 6.25 --arg 7 --arg 8.25 --arg 9 --arg 10.25 --arg 11 --arg 12.25 --arg 13 --arg 14.25 --arg 15 --arg 16.25 --arg 17 --arg 18.25 --arg 19 --arg 20.25 %s | FileCheck %s
; RUN: %jitxr --invoke thunk --engine orc --entry fold --arg 1 --arg 2.25 --arg 3 --arg 4.25 --arg 5 --arg 6.25 --arg 7 --arg 8.25 --arg 9 --arg 10.25 --arg 11 --arg 12.25 --arg 13 --arg 14.25 --arg 15 --arg 16.25 --arg 17 --arg 18.25 --arg 19 --arg 20.25 %s | FileCheck %s
; RUN: %jitxr --invoke thunk --engine interp --entry fold --arg 1 --arg 2.25 --arg 3 --arg 4.25 --arg 5 --arg 6.25 --arg 7 --arg 8.25 --arg 9 --arg 10.25 --arg 11 --arg 12.25 --arg 13 --arg 14.25 --arg 15 --arg 16.25 --arg 17 --arg 18.25 --arg 19 --arg 20.25 %s | FileCheck %s
; The interpreter's own LLVMRunFunction takes this all-scalar signature too (auto).
; RUN: %jitxr --engine interp --entry fold --arg 1 --arg 2.25 --arg 3 --arg 4.25 --arg 5 --arg 6.25 --arg 7 --arg 8.25 --arg 9 --arg 10.25 --arg 11 --arg 12.25 --arg 13 --arg 14.25 --arg 15 --arg 16.25 --arg 17 --arg 18.25 --arg 19 --arg 20.25 %s | FileCheck %s --check-prefix=INTERP-RF

; Python: h = 0; for v in [1, 9, 3, 17, ..., 19, 81]: h = (h * 31 + v) % 2**64
; CHECK:      entry fold thunk ok
; CHECK-NEXT: result i64 5424453698352855006{{$}}
; INTERP-RF:      entry fold runfunction ok
; INTERP-RF-NEXT: result i64 5424453698352855006{{$}}

define i64 @fold(i64 %a1, double %d2, i64 %a3, double %d4, i64 %a5, double %d6, i64 %a7, double %d8, i64 %a9, double %d10, i64 %a11, double %d12, i64 %a13, double %d14, i64 %a15, double %d16, i64 %a17, double %d18, i64 %a19, double %d20) {
  %h0 = add i64 0, 0
  %m1 = mul i64 %h0, 31
  %h1 = add i64 %m1, %a1
  %q2 = fmul double %d2, 4.0
  %v2 = fptosi double %q2 to i64
  %m2 = mul i64 %h1, 31
  %h2 = add i64 %m2, %v2
  %m3 = mul i64 %h2, 31
  %h3 = add i64 %m3, %a3
  %q4 = fmul double %d4, 4.0
  %v4 = fptosi double %q4 to i64
  %m4 = mul i64 %h3, 31
  %h4 = add i64 %m4, %v4
  %m5 = mul i64 %h4, 31
  %h5 = add i64 %m5, %a5
  %q6 = fmul double %d6, 4.0
  %v6 = fptosi double %q6 to i64
  %m6 = mul i64 %h5, 31
  %h6 = add i64 %m6, %v6
  %m7 = mul i64 %h6, 31
  %h7 = add i64 %m7, %a7
  %q8 = fmul double %d8, 4.0
  %v8 = fptosi double %q8 to i64
  %m8 = mul i64 %h7, 31
  %h8 = add i64 %m8, %v8
  %m9 = mul i64 %h8, 31
  %h9 = add i64 %m9, %a9
  %q10 = fmul double %d10, 4.0
  %v10 = fptosi double %q10 to i64
  %m10 = mul i64 %h9, 31
  %h10 = add i64 %m10, %v10
  %m11 = mul i64 %h10, 31
  %h11 = add i64 %m11, %a11
  %q12 = fmul double %d12, 4.0
  %v12 = fptosi double %q12 to i64
  %m12 = mul i64 %h11, 31
  %h12 = add i64 %m12, %v12
  %m13 = mul i64 %h12, 31
  %h13 = add i64 %m13, %a13
  %q14 = fmul double %d14, 4.0
  %v14 = fptosi double %q14 to i64
  %m14 = mul i64 %h13, 31
  %h14 = add i64 %m14, %v14
  %m15 = mul i64 %h14, 31
  %h15 = add i64 %m15, %a15
  %q16 = fmul double %d16, 4.0
  %v16 = fptosi double %q16 to i64
  %m16 = mul i64 %h15, 31
  %h16 = add i64 %m16, %v16
  %m17 = mul i64 %h16, 31
  %h17 = add i64 %m17, %a17
  %q18 = fmul double %d18, 4.0
  %v18 = fptosi double %q18 to i64
  %m18 = mul i64 %h17, 31
  %h18 = add i64 %m18, %v18
  %m19 = mul i64 %h18, 31
  %h19 = add i64 %m19, %a19
  %q20 = fmul double %d20, 4.0
  %v20 = fptosi double %q20 to i64
  %m20 = mul i64 %h19, 31
  %h20 = add i64 %m20, %v20
  ret i64 %h20
}
