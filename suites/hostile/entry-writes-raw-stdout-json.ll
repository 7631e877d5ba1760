; Guards: with --format json, output that JIT code writes to file descriptor 1 directly
; (write(2), not stdio), from the entry, from a module constructor or from a comptime
; function, must not land in the report's stream: stdout stays exactly one JSON object
; (the bytes written look like the start of one, to make a mix fail loudly).
; RUN: %exit 0 %jitxr --format json %s 2> %t.err | %python %S/../tools/json_report.py | FileCheck %s
; RUN: FileCheck %s --check-prefix=STDERR < %t.err
; RUN: %exit 0 %jitxr --format json --compare-engines %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s
; RUN: %exit 0 %jitxr --format json --comptime answer --emit-normalized %t.norm.ll %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=COMPTIME

; CHECK:       json: valid
; CHECK-NEXT:  error: null
; CHECK:       entry: main ok - -
; STDERR:      { "raw": [
; COMPTIME:    json: valid
; COMPTIME-NEXT: error: null

@s = private constant [12 x i8] c"{ \22raw\22: [\0A\00"
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @ctor, ptr null }]
declare i64 @write(i32, ptr, i64)

define internal void @ctor() {
  call i64 @write(i32 1, ptr @s, i64 11)
  ret void
}

define i32 @answer() {
  call i64 @write(i32 1, ptr @s, i64 11)
  ret i32 5
}

define i32 @main() {
  call i64 @write(i32 1, ptr @s, i64 11)
  ret i32 7
}
