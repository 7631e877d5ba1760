; Guards: an unresolved symbol that an installed library exports (a forgotten -l) gets a
; hint naming that library by its soname and the -l flag that loads it; a library that
; cc links anyway comes first (strlen: libc.so.6, not a sanitizer runtime that re-exports
; it). A name that no installed library has but that is a typo of a loaded library's
; export gets the near names instead, and a name with neither gets no hint. The system's
; folders are read only when something is unresolved.
; RUN: %exit 4 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %exit 4 %jitxr --no-default-libs -l libm.so.6 --no-run %s | FileCheck %s --check-prefix=NODEF
; With -l z as the hint says, the same module resolves compressBound.
; RUN: %exit 4 %jitxr -l z --no-run %s | FileCheck %s --check-prefix=WITHZ

; CHECK:      symbol compressBound func unresolved{{$}}
; CHECK:        hint: libz.so.1 defines it: add -l z
; CHECK-NEXT: symbol strlne func unresolved{{$}}
; CHECK-NEXT:   hint: near names: strlen (libc.so.6), strnlen (libc.so.6)
; CHECK-NEXT: symbol no_such_thing_at_all func unresolved{{$}}
; CHECK-NEXT: symbol strlen func mapped libc.so.6
; CHECK-NEXT: entry main - not-run

; ERR: jitxr: error: 3 unresolved symbols: compressBound, strlne, no_such_thing_at_all

; NODEF:      symbol strlen func unresolved{{$}}
; NODEF:        hint: libc.so.6 defines it: add -l c

; WITHZ: symbol compressBound func mapped libz.so.1

declare i64 @compressBound(i64)
declare i64 @strlne(ptr)
declare i32 @no_such_thing_at_all(i32)
declare i64 @strlen(ptr)

define i32 @main() {
  %a = call i64 @compressBound(i64 10)
  %b = call i64 @strlne(ptr null)
  %c = call i32 @no_such_thing_at_all(i32 1)
  %d = call i64 @strlen(ptr null)
  ret i32 0
}
