; Guards: every unresolved symbol is reported at once, not just the first: all three missing
; ones are listed in the report and in the one error line (exit 4), and no code runs (the
; module's main would print with puts first; its text never appears). --no-run exits 4 too.
; RUN: %exit 4 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s --implicit-check-not="jit code ran" < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %exit 4 %jitxr %s --format json | FileCheck %s --check-prefix=JSON --implicit-check-not="jit code ran"
; RUN: %exit 4 %jitxr --no-run %s | FileCheck %s --check-prefix=RESOLVE

; CHECK:      symbol puts func mapped libc.so.6
; CHECK-NEXT: symbol jitxr_missing_one func unresolved{{$}}
; CHECK-NEXT: symbol jitxr_missing_two func unresolved{{$}}
; CHECK-NEXT: symbol jitxr_missing_three func unresolved{{$}}
; CHECK-NEXT: entry main - not-run
; CHECK-NOT:  result

; ERR:     jitxr: error: 3 unresolved symbols: jitxr_missing_one, jitxr_missing_two, jitxr_missing_three
; ERR-NOT: error

; JSON:      "name": "jitxr_missing_one",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "unresolved",
; JSON:      "name": "jitxr_missing_two",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "unresolved",
; JSON:      "name": "jitxr_missing_three",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "unresolved",
; JSON:      "status": "not-run",
; JSON:      "result": null
; JSON:      "error": {
; JSON-NEXT:   "code": 4,
; JSON-NEXT:   "message": "3 unresolved symbols: jitxr_missing_one, jitxr_missing_two, jitxr_missing_three"

; RESOLVE:     symbol jitxr_missing_three func unresolved
; RESOLVE-NOT: entry

@msg = private constant [13 x i8] c"jit code ran\00"
declare i32 @puts(ptr)
declare i32 @jitxr_missing_one()
declare i32 @jitxr_missing_two()
declare i32 @jitxr_missing_three()

define i32 @main() {
  %p = call i32 @puts(ptr @msg)
  %a = call i32 @jitxr_missing_one()
  %b = call i32 @jitxr_missing_two()
  %c = call i32 @jitxr_missing_three()
  %r = add i32 %a, %b
  ret i32 %r
}
