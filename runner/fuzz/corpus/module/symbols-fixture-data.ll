; Guards: a data symbol of a fixture is mapped to the library's own object, not a copy: JIT
; code reads its initial value (41), stores through it, and the library's own code sees the
; store (fx_bump increments what JIT code wrote), and JIT code reads the library's write back.
; RUN: %jitxr -l %fixtures/libfx.so %s | FileCheck %s
; RUN: %jitxr -l %fixtures/libfx.so %s --format json | FileCheck %s --check-prefix=JSON

; CHECK: symbol fx_counter data mapped libfx.so
; CHECK-NEXT: symbol fx_bump func mapped libfx.so
; CHECK: entry main runfunction ok
; 142041: fx_bump saw 141 (41 + 100 stored by JIT code) and made it 142; 41 read first
; CHECK-NEXT: result i32 142041

; JSON:      "name": "fx_counter",
; JSON-NEXT: "kind": "data",
; JSON-NEXT: "status": "mapped",
; JSON-NEXT: "provider": "libfx.so",
; JSON:      "result": {
; JSON-NEXT:   "type": "i32",
; JSON-NEXT:   "value": "142041"

@fx_counter = external global i32
declare i32 @fx_bump()

define i32 @main() {
  %initial = load i32, ptr @fx_counter
  %stored = add i32 %initial, 100
  store i32 %stored, ptr @fx_counter
  %bumped = call i32 @fx_bump()
  %now = load i32, ptr @fx_counter
  %check = icmp eq i32 %bumped, %now
  %high = mul i32 %now, 1000
  %r = add i32 %high, %initial
  %bad = select i1 %check, i32 %r, i32 -1
  ret i32 %bad
}
