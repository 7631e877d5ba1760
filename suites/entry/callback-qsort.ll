; Guards: native code calls back into JIT code: libc's qsort sorts with a comparator the
; module defines, passed as a function pointer, on MCJIT and ORC; the array comes back
; sorted (descending, so the comparator's sign convention is really used).
; Engine difference: LLVM's interpreter cannot be called from native code. A function
; pointer it passes out is its llvm::Function object (Interpreter::getPointerToFunction),
; not code, so qsort jumps into data and the entry dies with SIGSEGV; jitxr refuses it before
; running (interp.c: status unsupported, exit 5), on both architectures.
; RUN: %jitxr --engine mcjit %s | FileCheck %s
; RUN: %jitxr --engine orc %s | FileCheck %s
; RUN: %exit 5 %jitxr --engine interp %s 2> %t.err | FileCheck %s --check-prefix=INTERP
; RUN: FileCheck %s --check-prefix=INTERP-ERR < %t.err

; CHECK:      symbol qsort func mapped libc.so.6
; CHECK:      entry main thunk ok
; CHECK-NEXT: result [6 x i32] [ i32 9, i32 5, i32 3, i32 0, i32 -1, i32 -2147483648 ]{{$}}

; INTERP:      entry main - unsupported
; INTERP-NOT:  {{^}}result
; INTERP-ERR:  jitxr: error: entry 'main' not run on interp: 'main' passes its function '{{[a-z]+}}' to the library function

@data = global [6 x i32] [i32 5, i32 -1, i32 -2147483648, i32 9, i32 0, i32 3]

declare void @qsort(ptr, i64, i64, ptr)

; Descending: b <=> a, without subtraction (which overflows for INT_MIN).
define internal i32 @descending(ptr %pa, ptr %pb) {
  %a = load i32, ptr %pa
  %b = load i32, ptr %pb
  %gt = icmp sgt i32 %b, %a
  %lt = icmp slt i32 %b, %a
  %g = zext i1 %gt to i32
  %l = zext i1 %lt to i32
  %r = sub i32 %g, %l
  ret i32 %r
}

define [6 x i32] @main() {
  call void @qsort(ptr @data, i64 6, i64 4, ptr @descending)
  %r = load [6 x i32], ptr @data
  ret [6 x i32] %r
}
