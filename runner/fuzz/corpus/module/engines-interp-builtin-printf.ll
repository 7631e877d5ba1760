; Guards: a documented engine difference is reported, not hidden. The interpreter has its
; own printf (and sprintf, fprintf, scanf, sscanf, memset, memcpy, exit, abort, atexit:
; llvm/lib/ExecutionEngine/Interpreter/ExternalFunctions.cpp) and never looks the mapping
; up, so a library's printf reaches MCJIT and ORC code but not interpreted code. The report
; warns on the symbol, and --compare-engines shows the difference (exit 7).
; RUN: %cc-so %S/Inputs/own_printf.c -o %t.so
; RUN: %exit 0 %jitxr -l %t.so --engine mcjit %s | FileCheck %s --check-prefix=MCJIT
; RUN: %exit 7 %jitxr -l %t.so --compare-engines %s 2> %t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=ERR < %t.err

; MCJIT:      symbol printf func mapped {{.*}}.so (shadowed: libc.so.6)
; MCJIT-NEXT: entry main runfunction ok
; MCJIT-NEXT: result i32 1234

; CHECK:      symbol printf func mapped {{.*}}.so (shadowed: libc.so.6)
; CHECK-NEXT:   warning: the interpreter calls its own built-in printf, not this mapping
; CHECK:      engine mcjit runfunction ok i32 1234
; CHECK-NEXT: engine orc thunk ok i32 1234
; interpreted: the built-in printf printed "value: 42\n", 10 characters
; CHECK-NEXT: engine interp runfunction ok i32 10

; ERR: jitxr: error: engines disagree on 'main': mcjit gives i32 1234; orc gives i32 1234; interp gives i32 10

@fmt = private constant [11 x i8] c"value: %d\0A\00"
declare i32 @printf(ptr, ...)

define i32 @main() {
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 42)
  ret i32 %r
}
