; Guards: with --engine interp --no-fork the interpreter runs in the runner's own process,
; and meeting an intrinsic it cannot execute (llvm.trap: IntrinsicLowering reports "Code
; generator does not support intrinsic function") was an LLVM fatal error there, whose
; default handler printed "LLVM ERROR: ..." and called exit(1), with no jitxr line (then,
; with the handler: one line, the entry failed). Now interp.c finds the intrinsic before
; anything runs: one `jitxr: error:` line, the entry unsupported, exit 5, the same verdict
; as the forked run. (An LLVM fatal error in the runner's own process under --no-fork:
; codegen-cannot-select-pext-no-fork.ll.)
; RUN: %exit 5 %jitxr --engine interp --no-fork %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 5 %jitxr --engine interp %s > %t.forked.out 2> %t.forked.err
; RUN: FileCheck %s --check-prefix=FORKED < %t.forked.out
; RUN: grep -c "jitxr: error:" %t.forked.err | FileCheck %s --check-prefix=ONE

; ERR:    jitxr: error: entry 'main' not run on interp: 'main' calls the intrinsic 'llvm.trap', which LLVM's interpreter cannot execute ("Code generator does not support intrinsic function", an abort){{$}}
; FORKED: entry main - unsupported
; ONE:    {{^}}1{{$}}

declare void @llvm.trap()

define i32 @main() {
  call void @llvm.trap()
  unreachable
}
