; Guards: a library's DT_NEEDED dependencies are loaded for it, so its own code can use them:
; use_dep in libfxuser.so calls dep_only in libfxdep.so (5 * 10), although JIT code may not
; call dep_only directly (dependency-only-symbol.ll).
; RUN: %jitxr -l %fixtures/libfxuser.so %s | FileCheck %s

; CHECK:      library libfxuser.so
; CHECK-NEXT: library libc.so.6
; CHECK:      symbol use_dep func mapped libfxuser.so
; CHECK:      result i32 50

declare i32 @use_dep()

define i32 @main() {
  %r = call i32 @use_dep()
  ret i32 %r
}
