; Guards: --arg values that do not match the entry's parameter count (too few, too many,
; any for a parameterless entry) are a usage error naming the entry, the count it takes
; and the count given, exit 2; a missing argument must never be passed as garbage or 0,
; and the entry never runs.
; RUN: %exit 0 %jitxr --entry inc --arg 41 %s | FileCheck %s --check-prefix=OK
; RUN: %exit 2 %jitxr --entry inc %s > %t.few.out 2> %t.few.err
; RUN: FileCheck %s < %t.few.out --check-prefix=IDLE -DENTRY=inc
; RUN: FileCheck %s --check-prefix=FEW < %t.few.err
; RUN: count 1 < %t.few.err
; RUN: %exit 2 %jitxr --entry inc --arg 1 --arg 2 %s > %t.many.out 2> %t.many.err
; RUN: FileCheck %s < %t.many.out --check-prefix=IDLE -DENTRY=inc
; RUN: FileCheck %s --check-prefix=MANY < %t.many.err
; RUN: count 1 < %t.many.err
; RUN: %exit 2 %jitxr --arg 1 %s > %t.zero.out 2> %t.zero.err
; RUN: FileCheck %s < %t.zero.out --check-prefix=IDLE -DENTRY=main
; RUN: FileCheck %s --check-prefix=ZERO < %t.zero.err
; RUN: count 1 < %t.zero.err
; RUN: %exit 2 %jitxr --format json --entry inc %s 2> %t.json.err | %python -c 'import json, sys; d = json.load(sys.stdin); e = d["error"]; print(e["code"]); print(e["message"]); print(d["entry"]["status"], d["entry"]["result"])' | FileCheck %s --check-prefix=JSON

; OK: RAN-IT
; OK: entry inc runfunction ok
; OK: result i32 42

; IDLE-NOT: RAN-IT
; IDLE:     entry [[ENTRY]] - not-run
; IDLE-NOT: {{^}}result

; FEW:  jitxr: error: entry 'inc' takes 1 argument, 0 given with --arg
; MANY: jitxr: error: entry 'inc' takes 1 argument, 2 given with --arg
; ZERO: jitxr: error: entry 'main' takes 0 arguments, 1 given with --arg

; JSON:      {{^}}2{{$}}
; JSON-NEXT: entry 'inc' takes 1 argument, 0 given with --arg
; JSON-NEXT: not-run None

@msg = private constant [7 x i8] c"RAN-IT\00"
declare i32 @puts(ptr)

define i32 @inc(i32 %a) {
  %r = call i32 @puts(ptr @msg)
  %s = add i32 %a, 1
  ret i32 %s
}

define i32 @main() {
  %r = call i32 @puts(ptr @msg)
  ret i32 0
}
