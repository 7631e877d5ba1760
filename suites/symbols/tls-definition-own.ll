; Guards: a module's own thread-local global is not an external symbol: nothing to resolve,
; nothing refused, and the runner must not abort while scanning the module for calls the
; code generator adds (LLVM aborts the process on TLS in AArch64's JIT code model, so the
; scan compiles its copy without TLS). The entry runs and reads the value on MCJIT. On ORC,
; whose native TLS needs the ORC runtime's ELFNix platform that LLJIT's C API does not set
; up (without it the access failed to link, "Symbols not found: [ __tls_get_addr ]", or,
; with __tls_get_addr mapped from the dynamic loader, read 0 instead of 5), the module's TLS
; is lowered as -femulated-tls lowers it (runner/emutls.c): the one symbol it needs,
; libgcc_s's __emutls_get_address, is implicit, resolved and reported, and the value is 5.
; Each thread's own copy: programs/thread-local.test.
; RUN: %exit 0 %jitxr %s | FileCheck %s
; RUN: %exit 0 %jitxr --engine orc %s 2>&1 | FileCheck %s --check-prefix=ORC

; CHECK-NOT: {{^}}symbol 
; CHECK:     entry main runfunction ok
; CHECK-NEXT: result i32 5
; ORC:      symbol __emutls_get_address func mapped libgcc_s.so.1 [implicit]
; ORC:      entry main thunk ok
; ORC-NEXT: result i32 5

@t = thread_local global i32 5

define i32 @main() {
  %v = load i32, ptr @t
  ret i32 %v
}
