; Guards: on MCJIT, --invoke runfunction refuses every signature outside the shapes
; MCJIT::runFunction passes itself, before anything runs (exit 5, status unsupported):
; a parameter that is not the leading i32 makes it abort the process ("Full-featured
; argument passing not supported yet!"), a non-i32 return with parameters likewise, and
; a vector return is read as the wrong type. Each entry would print RAN-IT first; it must
; never appear. With --invoke auto the same entry runs through the thunk and prints it.
; RUN: %exit 5 %jitxr --invoke runfunction --engine mcjit --entry take_i64 --arg 1 %s > %t.i64 2> %t.i64.err
; RUN: FileCheck %s --check-prefix=I64 --implicit-check-not=RAN-IT < %t.i64
; RUN: FileCheck %s --check-prefix=I64-ERR < %t.i64.err
; RUN: %exit 5 %jitxr --invoke runfunction --engine mcjit --entry take_double --arg 1.5 %s > %t.double 2> %t.double.err
; RUN: FileCheck %s --check-prefix=DOUBLE --implicit-check-not=RAN-IT < %t.double
; RUN: FileCheck %s --check-prefix=DOUBLE-ERR < %t.double.err
; RUN: %exit 5 %jitxr --invoke runfunction --engine mcjit --entry two_i32 --arg 1 --arg 2 %s > %t.two 2> %t.two.err
; RUN: FileCheck %s --check-prefix=TWO --implicit-check-not=RAN-IT < %t.two
; RUN: FileCheck %s --check-prefix=TWO-ERR < %t.two.err
; RUN: %exit 5 %jitxr --invoke runfunction --engine mcjit --entry i32_to_i64 --arg 1 %s > %t.ret 2> %t.ret.err
; RUN: FileCheck %s --check-prefix=RET --implicit-check-not=RAN-IT < %t.ret
; RUN: FileCheck %s --check-prefix=RET-ERR < %t.ret.err
; RUN: %exit 5 %jitxr --invoke runfunction --engine mcjit --entry ret_vector %s > %t.vec 2> %t.vec.err
; RUN: FileCheck %s --check-prefix=VEC --implicit-check-not=RAN-IT < %t.vec
; RUN: FileCheck %s --check-prefix=VEC-ERR < %t.vec.err
; RUN: %exit 0 %jitxr --engine mcjit --entry take_double --arg 1.5 %s | FileCheck %s --check-prefix=AUTO

; I64:       entry take_i64 runfunction unsupported
; I64-NOT:   {{^}}result
; I64-ERR:   jitxr: error: entry 'take_i64' has type 'i64 (i64)': LLVMRunFunction cannot call it safely on mcjit (MCJIT passes parameters only as (i32), (i32, ptr) or (i32, ptr, ptr) returning i32 or void, and aborts otherwise); not run
; DOUBLE:    entry take_double runfunction unsupported
; DOUBLE-NOT: {{^}}result
; DOUBLE-ERR: jitxr: error: entry 'take_double' has type 'double (double)': LLVMRunFunction cannot call it safely on mcjit
; TWO:       entry two_i32 runfunction unsupported
; TWO-NOT:   {{^}}result
; TWO-ERR:   jitxr: error: entry 'two_i32' has type 'i32 (i32, i32)': LLVMRunFunction cannot call it safely on mcjit
; RET:       entry i32_to_i64 runfunction unsupported
; RET-NOT:   {{^}}result
; RET-ERR:   jitxr: error: entry 'i32_to_i64' has type 'i64 (i32)': LLVMRunFunction cannot call it safely on mcjit
; VEC:       entry ret_vector runfunction unsupported
; VEC-NOT:   {{^}}result
; VEC-ERR:   jitxr: error: entry 'ret_vector' has type '<2 x i64> ()': LLVMRunFunction cannot call it safely on mcjit (MCJIT reads this return type with the wrong type (undefined behaviour)); not run

; AUTO:      RAN-IT
; AUTO:      entry take_double thunk ok
; AUTO-NEXT: result double 3 (0x4008000000000000)

@msg = private constant [7 x i8] c"RAN-IT\00"
declare i32 @puts(ptr)

define i64 @take_i64(i64 %x) {
  call i32 @puts(ptr @msg)
  ret i64 %x
}

define double @take_double(double %x) {
  call i32 @puts(ptr @msg)
  %r = fmul double %x, 2.0
  ret double %r
}

define i32 @two_i32(i32 %a, i32 %b) {
  call i32 @puts(ptr @msg)
  ret i32 %a
}

define i64 @i32_to_i64(i32 %a) {
  call i32 @puts(ptr @msg)
  %r = sext i32 %a to i64
  ret i64 %r
}

define <2 x i64> @ret_vector() {
  call i32 @puts(ptr @msg)
  ret <2 x i64> <i64 1, i64 2>
}
