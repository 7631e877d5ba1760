; Guards: --no-default-libs loads neither libc.so.6 nor libm.so.6, so their symbols are
; unresolved (exit 4, nothing runs) even though the runner's own process has them: the
; engine must not quietly fall back to the process's libc.
; UNSUPPORTED: asan
; (ASan's interceptors put strlen, memcpy and friends in the runner's own process, so
; the process's view this case checks against is ASan's, not libc's.)
; RUN: %exit 4 %jitxr --no-default-libs %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; With a fixture the fixture's own symbols still resolve; libc's do not.
; RUN: %exit 4 %jitxr --no-default-libs -l %fixtures/libfx.so %s --format json > %t.json
; RUN: FileCheck %s --check-prefix=JSON < %t.json

; CHECK-NOT:  library
; CHECK:      symbol strlen func unresolved
; CHECK-NEXT:   hint: the runner's own process has it (in libc.so.6), but jitxr never takes symbols from its own process
; CHECK-NEXT:   hint: libc.so.6 defines it: add -l c
; CHECK-NEXT: symbol sqrt func unresolved
; CHECK-NEXT:   hint: the runner's own process has it (in libm.so.6)
; CHECK-NEXT:   hint: libm.so.6 defines it: add -l m
; CHECK-NEXT: symbol fx_add3 func unresolved
; CHECK:      entry main - not-run
; CHECK-NOT:  result

; ERR: jitxr: error: 3 unresolved symbols: strlen, sqrt, fx_add3

; JSON:      "libraries": [
; JSON-NEXT:   {
; JSON-NEXT:     "name": "libfx.so",
; JSON-NEXT:     "path": "{{.*}}/libfx.so",
; JSON-NEXT:     "default": false
; JSON-NEXT:   }
; JSON-NEXT: ],
; JSON:      "name": "strlen",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "unresolved",
; JSON-NEXT: "provider": null,
; JSON:      "name": "fx_add3",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "mapped",
; JSON-NEXT: "provider": "libfx.so",
; JSON:      "error": {
; JSON-NEXT:   "code": 4,
; JSON-NEXT:   "message": "2 unresolved symbols: strlen, sqrt"

@s = private constant [4 x i8] c"abc\00"
declare i64 @strlen(ptr)
declare double @sqrt(double)
declare i32 @fx_add3(i32, i32, i32)

define i32 @main() {
  %n = call i64 @strlen(ptr @s)
  %r = call double @sqrt(double 4.000000e+00)
  %f = call i32 @fx_add3(i32 1, i32 2, i32 3)
  %t = trunc i64 %n to i32
  ret i32 %t
}
