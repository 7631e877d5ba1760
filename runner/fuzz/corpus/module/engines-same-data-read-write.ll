; Guards: external data is the library's own object on every engine, not a copy made by one
; of them: on MCJIT, ORC and the interpreter JIT code reads fx_counter (41) and fx_table,
; writes both; the library's own code sees the write to fx_counter (fx_bump increments what
; JIT code stored) and JIT code reads the library's write back. Same report, same value.
; RUN: %jitxr --engine mcjit -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=mcjit
; RUN: %jitxr --engine orc -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=orc
; RUN: %jitxr --engine interp -l %fixtures/libfx.so %s | FileCheck %s -DENGINE=interp

; CHECK:      engine: [[ENGINE]]
; CHECK:      symbol fx_counter data mapped libfx.so{{$}}
; CHECK-NEXT: symbol fx_table data mapped libfx.so{{$}}
; CHECK-NEXT: symbol fx_bump func mapped libfx.so{{$}}
; CHECK-NEXT: entry main {{runfunction|thunk}} ok
; fx_table[3] is '3' (51), then 'Z' (90) written and read back; fx_counter 41, 141 written,
; fx_bump makes it 142: 142 * 1000000 + 51 * 1000 + 90 - 41
; CHECK-NEXT: result i32 142051049{{$}}

@fx_counter = external global i32
@fx_table = external global [16 x i8]
declare i32 @fx_bump()

define i32 @main() {
  %slot = getelementptr [16 x i8], ptr @fx_table, i64 0, i64 3
  %c0 = load i8, ptr %slot
  store i8 90, ptr %slot
  %c1 = load volatile i8, ptr %slot
  %initial = load i32, ptr @fx_counter
  %stored = add i32 %initial, 100
  store i32 %stored, ptr @fx_counter
  %bumped = call i32 @fx_bump()
  %now = load i32, ptr @fx_counter
  %same = icmp eq i32 %bumped, %now
  %a = mul i32 %now, 1000000
  %c0w = zext i8 %c0 to i32
  %b = mul i32 %c0w, 1000
  %c1w = zext i8 %c1 to i32
  %s1 = add i32 %a, %b
  %s2 = add i32 %s1, %c1w
  %s3 = sub i32 %s2, %initial
  %r = select i1 %same, i32 %s3, i32 -1
  ret i32 %r
}
