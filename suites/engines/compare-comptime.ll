; Guards: --compare-engines with --comptime compares what the build would get: each comptime
; function's status and value on MCJIT, ORC and the interpreter (each engine in its own
; child), and what they left in the globals their values point into. When all agree the
; normalized module is written and the run exits 0, with one `engine NAME comptime FN` line
; per function and engine; when one disagrees it is exit 7 naming the function (here
; llvm.readcyclecounter, which the interpreter lowers to 0) or the global, and nothing is
; normalized or written. (Was a defect: --compare-engines compared nothing with --comptime.)
; RUN: %exit 0 %jitxr --compare-engines --comptime answer --comptime where %s --emit-normalized %t.ll > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: count 0 < %t.err
; RUN: FileCheck %s --check-prefix=AOT < %t.ll
; RUN: %exit 0 %jitxr --compare-engines --comptime answer --format json %s | %python -c 'import json, sys; d = json.load(sys.stdin); print(d["error"]); [print(e["engine"], e["comptime"], e["status"], e["result"]["value"]) for e in d["engines"]]' | FileCheck %s --check-prefix=JSON
; RUN: rm -f %t.bad.ll
; RUN: %exit 7 %jitxr --compare-engines --comptime answer --comptime cycles %s --emit-normalized %t.bad.ll > %t.cycles.out 2> %t.cycles.err
; RUN: FileCheck %s --check-prefix=CYCLES < %t.cycles.out
; RUN: FileCheck %s --check-prefix=CYCLES-ERR < %t.cycles.err
; RUN: not test -e %t.bad.ll
; RUN: %exit 7 %jitxr --compare-engines --comptime left %s 2>&1 | FileCheck %s --check-prefix=LEFT

; CHECK:      comptime answer ok i32 42{{$}}
; CHECK-NEXT: comptime where ok ptr @g{{$}}
; CHECK-NEXT: engine mcjit comptime answer ok i32 42{{$}}
; CHECK-NEXT: engine orc comptime answer ok i32 42{{$}}
; CHECK-NEXT: engine interp comptime answer ok i32 42{{$}}
; CHECK-NEXT: engine mcjit comptime where ok ptr @g{{$}}
; CHECK-NEXT: engine orc comptime where ok ptr @g{{$}}
; CHECK-NEXT: engine interp comptime where ok ptr @g{{$}}
; CHECK-NOT:  {{.}}

; AOT: @g = global [2 x i32] [i32 7, i32 2]
; AOT: ret i32 42

; JSON:      None
; JSON-NEXT: mcjit answer ok 42
; JSON-NEXT: orc answer ok 42
; JSON-NEXT: interp answer ok 42

; CYCLES:     engine mcjit comptime cycles ok i64 0{{$}}
; CYCLES:     engine orc comptime cycles ok i64 0{{$}}
; CYCLES:     engine interp comptime cycles ok i64 1{{$}}
; CYCLES-ERR: jitxr: error: engines disagree on comptime 'cycles': mcjit gives i64 0; orc gives i64 0; interp gives i64 1

; LEFT: engine interp comptime left ok ptr @h{{$}}
; LEFT: jitxr: error: engines disagree on what the comptime functions left in 'h': mcjit and interp differ

@g = global [2 x i32] [i32 1, i32 2]
@h = global i64 5

declare i64 @llvm.readcyclecounter()

define i32 @answer() {
  ret i32 42
}

define ptr @where() {
  store i32 7, ptr @g
  ret ptr @g
}

; 0 on the compiling engines (a real counter is never 0), 1 on the interpreter
define i64 @cycles() {
  %c = call i64 @llvm.readcyclecounter()
  %z = icmp eq i64 %c, 0
  %r = zext i1 %z to i64
  ret i64 %r
}

; the same value everywhere, different contents
define ptr @left() {
  %c = call i64 @cycles()
  store i64 %c, ptr @h
  ret ptr @h
}

define i32 @main() {
  %a = call i32 @answer()
  %p = call ptr @where()
  ret i32 %a
}
