; Guards: a comptime value that points to a stack slot of the comptime code (an alloca,
; dead once the function returns) is an AOT error naming the function, exit 6, never a
; constant holding a stack address of the JIT's process; nothing is emitted.
; RUN: rm -f %t.o
; RUN: %exit 6 %jitxr %s --comptime local_address --emit-obj %t.o > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; RUN: not test -e %t.o
; The same pointer inside an aggregate is refused the same way.
; RUN: %exit 6 %jitxr %s --comptime in_struct --emit-normalized - > %t.struct.out 2> %t.struct.err
; RUN: FileCheck %s --check-prefix=STRUCT < %t.struct.out
; RUN: FileCheck %s --check-prefix=STRUCT-ERR < %t.struct.err

; CHECK: comptime local_address ok ptr <not a symbol or global>

; ERR: jitxr: error: comptime function 'local_address' returned a pointer to memory outside every symbol and module global (heap or stack): the binary cannot have it

; STRUCT-NOT: define
; STRUCT:     comptime in_struct ok { i32, ptr } { i32 5, ptr <not a symbol or global> }

; STRUCT-ERR: jitxr: error: comptime function 'in_struct' returned a pointer to memory outside every symbol and module global (heap or stack): the binary cannot have it

define ptr @local_address() {
  %slot = alloca i32
  store i32 42, ptr %slot
  ret ptr %slot
}

define { i32, ptr } @in_struct() {
  %slot = alloca i32
  %a = insertvalue { i32, ptr } { i32 5, ptr null }, ptr %slot, 1
  ret { i32, ptr } %a
}

define i32 @main() {
  %p = call ptr @local_address()
  %s = call { i32, ptr } @in_struct()
  ret i32 0
}
