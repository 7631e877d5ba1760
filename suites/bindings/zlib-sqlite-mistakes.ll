; Guards: binding validation against real Debian headers (zlib.h, sqlite3.h, stdio.h): the
; mistakes a bindings author makes (a size_t as i32, a pointer result as i32, a non-variadic
; printf, a writable const object, a parameter dropped or added) are each named by the
; parameter and its C type, for the target's own lowering, and stop the run before any code
; executes (exit 8).
; RUN: %exit 8 %jitxr --no-run -l z -l sqlite3 --bindings zlib.h --bindings sqlite3.h --bindings stdio.h %s \
; RUN:   > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck --check-prefix=ERR %s < %t.err
declare i32 @compress2(ptr, ptr, ptr, i32, i32)
declare i32 @zError(i32)
declare ptr @zlibVersion()
declare extern_weak i32 @not_in_any_header(i32)
declare i32 @printf(ptr)
@sqlite3_version = external global [0 x i8]
declare ptr @sqlite3_mprintf(ptr, ...)
declare i32 @sqlite3_config(i32)
declare i32 @compress(ptr, ptr, ptr)
declare i32 @sqlite3_close(ptr, i32)
define i32 @main() {
  ret i32 0
}
; Globals are listed first, as the module lists its declarations.
; CHECK: binding sqlite3_version mismatch
; CHECK-NEXT: difference: writable in the module; C's 'const char sqlite3_version[]' is const
; CHECK: binding compress2 mismatch
; CHECK-NEXT: difference: parameter 4: i32 in the module, 'uLong sourceLen' lowers to i64
; CHECK: binding zError mismatch
; CHECK-NEXT: difference: result: i32 in the module, 'const char *' lowers to ptr
; CHECK: binding zlibVersion ok
; CHECK: binding not_in_any_header not-in-header
; CHECK: binding printf mismatch
; CHECK-NEXT: difference: variadic in C ('int (const char *, ...)'); the module's declaration is not
; CHECK: binding sqlite3_mprintf ok
; CHECK: binding sqlite3_config mismatch
; CHECK: binding compress mismatch
; CHECK-NEXT: difference: 3 parameters in the module after lowering; C's 'int (Bytef *, uLongf *, const Bytef *, uLong)' lowers to 4
; CHECK-NEXT: difference: parameter 4 'uLong sourceLen' (i64) is missing in the module
; CHECK: binding sqlite3_close mismatch
; CHECK-NEXT: difference: 2 parameters in the module after lowering; C's 'int (sqlite3 *)' lowers to 1
; CHECK-NEXT: difference: parameter 2: i32 in the module, which C's 'int (sqlite3 *)' does not have
; ERR: jitxr: error: 7 declarations disagree with the C headers:
