; Guards: on the interpreter, --invoke runfunction refuses what LLVM-C's LLVMGenericValue
; cannot carry, before anything runs (exit 5, status unsupported): an aggregate return,
; an i128 return or parameter (wider than the 64 bits LLVMGenericValueToInt gives), a
; half parameter. The interpreter would otherwise hand back a truncated or meaningless
; value. Each entry would print RAN-IT first; it must never appear. A scalar signature
; MCJIT refuses, (i64, double) -> double, is taken by the interpreter's runfunction.
; RUN: %exit 5 %jitxr --invoke runfunction --engine interp --entry ret_struct %s > %t.struct 2> %t.struct.err
; RUN: FileCheck %s --check-prefix=STRUCT --implicit-check-not=RAN-IT < %t.struct
; RUN: FileCheck %s --check-prefix=STRUCT-ERR < %t.struct.err
; RUN: %exit 5 %jitxr --invoke runfunction --engine interp --entry ret_i128 %s > %t.i128 2> %t.i128.err
; RUN: FileCheck %s --check-prefix=I128 --implicit-check-not=RAN-IT < %t.i128
; RUN: FileCheck %s --check-prefix=I128-ERR < %t.i128.err
; RUN: %exit 5 %jitxr --invoke runfunction --engine interp --entry take_i128 --arg 1 %s > %t.arg 2> %t.arg.err
; RUN: FileCheck %s --check-prefix=ARG --implicit-check-not=RAN-IT < %t.arg
; RUN: FileCheck %s --check-prefix=ARG-ERR < %t.arg.err
; RUN: %exit 5 %jitxr --invoke runfunction --engine interp --entry take_half --arg 1 %s > %t.half 2> %t.half.err
; RUN: FileCheck %s --check-prefix=HALF --implicit-check-not=RAN-IT < %t.half
; RUN: FileCheck %s --check-prefix=HALF-ERR < %t.half.err
; RUN: %jitxr --invoke runfunction --engine interp --entry scalars --arg -3 --arg 0.25 %s | FileCheck %s --check-prefix=SCALARS

; STRUCT:     entry ret_struct runfunction unsupported
; STRUCT-NOT: {{^}}result
; STRUCT-ERR: jitxr: error: entry 'ret_struct' has type '{ i32, i32 } ()': LLVMRunFunction cannot call it safely on interp (the C API's LLVMGenericValue carries only iN (N <= 64), float, double and ptr); not run
; I128:       entry ret_i128 runfunction unsupported
; I128-NOT:   {{^}}result
; I128-ERR:   jitxr: error: entry 'ret_i128' has type 'i128 ()': LLVMRunFunction cannot call it safely on interp
; ARG:        entry take_i128 runfunction unsupported
; ARG-NOT:    {{^}}result
; ARG-ERR:    jitxr: error: entry 'take_i128' has type 'i32 (i128)': LLVMRunFunction cannot call it safely on interp
; HALF:       entry take_half runfunction unsupported
; HALF-NOT:   {{^}}result
; HALF-ERR:   jitxr: error: entry 'take_half' has type 'i32 (half)': LLVMRunFunction cannot call it safely on interp

; SCALARS:      RAN-IT
; SCALARS:      entry scalars runfunction ok
; SCALARS-NEXT: result double -2.75 (0xc006000000000000)

@msg = private constant [7 x i8] c"RAN-IT\00"
declare i32 @puts(ptr)

define { i32, i32 } @ret_struct() {
  call i32 @puts(ptr @msg)
  %a = insertvalue { i32, i32 } poison, i32 1, 0
  %b = insertvalue { i32, i32 } %a, i32 2, 1
  ret { i32, i32 } %b
}

define i128 @ret_i128() {
  call i32 @puts(ptr @msg)
  ret i128 18446744073709551617
}

define i32 @take_i128(i128 %x) {
  call i32 @puts(ptr @msg)
  ret i32 0
}

define i32 @take_half(half %x) {
  call i32 @puts(ptr @msg)
  ret i32 0
}

define double @scalars(i64 %a, double %b) {
  call i32 @puts(ptr @msg)
  %af = sitofp i64 %a to double
  %r = fadd double %af, %b
  ret double %r
}
