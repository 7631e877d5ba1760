; Guards: printf output of interpreted code beside puts would come out of order, so the
; interpreter refuses it before running (status unsupported, exit 5, the reason named),
; where MCJIT and ORC print it in order before the report (output-order.ll).
; Why: LLVM's interpreter never calls the printf that jitxr maps: it runs its own
; (lle_X_printf in ExecutionEngine/Interpreter/ExternalFunctions.cpp, chosen by name before
; any mapping), which formats into a buffer and writes it to llvm::outs(), a stream with
; its own buffer, flushed only when the process exits: after everything puts wrote (the
; line came out of order; this case was XFAIL), or, if the child ends with _exit, never;
; with --no-fork, after the report. The interpreter replaces sprintf, fprintf, exit, abort
; and a few more by name too, but only printf writes elsewhere (runner/interp.c).
; RUN: %exit 5 %jitxr --engine interp %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %exit 5 %jitxr --engine interp --no-fork %s 2>&1 | FileCheck %s --check-prefix=ERR
; RUN: %jitxr --engine mcjit %s | FileCheck %s --check-prefix=MCJIT

; CHECK-NOT:  {{^}}first
; CHECK:      entry main - unsupported
; ERR:        jitxr: error: entry 'main' not run on interp: 'main' calls puts beside printf: LLVM's interpreter's own printf writes to LLVM's buffered stream, flushed only at the end, so the program's lines would come out of order

; MCJIT:      {{^}}first{{$}}
; MCJIT-NEXT: {{^}}second 42 word{{$}}
; MCJIT-NEXT: {{^}}third{{$}}
; MCJIT-NEXT: {{^}}module:
; MCJIT:      result i32 7{{$}}

@first = private constant [6 x i8] c"first\00"
@fmt = private constant [14 x i8] c"second %d %s\0A\00"
@word = private constant [5 x i8] c"word\00"
@third = private constant [6 x i8] c"third\00"
declare i32 @puts(ptr)
declare i32 @printf(ptr, ...)

define i32 @main() {
  call i32 @puts(ptr @first)
  call i32 (ptr, ...) @printf(ptr @fmt, i32 42, ptr @word)
  call i32 @puts(ptr @third)
  ret i32 7
}
