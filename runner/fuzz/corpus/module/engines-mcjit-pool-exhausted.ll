; Guards: a module whose data does not fit jitxr's MCJIT memory pool (a 5 GiB global, more than
; the pool reserves, and more than adrp's +-4 GiB reach) is reported, not a crash of the
; runner: LLVM's "Unable to allocate section memory" fatal error is caught in the child,
; the entry is not run, exit 5, one error line and a valid JSON report. Nothing is written
; to the 5 GiB: the pool refuses it before LLVM touches it.
; RUN: %exit 5 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 5 %jitxr --format json %s 2> /dev/null \
; RUN:   | %python -c 'import json, sys; d = json.load(sys.stdin); e = d["entry"]; print(e["status"], e["signal"], e["result"]); print(d["error"]["code"], d["error"]["message"])' \
; RUN:   | FileCheck %s --check-prefix=JSON

; CHECK:      engine: mcjit
; CHECK:      entry main runfunction not-run{{$}}
; CHECK-NOT:  {{^}}result

; ERR: jitxr: error: entry 'main' not run: Unable to allocate section memory!{{$}}

; JSON:      not-run None None
; JSON-NEXT: 5 entry 'main' not run: Unable to allocate section memory!

@huge = global [5368709120 x i8] zeroinitializer

define i32 @main() {
  %p = getelementptr i8, ptr @huge, i64 5368709119
  store i8 5, ptr %p
  %v = load i8, ptr %p
  %r = zext i8 %v to i32
  ret i32 %r
}
