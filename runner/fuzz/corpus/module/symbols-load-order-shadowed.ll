; Guards: every later library that also defines a symbol is reported as shadowed, in load
; order, in the text report and in JSON's "shadowed" (one that defines nothing of the
; module's is not); a symbol defined once has an empty list.
; RUN: %jitxr -l %fixtures/libfxa.so -l %fixtures/libfx.so -l %fixtures/libfxb.so %s \
; RUN:   | FileCheck %s
; RUN: %jitxr -l %fixtures/libfxa.so -l %fixtures/libfx.so -l %fixtures/libfxb.so %s \
; RUN:   --format json | FileCheck %s --check-prefix=JSON

; CHECK:      symbol dup_value func mapped libfxa.so (shadowed: libfxb.so){{$}}
; CHECK-NEXT: symbol only_b func mapped libfxb.so{{$}}
; CHECK:      result i32 297

; JSON:      "name": "dup_value",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "mapped",
; JSON-NEXT: "provider": "libfxa.so",
; JSON-NEXT: "shadowed": [
; JSON-NEXT:   "libfxb.so"
; JSON-NEXT: ],
; JSON:      "name": "only_b",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "mapped",
; JSON-NEXT: "provider": "libfxb.so",
; JSON-NEXT: "shadowed": [
; JSON-NEXT: ],

declare i32 @dup_value()
declare i32 @only_b()

define i32 @main() {
  %a = call i32 @dup_value()
  %b = call i32 @only_b()
  %r = add i32 %a, %b
  ret i32 %r
}
