; Guards: the same module calling fixture functions (a plain one, one that keeps state in the
; library, a GNU indirect function and a protected one) resolves to the same providers and
; gives the same value on MCJIT, ORC and the interpreter: an engine that mapped a symbol
; differently, or called another definition, would change a line or the value.
; RUN: %jitxr --engine mcjit -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=mcjit -DINVOKE=runfunction
; RUN: %jitxr --engine orc -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=orc -DINVOKE=thunk
; RUN: %jitxr --engine interp -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=interp -DINVOKE=runfunction

; CHECK:      engine: [[ENGINE]]
; CHECK-NEXT: library libfx.so {{.*}}/libfx.so
; CHECK-NEXT: library libc.so.6 {{.*}} (default)
; CHECK-NEXT: library libm.so.6 {{.*}} (default)
; CHECK-NEXT: library libgcc_s.so.1 {{.*}}/libgcc_s.so.1 (default)
; CHECK-NEXT: library ld-linux-{{.*}} (default)
; CHECK-NEXT: library libjitxr-rt.so {{.*}}/libjitxr-rt.so (default)
; CHECK-NEXT: symbol fx_add3 func mapped libfx.so{{$}}
; CHECK-NEXT: symbol fx_bump func mapped libfx.so{{$}}
; CHECK-NEXT: symbol fx_pick func mapped libfx.so [ifunc]{{$}}
; CHECK-NEXT: symbol fx_protected func mapped libfx.so{{$}}
; CHECK-NEXT: entry main [[INVOKE]] ok
; fx_add3 60, fx_bump 42 then 43, fx_pick 11, fx_protected 23:
; ((60 * 100 + 43) * 100 + 11) * 100 + 23 - 42
; CHECK-NEXT: result i32 60431081{{$}}

declare i32 @fx_add3(i32, i32, i32)
declare i32 @fx_bump()
declare i32 @fx_pick()
declare i32 @fx_protected()

define i32 @main() {
  %a = call i32 @fx_add3(i32 10, i32 20, i32 30)
  %b1 = call i32 @fx_bump()
  %b2 = call i32 @fx_bump()
  %p = call i32 @fx_pick()
  %q = call i32 @fx_protected()
  %x1 = mul i32 %a, 100
  %x2 = add i32 %x1, %b2
  %x3 = mul i32 %x2, 100
  %x4 = add i32 %x3, %p
  %x5 = mul i32 %x4, 100
  %x6 = add i32 %x5, %q
  %r = sub i32 %x6, %b1
  ret i32 %r
}
