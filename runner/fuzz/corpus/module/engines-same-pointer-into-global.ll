; Guards: a returned pointer into a module global is named the same way on every engine
; (@table+20: the element chosen at run time by a fixture call), and so is a returned
; pointer to a module function, although the interpreter's "address" of a function is not
; code at all: each engine is asked where its own globals and functions are, never one
; engine's addresses used to read another's.
; RUN: %jitxr --engine mcjit -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=mcjit
; RUN: %jitxr --engine orc -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=orc
; RUN: %jitxr --engine interp -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=interp
; RUN: %jitxr --engine mcjit --entry pick_function -l %fixtures/libfx.so %s | FileCheck %s --check-prefix=FN
; RUN: %jitxr --engine orc --entry pick_function -l %fixtures/libfx.so %s | FileCheck %s --check-prefix=FN
; RUN: %jitxr --engine interp --entry pick_function -l %fixtures/libfx.so %s | FileCheck %s --check-prefix=FN

; CHECK:      engine: [[ENGINE]]
; CHECK:      symbol fx_add3 func mapped libfx.so{{$}}
; CHECK-NEXT: entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result ptr @table+20{{$}}

; FN:      entry pick_function {{runfunction|thunk}} ok
; FN-NEXT: result ptr @main{{$}}

@table = global [8 x i32] [i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7]
declare i32 @fx_add3(i32, i32, i32)

define ptr @main() {
  %i = call i32 @fx_add3(i32 1, i32 2, i32 2)
  %p = getelementptr [8 x i32], ptr @table, i32 0, i32 %i
  ret ptr %p
}

define ptr @pick_function() {
  ret ptr @main
}
