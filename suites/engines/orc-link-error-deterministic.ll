; Guards: when ORC cannot run the module (here: its own thread-local global used in a
; constant expression, which jitxr's emulated TLS for ORC does not lower; LLJIT's C API sets
; up no platform for native TLS), the report says why, in one error line, the same from run
; to run. (Was: ORC failed to link a module's TLS, printed its own "JIT session error:
; Symbols not found: ..." line on stderr besides jitxr's, and jitxr's line listed the symbols
; that failed to materialize in hash order, different each run; jitxr now lowers TLS for
; ORC, symbols/tls-definition-own.ll, and refuses what it cannot lower before ORC sees it.)
; RUN: %exit 5 %jitxr --engine orc %s > %t.out 2> %t.1
; RUN: %exit 5 %jitxr --engine orc %s 2> %t.2
; RUN: %exit 5 %jitxr --engine orc %s 2> %t.3
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.1
; RUN: count 1 < %t.1
; RUN: diff %t.1 %t.2
; RUN: diff %t.1 %t.3

; CHECK: entry main - unsupported
; ERR:   jitxr: error: entry 'main' not run on orc: the module's own thread-local 't' is used in a constant expression or another global's initializer, which jitxr's emulated TLS for ORC cannot lower (LLJIT's C API sets up no ELFNix platform for native TLS){{$}}

@t = thread_local global [2 x i32] [i32 5, i32 6]

define i32 @main() {
  %v = load i32, ptr getelementptr (i8, ptr @t, i64 4)
  ret i32 %v
}
