; Guards: with --engine interp --no-fork the interpreter runs in the runner's own process,
; and meeting an intrinsic it cannot execute (llvm.trap: IntrinsicLowering reports "Code
; generator does not support intrinsic function") is an LLVM fatal error there, whose
; default handler prints "LLVM ERROR: ..." and calls exit(1). The runner must say it in
; one `jitxr: error:` line, as the entry having failed, with exit 5, the same verdict as
; the forked run.
; RUN: %exit 5 %jitxr --engine interp --no-fork %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 5 %jitxr --engine interp %s > %t.forked.out 2> %t.forked.err
; RUN: FileCheck %s --check-prefix=FORKED < %t.forked.out
; RUN: grep -c "jitxr: error:" %t.forked.err | FileCheck %s --check-prefix=ONE

; ERR:    jitxr: error: entry 'main' failed: LLVM ERROR: Code generator does not support intrinsic function 'llvm.trap'!{{$}}
; FORKED: entry main runfunction crashed
; ONE:    {{^}}1{{$}}

declare void @llvm.trap()

define i32 @main() {
  call void @llvm.trap()
  unreachable
}
