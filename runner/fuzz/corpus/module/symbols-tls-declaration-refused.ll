; Guards: an external thread_local declaration is refused (status refused, exit 4, nothing
; runs): MCJIT cannot give JIT code another module's thread-local storage. Refused whether a
; library defines it (fx_tls) or not, and on AArch64 without LLVM aborting the runner (its
; JIT code model cannot compile such an access).
; RUN: %exit 4 %jitxr -l %fixtures/libfx.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %exit 4 %jitxr -l %fixtures/libfx.so %s --format json | FileCheck %s --check-prefix=JSON
; RUN: %exit 4 %jitxr -l %fixtures/libfx.so --no-run %s | FileCheck %s

; CHECK:      symbol fx_tls tls refused libfx.so{{$}}
; CHECK-NEXT:   warning: thread-local: the engine cannot give JIT code its own copy of another module's thread-local storage
; CHECK-NEXT: symbol jitxr_no_such_tls tls refused{{$}}
; CHECK-NEXT:   warning: thread-local:
; CHECK-NOT:  result

; ERR: jitxr: error: 2 refused symbols: fx_tls, jitxr_no_such_tls

; JSON:      "name": "fx_tls",
; JSON-NEXT: "kind": "tls",
; JSON-NEXT: "status": "refused",
; JSON-NEXT: "provider": "libfx.so",
; JSON:      "status": "not-run",
; JSON:      "error": {
; JSON-NEXT:   "code": 4,

@fx_tls = external thread_local global i32
@jitxr_no_such_tls = external thread_local global i32

define i32 @main() {
  %a = load i32, ptr @fx_tls
  %b = load i32, ptr @jitxr_no_such_tls
  %r = add i32 %a, %b
  ret i32 %r
}
