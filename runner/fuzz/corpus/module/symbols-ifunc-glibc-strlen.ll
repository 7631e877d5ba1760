; Guards: glibc's strlen is a GNU indirect function (STT_GNU_IFUNC): the address mapped is
; the implementation the loader selected, never the resolver. JIT code calls it (5) and
; compares the mapped address with what glibc's own dlsym gives for strlen (+1 if equal).
; UNSUPPORTED: asan
; (ASan's interceptors put strlen, memcpy and friends in the runner's own process, so
; the process's view this case checks against is ASan's, not libc's.)
; RUN: %jitxr %s | FileCheck %s
; RUN: %jitxr %s --format json | FileCheck %s --check-prefix=JSON

; CHECK:      symbol strlen func mapped libc.so.6 [ifunc]
; CHECK:      result i64 51

; JSON:      "name": "strlen",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "mapped",
; JSON-NEXT: "provider": "libc.so.6",
; JSON:      "ifunc": true,

@s = private constant [6 x i8] c"hello\00"
@name = private constant [7 x i8] c"strlen\00"
declare i64 @strlen(ptr)
declare ptr @dlsym(ptr, ptr)

define i64 @main() {
  %len = call i64 @strlen(ptr @s)
  %p = call ptr @dlsym(ptr null, ptr @name)
  %same = icmp eq ptr %p, @strlen
  %s = zext i1 %same to i64
  %t = mul i64 %len, 10
  %r = add i64 %t, %s
  ret i64 %r
}
