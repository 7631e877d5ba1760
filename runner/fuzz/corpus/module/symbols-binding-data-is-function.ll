; Guards: a global declaration of a symbol the library defines as a function (STT_FUNC) gets a
; warning, not an error (exit 0), and is mapped to the function: JIT code calls through the
; global's address and gets fx_add3's answer (60).
; RUN: %jitxr -l %fixtures/libfx.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR --allow-empty < %t.err
; RUN: %jitxr -l %fixtures/libfx.so %s --format json | FileCheck %s --check-prefix=JSON

; CHECK:      symbol fx_add3 data mapped libfx.so{{$}}
; CHECK-NEXT:   warning: declared as data, but libfx.so defines it as a function
; CHECK-NEXT: entry main runfunction ok
; CHECK-NEXT: result i32 60

; ERR-NOT: error

; JSON:      "name": "fx_add3",
; JSON-NEXT: "kind": "data",
; JSON-NEXT: "status": "mapped",
; JSON-NEXT: "provider": "libfx.so",
; JSON-NEXT: "shadowed": [
; JSON-NEXT: ],
; JSON-NEXT: "warnings": [
; JSON-NEXT:   "declared as data, but libfx.so defines it as a function"
; JSON-NEXT: ],
; JSON:      "error": null

@fx_add3 = external global i8

define i32 @main() {
  %r = call i32 @fx_add3(i32 10, i32 20, i32 30)
  ret i32 %r
}
