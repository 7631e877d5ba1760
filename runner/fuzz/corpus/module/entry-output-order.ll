; Guards: what JIT code writes to stdout comes first, complete and in its own order, and the
; report follows it: the child flushes the entry's stdio before answering, and the parent
; prints nothing before it has the answer. On MCJIT and ORC with puts and printf mixed;
; on all three engines with puts, fputs and putchar (the interpreter's printf is
; output-printf-interp.ll). Nothing of the report may come before the entry's lines.
; RUN: %jitxr --engine mcjit %s | FileCheck %s
; RUN: %jitxr --engine orc %s | FileCheck %s
; RUN: %jitxr --engine mcjit --no-fork %s | FileCheck %s
; RUN: %jitxr --engine mcjit --entry plain %s | FileCheck %s --check-prefix=PLAIN
; RUN: %jitxr --engine orc --entry plain %s | FileCheck %s --check-prefix=PLAIN
; RUN: %jitxr --engine interp --entry plain %s | FileCheck %s --check-prefix=PLAIN

; CHECK-NOT:  {{^(module|arch|llvm|engine|library|symbol|entry|result)}}
; CHECK:      {{^}}first{{$}}
; CHECK-NEXT: {{^}}second 42 word 2.5{{$}}
; CHECK-NEXT: {{^}}third{{$}}
; CHECK-NEXT: {{^}}module: {{.*}}output-order.ll{{$}}
; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i32 7{{$}}

; PLAIN-NOT:  {{^(module|arch|llvm|engine|library|symbol|entry|result)}}
; PLAIN:      {{^}}first{{$}}
; PLAIN-NEXT: {{^}}no newline, then X{{$}}
; PLAIN-NEXT: {{^}}third{{$}}
; PLAIN-NEXT: {{^}}module: {{.*}}output-order.ll{{$}}
; PLAIN:      entry plain {{runfunction|thunk}} ok
; PLAIN-NEXT: result i32 8{{$}}

@first = private constant [6 x i8] c"first\00"
@fmt = private constant [17 x i8] c"second %d %s %g\0A\00"
@word = private constant [5 x i8] c"word\00"
@third = private constant [6 x i8] c"third\00"
@partial = private constant [18 x i8] c"no newline, then \00"
@stdout = external global ptr
declare i32 @puts(ptr)
declare i32 @printf(ptr, ...)
declare i32 @fputs(ptr, ptr)
declare i32 @putchar(i32)

define i32 @main() {
  call i32 @puts(ptr @first)
  call i32 (ptr, ...) @printf(ptr @fmt, i32 42, ptr @word, double 2.5)
  call i32 @puts(ptr @third)
  ret i32 7
}

define i32 @plain() {
  call i32 @puts(ptr @first)
  %out = load ptr, ptr @stdout
  call i32 @fputs(ptr @partial, ptr %out)
  call i32 @putchar(i32 88)
  call i32 @putchar(i32 10)
  call i32 @puts(ptr @third)
  ret i32 8
}
