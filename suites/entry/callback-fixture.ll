; Guards: a fixture library calls a JIT function through a pointer the module passes it:
; fx_apply(fn, x) returns fn(x), on MCJIT (LLVMRunFunction) and ORC (the thunk); the
; callback runs as native code and its result comes back through the library.
; Engine difference: the interpreter's function pointer is its llvm::Function object, not
; code (Interpreter::getPointerToFunction): fx_apply jumps into data and the entry
; would die with SIGSEGV; jitxr refuses it before running (interp.c: status unsupported,
; exit 5), on both architectures.
; RUN: %jitxr -l %fixtures/libfx.so --engine mcjit %s | FileCheck %s --check-prefixes=CHECK,RF
; RUN: %jitxr -l %fixtures/libfx.so --engine orc %s | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: %exit 5 %jitxr -l %fixtures/libfx.so --engine interp %s 2> %t.err | FileCheck %s --check-prefix=INTERP
; RUN: FileCheck %s --check-prefix=INTERP-ERR < %t.err

; CHECK:      {{^}}callback 21{{$}}
; CHECK:      symbol fx_apply func mapped libfx.so
; RF:         entry main runfunction ok
; THUNK:      entry main thunk ok
; 21 * 2 from the callback, + 1000 after it returned
; CHECK-NEXT: result i32 1042{{$}}

; INTERP:      entry main - unsupported
; INTERP-NOT:  {{^}}result
; INTERP-ERR:  jitxr: error: entry 'main' not run on interp: 'main' passes its function '{{[a-z]+}}' to the library function

@fmt = private constant [13 x i8] c"callback %d\0A\00"
declare i32 @fx_apply(ptr, i32)
declare i32 @printf(ptr, ...)

define internal i32 @twice(i32 %x) {
  call i32 (ptr, ...) @printf(ptr @fmt, i32 %x)
  %r = mul i32 %x, 2
  ret i32 %r
}

define i32 @main() {
  %v = call i32 @fx_apply(ptr @twice, i32 21)
  %r = add i32 %v, 1000
  ret i32 %r
}
