; Guards: a module's own thread-local global is not an external symbol: nothing to resolve,
; nothing refused, and the runner must not abort while scanning the module for calls the
; code generator adds (LLVM aborts the process on TLS in AArch64's JIT code model, so the
; scan compiles its copy without TLS). The entry runs and reads the value on MCJIT. ORC is
; refused before running (exit 5, one line with the reason): its TLS needs the ORC
; runtime's ELFNix platform, which LLJIT's C API does not set up; without it the access
; failed to link ("Symbols not found: [ __tls_get_addr ]", the cause on another line), or,
; with __tls_get_addr mapped from the dynamic loader, read 0 instead of 5.
; RUN: %exit 0 %jitxr %s | FileCheck %s
; RUN: %exit 5 %jitxr --engine orc %s 2>&1 | FileCheck %s --check-prefix=ORC

; CHECK-NOT: {{^}}symbol 
; CHECK:     entry main runfunction ok
; CHECK-NEXT: result i32 5
; ORC: jitxr: error: entry 'main' not run on orc: the module's own thread-local 't' needs ORC's ELFNix platform (the ORC runtime), which LLJIT's C API does not set up

@t = thread_local global i32 5

define i32 @main() {
  %v = load i32, ptr @t
  ret i32 %v
}
