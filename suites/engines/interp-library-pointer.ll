; Guards: a library function whose address a global's initializer holds, called through
; that pointer, is refused on LLVM's interpreter before anything runs (exit 5, the reason
; named): the initializer holds the library's machine code, which the interpreter would take
; for one of its own Function objects (it once "ran" by luck: undefined behaviour). Where an
; instruction takes the address, the interpreter has its own Function object and calls the
; library properly (entry/thunk-ptr-libc-symbol.ll). The check is the module's: any call
; through a pointer beside such an initializer is refused. MCJIT runs it.
; RUN: %exit 5 %jitxr --engine interp %s 2>&1 | FileCheck %s
; RUN: %exit 0 %jitxr --engine mcjit %s | FileCheck %s --check-prefix=MCJIT

; CHECK: jitxr: error: entry 'main' not run on interp: 'main' calls through a pointer, and the library function 'open' is in a global's initializer: LLVM's interpreter would run the library's machine code as one of its own functions
; MCJIT: result i32 3

@path = private constant [10 x i8] c"/dev/null\00"
@slot = global ptr @open
declare i32 @open(ptr, i32, ...)

define i32 @main() {
  %p = load ptr, ptr @slot
  %fd = call i32 (ptr, i32, ...) %p(ptr @path, i32 0)
  %ok = icmp sge i32 %fd, 0
  %r = select i1 %ok, i32 3, i32 1
  ret i32 %r
}
