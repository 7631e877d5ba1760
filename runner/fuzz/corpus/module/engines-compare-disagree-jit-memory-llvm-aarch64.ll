; Guards: on AArch64, --compare-engines with --jit-memory llvm shows llvm-project issue 71963
; as a disagreement, exit 7: MCJIT with LLVM's section memory manager crashes reading an
; external global (its GOT is out of adrp's reach of the code) while ORC and the interpreter
; read it. The crash is MCJIT's own child's; the other engines still run and report.
; REQUIRES: aarch64
; RUN: %exit 7 %jitxr --jit-memory llvm --compare-engines -l %fixtures/libfx.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "^jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; The same comparison with jitxr's pool (the default) agrees.
; RUN: %exit 0 %jitxr --compare-engines -l %fixtures/libfx.so %s | FileCheck %s --check-prefix=POOL

; CHECK:      entry main runfunction crashed SIGSEGV{{$}}
; CHECK-NEXT: engine mcjit runfunction crashed SIGSEGV{{$}}
; CHECK-NEXT: engine orc thunk ok i32 41{{$}}
; CHECK-NEXT: engine interp runfunction ok i32 41{{$}}

; ERR: jitxr: error: engines disagree on 'main': mcjit crashed (SIGSEGV); orc gives i32 41; interp gives i32 41{{$}}

; ONE: {{^}}1{{$}}

; POOL:      engine mcjit runfunction ok i32 41{{$}}
; POOL-NEXT: engine orc thunk ok i32 41{{$}}
; POOL-NEXT: engine interp runfunction ok i32 41{{$}}

@fx_counter = external global i32

define i32 @main() {
  %c = load i32, ptr @fx_counter
  ret i32 %c
}
