; Guards: an integer division by zero computed at run time (the divisor comes from --arg,
; so nothing folds it) is reported as the target makes it: on x86-64 idiv traps and the
; entry is crashed with SIGFPE (exit 5) on MCJIT, ORC and the interpreter (which divides
; natively); on AArch64 sdiv does not trap and gives 0, an ordinary result (exit 0). The
; IR calls this undefined behaviour; the report must say what happened, not guess.
; RUN: %exit %if x86_64 %{5%} %else %{0%} %jitxr --engine mcjit --entry divide --arg 7 --arg 0 %s 2> /dev/null | FileCheck %s --check-prefix=%ARCH
; RUN: %exit %if x86_64 %{5%} %else %{0%} %jitxr --engine orc --entry divide --arg 7 --arg 0 %s 2> /dev/null | FileCheck %s --check-prefix=%ARCH
; RUN: %exit %if x86_64 %{5%} %else %{0%} %jitxr --engine interp --invoke thunk --entry divide --arg 7 --arg 0 %s 2> /dev/null | FileCheck %s --check-prefix=%ARCH

; X86_64:       entry divide thunk crashed SIGFPE
; X86_64-NOT:   {{^}}result
; AARCH64:      entry divide thunk ok
; AARCH64-NEXT: result i32 0{{$}}

define i32 @divide(i32 %a, i32 %b) {
  %r = sdiv i32 %a, %b
  ret i32 %r
}
