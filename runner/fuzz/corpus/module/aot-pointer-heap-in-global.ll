; Guards: a heap pointer hidden one level down, in a module global the comptime value
; points into (a global list whose head the comptime code malloc'd), cannot be carried
; either: the global's contents become its initializer, and a heap address there would be
; as dangling as one returned directly. It is an AOT error naming the global, exit 6.
; RUN: %exit 6 %jitxr %s --comptime build_list --emit-normalized - > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err

; CHECK-NOT: define
; CHECK:     comptime build_list ok ptr @list

; ERR: jitxr: error: global 'list', which a comptime value points into, holds a pointer to memory outside every symbol and module global (heap or stack): the binary cannot have it

@list = global { ptr, i32 } zeroinitializer
declare ptr @malloc(i64)

define ptr @build_list() {
  %node = call ptr @malloc(i64 16)
  store ptr %node, ptr @list
  %n = getelementptr { ptr, i32 }, ptr @list, i32 0, i32 1
  store i32 1, ptr %n
  ret ptr @list
}

define i32 @main() {
  %l = call ptr @build_list()
  ret i32 0
}
