; Guards: the whole AOT path against the JIT on one answer: main's value, computed from a
; comptime constant (built with a fixture function) and a fixture call at run time,
; reported by the JIT as `result i32 93`, is the exit status of the binary compiled from
; the normalized module and linked against the same fixture (natively, or under qemu).
; UNSUPPORTED: asan
; (The ASan build's fixtures are instrumented: a binary linked against libfx.so needs the
; ASan runtime loaded first, which %cc does not link.)
; RUN: %jitxr -l %fixtures/libfx.so %s | FileCheck %s --check-prefix=JIT
; RUN: %jitxr -l %fixtures/libfx.so %s --comptime base --emit-obj %t.o | FileCheck %s
; RUN: %cc %t.o -o %t.exe -L%fixtures -lfx -Wl,-rpath,%fixtures
; RUN: %exit 93 %run %t.exe

; JIT: entry main runfunction ok
; JIT-NEXT: result i32 93

; CHECK: symbol fx_add3 func mapped libfx.so
; CHECK: comptime base ok i32 51

; base = fx_add3(10, 20, 21) = 51 at compile time; fx_bump() = 42 at run time
declare i32 @fx_add3(i32, i32, i32)
declare i32 @fx_bump()

define i32 @base() {
  %r = call i32 @fx_add3(i32 10, i32 20, i32 21)
  ret i32 %r
}

define i32 @main() {
  %b = call i32 @base()
  %n = call i32 @fx_bump()
  %r = add i32 %b, %n
  ret i32 %r
}
