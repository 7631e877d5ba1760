; Guards: --compare-engines runs the entry on MCJIT, ORC and the interpreter, each in its own
; process, and when they agree it exits 0 with one line per engine (each with the value it
; gave) and a JSON "engines" array of three entries, and no error. A comparison that
; skipped an engine, reused one engine's result for another, or failed on agreement would
; show here.
; RUN: %exit 0 %jitxr --compare-engines -l %fixtures/libfx.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: count 0 < %t.err
; RUN: %exit 0 %jitxr --compare-engines -l %fixtures/libfx.so --format json %s \
; RUN:   | %python -c 'import json, sys; d = json.load(sys.stdin); print(d["error"], len(d["engines"])); [print(e["engine"], e["status"], e["result"]["type"], e["result"]["value"]) for e in d["engines"]]' \
; RUN:   | FileCheck %s --check-prefix=JSON

; CHECK:      engine: mcjit
; CHECK:      entry main runfunction ok
; CHECK-NEXT: result i32 147{{$}}
; CHECK-NEXT: engine mcjit runfunction ok i32 147{{$}}
; CHECK-NEXT: engine orc thunk ok i32 147{{$}}
; CHECK-NEXT: engine interp runfunction ok i32 147{{$}}
; CHECK-NOT:  {{.}}

; JSON:      None 3
; JSON-NEXT: mcjit ok i32 147
; JSON-NEXT: orc ok i32 147
; JSON-NEXT: interp ok i32 147

@s = private constant [6 x i8] c"hello\00"
@fx_counter = external global i32
declare i32 @fx_add3(i32, i32, i32)
declare i64 @strlen(ptr)

define i32 @main() {
  %a = call i32 @fx_add3(i32 10, i32 20, i32 30)
  %n = call i64 @strlen(ptr @s)
  %c = load i32, ptr @fx_counter
  %n32 = trunc i64 %n to i32
  %x = add i32 %a, %n32
  %y = add i32 %x, %c
  %z = add i32 %y, %c
  ret i32 %z
}
