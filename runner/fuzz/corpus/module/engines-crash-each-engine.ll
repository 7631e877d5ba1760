; Guards: a crash in the entry is reported as a crash of the JIT code on every engine: status
; crashed with the signal, no result, exit 5 and one error line, from the child process;
; the runner itself never shares it (an engine that ran the entry in the runner, or caught
; the signal and went on, would show here). The store to address 0 is defined to happen
; (null_pointer_is_valid), so every engine performs it: MCJIT and ORC in machine code, the
; interpreter as its own store.
; RUN: %exit 5 %jitxr --engine mcjit %s > %t.mcjit 2> %t.mcjit.err
; RUN: FileCheck %s -DENGINE=mcjit -DINVOKE=runfunction < %t.mcjit
; RUN: FileCheck %s --check-prefix=ERR < %t.mcjit.err
; RUN: %exit 5 %jitxr --engine orc %s > %t.orc 2> %t.orc.err
; RUN: FileCheck %s -DENGINE=orc -DINVOKE=thunk < %t.orc
; RUN: FileCheck %s --check-prefix=ERR < %t.orc.err
; RUN: %exit 5 %jitxr --engine interp %s > %t.interp 2> %t.interp.err
; RUN: FileCheck %s -DENGINE=interp -DINVOKE=runfunction < %t.interp
; RUN: FileCheck %s --check-prefix=ERR < %t.interp.err
; RUN: cat %t.mcjit.err %t.orc.err %t.interp.err | grep -c "^jitxr: error:" | FileCheck %s --check-prefix=THREE

; CHECK:      engine: [[ENGINE]]
; CHECK:      entry main [[INVOKE]] crashed SIGSEGV{{$}}
; CHECK-NOT:  {{.}}

; ERR:      jitxr: error: entry 'main' crashed: SIGSEGV{{$}}

; THREE: {{^}}3{{$}}

define i32 @main() null_pointer_is_valid {
  store volatile i32 7, ptr null
  ret i32 0
}
