; Guards: a version definition's name (ZLIB_1.2.9, which libz.so.1's dynamic symbol table
; lists as an absolute symbol of value 0 and its own version) is no symbol: ld never binds
; a reference to it. Declared, it is unresolved with a hint saying what it is (exit 4),
; instead of "mapped" with a null address; zlibVersion beside it maps as usual.
; RUN: %exit 4 %jitxr -l z --no-run %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err

; CHECK:      symbol ZLIB_1.2.9 data unresolved{{$}}
; CHECK-NEXT:   hint: ZLIB_1.2.9 is a version name of libz.so.1 (a version definition in its symbol table, which has no address), not a symbol
; CHECK:      symbol zlibVersion func mapped libz.so.1{{$}}

; ERR: jitxr: error: 1 unresolved symbol: ZLIB_1.2.9

@ZLIB_1.2.9 = external global i8
declare ptr @zlibVersion()

define i32 @main() {
  %p = load i8, ptr @ZLIB_1.2.9
  %v = call ptr @zlibVersion()
  ret i32 0
}
