; Guards: a plain global declaration of a symbol the library defines as thread-local
; (STT_TLS) is refused too: its address would be the TLS template, not any thread's copy.
; RUN: %exit 4 %jitxr -l %fixtures/libfx.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err

; CHECK:      symbol fx_tls data refused libfx.so{{$}}
; CHECK-NEXT:   warning: thread-local: the engine cannot give JIT code its own copy of another module's thread-local storage
; CHECK-NEXT: entry main - not-run

; ERR: jitxr: error: 1 refused symbol: fx_tls

@fx_tls = external global i32

define i32 @main() {
  %v = load i32, ptr @fx_tls
  ret i32 %v
}
