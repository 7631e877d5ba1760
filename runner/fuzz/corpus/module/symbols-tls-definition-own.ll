; Guards: a module's own thread-local global is not an external symbol: nothing to resolve,
; nothing refused, and the runner must not abort while scanning the module for calls the
; code generator adds (LLVM aborts the process on TLS in AArch64's JIT code model, so the
; scan compiles its copy without TLS). The entry runs and reads the value.
; RUN: %exit 0 %jitxr %s | FileCheck %s

; CHECK-NOT: {{^}}symbol 
; CHECK:     entry main runfunction ok
; CHECK-NEXT: result i32 5

@t = thread_local global i32 5

define i32 @main() {
  %v = load i32, ptr @t
  ret i32 %v
}
