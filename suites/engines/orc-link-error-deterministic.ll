; Guards: when ORC cannot run the module (here: its own thread-local global, which needs
; the ORC runtime's platform that LLJIT's C API does not set up), the report says why, in
; one error line, the same from run to run. (Was: ORC failed to link it, printed its own
; "JIT session error: Symbols not found: ..." line on stderr besides jitxr's, and jitxr's
; line listed the symbols that failed to materialize in hash order, different each run;
; jitxr now refuses such a module before ORC sees it, symbols/tls-definition-own.ll.)
; REQUIRES: x86_64
; RUN: %exit 5 %jitxr --engine orc %s > %t.out 2> %t.1
; RUN: %exit 5 %jitxr --engine orc %s 2> %t.2
; RUN: %exit 5 %jitxr --engine orc %s 2> %t.3
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.1
; RUN: count 1 < %t.1
; RUN: diff %t.1 %t.2
; RUN: diff %t.1 %t.3

; CHECK: entry main - unsupported
; ERR:   jitxr: error: entry 'main' not run on orc: the module's own thread-local 't' needs ORC's ELFNix platform{{.*}}{{$}}

@t = thread_local global i32 5

define i32 @main() {
  %v = load i32, ptr @t
  ret i32 %v
}
