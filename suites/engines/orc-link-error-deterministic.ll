; Guards: when ORC cannot link the module (here: a module's own thread-local global wants
; __tls_get_addr, which LLJIT without a platform does not provide), the report says why,
; in one error line, the same from run to run. (Was: ORC printed its own "JIT session
; error: Symbols not found: ..." line on stderr besides jitxr's, and jitxr's line listed
; the symbols that failed to materialize in hash order, different each run.)
; REQUIRES: x86_64
; RUN: %exit 5 %jitxr --engine orc %s > %t.out 2> %t.1
; RUN: %exit 5 %jitxr --engine orc %s 2> %t.2
; RUN: %exit 5 %jitxr --engine orc %s 2> %t.3
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.1
; RUN: count 1 < %t.1
; RUN: diff %t.1 %t.2
; RUN: diff %t.1 %t.3

; CHECK: entry main thunk not-run
; ERR:   jitxr: error: entry 'main' not run: cannot generate the module's code: Symbols not found: [ __tls_get_addr ]{{$}}

@t = thread_local global i32 5

define i32 @main() {
  %v = load i32, ptr @t
  ret i32 %v
}
