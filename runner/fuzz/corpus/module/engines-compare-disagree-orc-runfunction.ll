; Guards: --invoke runfunction asks every engine for LLVMRunFunction, and ORC has none (the
; LLJIT C API only looks symbols up: there is no generic call), so jitxr refuses the entry
; on ORC before anything runs (status unsupported) while MCJIT and the interpreter run it:
; --compare-engines reports that as a disagreement, exit 7, whichever engine --engine names
; first. The disagreement outranks ORC's own refusal (exit 5) when ORC runs first.
; RUN: %exit 7 %jitxr --compare-engines --invoke runfunction -l %fixtures/libfx.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "^jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 7 %jitxr --engine orc --compare-engines --invoke runfunction -l %fixtures/libfx.so %s > %t.orc.out 2> %t.orc.err
; RUN: FileCheck %s --check-prefix=ORC < %t.orc.out
; RUN: FileCheck %s --check-prefix=ERR < %t.orc.err
; RUN: grep -c "^jitxr: error:" %t.orc.err | FileCheck %s --check-prefix=ONE
; Without --invoke runfunction, ORC goes through the generated thunk and all three agree.
; RUN: %exit 0 %jitxr --compare-engines -l %fixtures/libfx.so %s | FileCheck %s --check-prefix=AUTO

; CHECK:      entry main runfunction ok
; CHECK-NEXT: result i32 60
; CHECK-NEXT: engine mcjit runfunction ok i32 60{{$}}
; CHECK-NEXT: engine orc runfunction unsupported (entry 'main' has type 'i32 ()': LLVMRunFunction cannot call it safely on orc (ORC has no LLVMRunFunction); not run){{$}}
; CHECK-NEXT: engine interp runfunction ok i32 60{{$}}

; ORC:      engine: orc
; ORC:      entry main runfunction unsupported
; ORC-NEXT: engine mcjit runfunction ok i32 60{{$}}
; ORC-NEXT: engine orc runfunction unsupported
; ORC-NEXT: engine interp runfunction ok i32 60{{$}}

; ERR: jitxr: error: engines disagree on 'main': mcjit gives i32 60; orc unsupported; interp gives i32 60{{$}}

; ONE: {{^}}1{{$}}

; AUTO:      engine mcjit runfunction ok i32 60{{$}}
; AUTO-NEXT: engine orc thunk ok i32 60{{$}}
; AUTO-NEXT: engine interp runfunction ok i32 60{{$}}

declare i32 @fx_add3(i32, i32, i32)

define i32 @main() {
  %r = call i32 @fx_add3(i32 10, i32 20, i32 30)
  ret i32 %r
}
