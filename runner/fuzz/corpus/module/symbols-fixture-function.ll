; Guards: a function defined by a named fixture library is found in that library's own
; symbol table, mapped with LLVMAddGlobalMapping and called by JIT code.
; RUN: %jitxr -l %fixtures/libfx.so %s | FileCheck %s
; RUN: %jitxr -l %fixtures/libfx.so %s --format json | FileCheck %s --check-prefix=JSON

; CHECK: library libfx.so {{.*}}/libfx.so
; CHECK: symbol fx_add3 func mapped libfx.so
; CHECK: entry main runfunction ok
; CHECK-NEXT: result i32 60

; JSON:      "name": "fx_add3",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "mapped",
; JSON-NEXT: "provider": "libfx.so",
; JSON:      "result": {
; JSON-NEXT:   "type": "i32",
; JSON-NEXT:   "value": "60"

declare i32 @fx_add3(i32, i32, i32)

define i32 @main() {
  %r = call i32 @fx_add3(i32 10, i32 20, i32 30)
  ret i32 %r
}
