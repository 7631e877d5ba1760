; Guards: an entry returning a struct (which LLVMRunFunction cannot hand back through the C
; API on any engine) runs through the generated thunk on MCJIT, ORC and the interpreter and
; gives the same value, field by field: integers of two widths, a double from libm, and a
; pointer into fixture data named as the symbol, never as an address (which differs from
; engine to engine).
; RUN: %jitxr --engine mcjit -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=mcjit
; RUN: %jitxr --engine orc -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=orc
; RUN: %jitxr --engine interp -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=interp
; RUN: %jitxr --engine interp -l %fixtures/libfx.so --format json %s | FileCheck %s --check-prefix=JSON

; CHECK:      engine: [[ENGINE]]
; CHECK:      symbol fx_table data mapped libfx.so{{$}}
; CHECK-NEXT: symbol fx_add3 func mapped libfx.so{{$}}
; CHECK-NEXT: symbol hypot func mapped libm.so.6{{$}}
; CHECK-NEXT: entry main thunk ok
; CHECK-NEXT: result { i8, i32, double, ptr } { i8 -50, i32 70000, double 2.5 (0x4004000000000000), ptr @fx_table+5 }{{$}}

; JSON:      "invoke": "thunk",
; JSON-NEXT: "status": "ok",
; JSON:      "type": "ptr",
; JSON-NEXT: "symbol": "fx_table",
; JSON-NEXT: "offset": 5
; JSON:      "error": null

@fx_table = external global [16 x i8]
declare i32 @fx_add3(i32, i32, i32)
declare double @hypot(double, double)

define { i8, i32, double, ptr } @main() {
  %a = call i32 @fx_add3(i32 -100, i32 20, i32 30)
  %t = trunc i32 %a to i8
  %b = call i32 @fx_add3(i32 69000, i32 600, i32 400)
  %d = call double @hypot(double 1.5, double 2.0)
  %p = getelementptr i8, ptr @fx_table, i64 5
  %s0 = insertvalue { i8, i32, double, ptr } undef, i8 %t, 0
  %s1 = insertvalue { i8, i32, double, ptr } %s0, i32 %b, 1
  %s2 = insertvalue { i8, i32, double, ptr } %s1, double %d, 2
  %s3 = insertvalue { i8, i32, double, ptr } %s2, ptr %p, 3
  ret { i8, i32, double, ptr } %s3
}
