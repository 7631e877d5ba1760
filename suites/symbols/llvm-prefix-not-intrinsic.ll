; Guards: a declaration named llvm.* that is no intrinsic LLVM knows
; (`declare i32 @llvm.notanintrinsic(i32)`) parses as an ordinary function, and code
; generation calls it by its name: it is an external symbol like any other. Unresolved, it
; stops the run (exit 4) on every engine; from a library that defines it, it is mapped and
; called. (Was a defect: it was skipped as an "intrinsic", never reported, and the entry
; crashed on MCJIT, failed to link on ORC, and aborted the interpreter.) Real intrinsics
; (llvm.expect here) are still not symbols.
; RUN: %exit 4 %jitxr --engine mcjit %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefixes=UNRES,STOPPED < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %exit 4 %jitxr --engine orc %s 2>&1 | FileCheck %s --check-prefixes=UNRES,STOPPED,ERR
; RUN: %exit 4 %jitxr --engine interp %s 2>&1 | FileCheck %s --check-prefixes=UNRES,STOPPED,ERR
; RUN: %exit 4 %jitxr --no-run %s | FileCheck %s --check-prefix=UNRES
; RUN: %cc-so %S/Inputs/llvm-prefix.c -o %t.so
; RUN: %exit 0 %jitxr --engine mcjit -l %t.so %s | FileCheck %s --check-prefix=MAPPED
; RUN: %exit 0 %jitxr --engine orc -l %t.so %s | FileCheck %s --check-prefix=MAPPED
; RUN: %exit 0 %jitxr --engine interp -l %t.so %s | FileCheck %s --check-prefix=MAPPED

; UNRES-NOT: symbol llvm.expect
; UNRES:     symbol llvm.notanintrinsic func unresolved
; UNRES-NOT: symbol llvm.expect
; STOPPED:    entry main - not-run
; ERR:       jitxr: error: 1 unresolved symbol: llvm.notanintrinsic{{$}}

; MAPPED-NOT: symbol llvm.expect
; MAPPED:     symbol llvm.notanintrinsic func mapped llvm-prefix-not-intrinsic.ll.tmp.so
; MAPPED:     entry main {{runfunction|thunk}} ok
; MAPPED-NEXT: result i32 21{{$}}

declare i32 @llvm.notanintrinsic(i32)
declare i32 @llvm.expect.i32(i32, i32)

define i32 @main() {
  %r = call i32 @llvm.notanintrinsic(i32 3)
  %m = call i32 @llvm.expect.i32(i32 %r, i32 21)
  ret i32 %m
}
