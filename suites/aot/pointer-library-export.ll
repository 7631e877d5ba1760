; Guards: a comptime pointer into a library's exported object that the module never
; declared (fx_table_at(4) points into libfx's fx_table, as sqlite3_libversion() points into
; sqlite3_version) is named by the library's ELF table, not called heap or stack: the value
; is `@fx_table+4`, its JSON names the library and the kind, and the normalized module gets
; a declaration of fx_table, so the binary linked against libfx.so prints the same slice.
; UNSUPPORTED: asan
; (The ASan build's fixtures are instrumented: a binary linked against libfx.so needs the
; ASan runtime loaded first, which %cc does not link.)
; RUN: %jitxr -l %fixtures/libfx.so %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr -l %fixtures/libfx.so %s --comptime slice --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@slice --implicit-check-not=@fx_table_at --implicit-check-not=inttoptr < %t.norm.ll
; RUN: %jitxr -l %fixtures/libfx.so %s --comptime slice --format json \
; RUN:   | %python -c 'import json, sys; print(json.dumps(json.load(sys.stdin)["comptime"][0]["result"], sort_keys=True))' \
; RUN:   | FileCheck %s --check-prefix=JSON
; RUN: %cc %t.o -o %t.exe -L%fixtures -lfx -Wl,-rpath,%fixtures
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK: symbol fx_table_at func mapped libfx.so
; CHECK-NOT: fx_table data
; CHECK: comptime slice ok ptr @fx_table+4

; IR:      @fx_table = external global i8
; IR:      define i32 @main()
; IR-NEXT: call i32 @puts(ptr getelementptr (i8, ptr @fx_table, i64 4))

; JSON: {"kind": "data", "library": "libfx.so", "offset": 4, "symbol": "fx_table", "type": "ptr"}

; OUT: 456789abcde

declare ptr @fx_table_at(i32)
declare i32 @puts(ptr)

define ptr @slice() {
  %p = call ptr @fx_table_at(i32 4)
  ret ptr %p
}

define i32 @main() {
  %s = call ptr @slice()
  %r = call i32 @puts(ptr %s)
  ret i32 0
}
