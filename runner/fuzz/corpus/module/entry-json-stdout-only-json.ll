; Guards: with --format json, stdout is one JSON object (SPEC.md) even when the entry prints:
; the module's own output goes to stderr instead, in the child and with --no-fork alike.
; RUN: %jitxr --format json %s 2> %t.err | %python -c 'import json, sys; d = json.load(sys.stdin); print(d["entry"]["status"], d["entry"]["result"]["value"])' | FileCheck %s
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %jitxr --format json --no-fork %s 2> %t.nf.err | %python -c 'import json, sys; d = json.load(sys.stdin); print(d["entry"]["status"], d["entry"]["result"]["value"])' | FileCheck %s
; RUN: FileCheck %s --check-prefix=ERR < %t.nf.err
; The text report keeps the module's output on stdout, before the report.
; RUN: %jitxr %s | FileCheck %s --check-prefix=TEXT

; CHECK: ok 5
; ERR: printed by the module
; TEXT:      printed by the module
; TEXT-NEXT: module:

@s = private constant [22 x i8] c"printed by the module\00"
declare i32 @puts(ptr)

define i32 @main() {
  call i32 @puts(ptr @s)
  ret i32 5
}
