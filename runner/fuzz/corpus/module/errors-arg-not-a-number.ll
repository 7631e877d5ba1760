; Guards: an --arg that is not a number of the parameter's type (a word, a fraction for an
; integer, an empty string, a malformed hex literal) is a usage error naming the argument's
; position, the entry and the value, exit 2; strtol-style parsing must never pass 0 or a
; prefix of the text, and the entry never runs.
; RUN: %exit 0 %jitxr --entry twice --arg 0x15 %s | FileCheck %s --check-prefix=OK
; RUN: %exit 2 %jitxr --entry twice --arg abc %s > %t.word.out 2> %t.word.err
; RUN: FileCheck %s --check-prefix=IDLE < %t.word.out
; RUN: FileCheck %s --check-prefix=ERR -DVALUE=abc < %t.word.err
; RUN: count 1 < %t.word.err
; RUN: %exit 2 %jitxr --entry twice --arg 1.5 %s > %t.frac.out 2> %t.frac.err
; RUN: FileCheck %s --check-prefix=ERR -DVALUE=1.5 < %t.frac.err
; RUN: count 1 < %t.frac.err
; RUN: %exit 2 %jitxr --entry twice --arg 12abc %s > %t.prefix.out 2> %t.prefix.err
; RUN: FileCheck %s --check-prefix=ERR -DVALUE=12abc < %t.prefix.err
; RUN: count 1 < %t.prefix.err
; RUN: %exit 2 %jitxr --entry twice --arg 0x1g %s > %t.hex.out 2> %t.hex.err
; RUN: FileCheck %s --check-prefix=ERR -DVALUE=0x1g < %t.hex.err
; RUN: count 1 < %t.hex.err
; RUN: %exit 2 %jitxr --entry twice --arg= %s > %t.empty.out 2> %t.empty.err
; RUN: FileCheck %s --check-prefix=ERR -DVALUE= < %t.empty.err
; RUN: count 1 < %t.empty.err
; RUN: %exit 2 %jitxr --format json --entry twice --arg abc %s 2> %t.json.err | %python -c 'import json, sys; e = json.load(sys.stdin)["error"]; print(e["code"]); print(e["message"])' | FileCheck %s --check-prefix=JSON

; OK: RAN-IT
; OK: entry twice runfunction ok
; OK: result i32 42

; IDLE-NOT: RAN-IT
; IDLE:     entry twice - not-run
; IDLE-NOT: {{^}}result

; ERR: jitxr: error: --arg 1 of 'twice': '[[VALUE]]' is not an integer for an i32 parameter

; JSON:      {{^}}2{{$}}
; JSON-NEXT: --arg 1 of 'twice': 'abc' is not an integer for an i32 parameter

@msg = private constant [7 x i8] c"RAN-IT\00"
declare i32 @puts(ptr)

define i32 @twice(i32 %a) {
  %r = call i32 @puts(ptr @msg)
  %s = mul i32 %a, 2
  ret i32 %s
}
