; Guards: a module's constructor runs exactly once before the entry on every engine. MCJIT
; and the interpreter can run llvm.global_ctors themselves (runStaticConstructorsDestructors)
; and ORC's platforms run them at initialization: jitxr runs them itself, in priority order,
; and removes the table so that no engine runs them a second time. The constructor counts its
; runs in a module global and bumps the library's fx_counter (41): once is 1 and 42; twice
; would be 2 and 43; never, 0 and 41.
; RUN: %jitxr --engine mcjit -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=mcjit
; RUN: %jitxr --engine orc -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=orc
; RUN: %jitxr --engine interp -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=interp

; CHECK:      engine: [[ENGINE]]
; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i32 1042{{$}}

@fx_counter = external global i32
@runs = global i32 0
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @init, ptr null }]
declare i32 @fx_bump()

define void @init() {
  %n = load i32, ptr @runs
  %n1 = add i32 %n, 1
  store i32 %n1, ptr @runs
  %b = call i32 @fx_bump()
  ret void
}

define i32 @main() {
  %n = load i32, ptr @runs
  %c = load i32, ptr @fx_counter
  %h = mul i32 %n, 1000
  %r = add i32 %h, %c
  ret i32 %r
}
