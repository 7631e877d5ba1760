; Guards: a fixture's own GNU indirect function: fx_pick's resolver returns fx_pick_impl,
; which returns 11. Mapping the resolver instead would make the call return a code address.
; RUN: %jitxr -l %fixtures/libfx.so %s | FileCheck %s
; RUN: %jitxr -l %fixtures/libfx.so %s --format json | FileCheck %s --check-prefix=JSON

; CHECK:      symbol fx_pick func mapped libfx.so [ifunc]
; CHECK:      result i32 11

; JSON:      "name": "fx_pick",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "mapped",
; JSON-NEXT: "provider": "libfx.so",
; JSON:      "ifunc": true,
; JSON:      "value": "11"

declare i32 @fx_pick()

define i32 @main() {
  %r = call i32 @fx_pick()
  ret i32 %r
}
