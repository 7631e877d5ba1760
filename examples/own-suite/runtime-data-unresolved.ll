; Guards: our runtime's data (rt_version) is read by JIT code on MCJIT and ORC, and a
; symbol the runtime does not define stops the run before any code executes (exit 4), with
; the symbol named, instead of a crash at run time.
; RUN: %cc-so %S/Inputs/backend_rt.c -o %t.so
; RUN: %jitxr --engine mcjit -l %t.so %s | FileCheck %s
; RUN: %jitxr --engine orc -l %t.so %s | FileCheck %s
; RUN: %exit 4 %jitxr -l %t.so %S/Inputs/unresolved.ll 2>&1 | FileCheck %s --check-prefix=MISSING

; CHECK: symbol rt_version data mapped {{.*}}.so{{$}}
; CHECK: result i32 3{{$}}

; MISSING: symbol rt_not_there func unresolved
; MISSING: jitxr: error: {{.*}}rt_not_there

@rt_version = external global i32

define i32 @main() {
  %v = load i32, ptr @rt_version
  ret i32 %v
}
