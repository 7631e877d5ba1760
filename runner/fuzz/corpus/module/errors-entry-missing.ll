; Guards: --entry naming a function the module does not have (a typo, a mangled C++ name)
; is an input error naming the entry and the module, exit 3; nothing runs, and no other
; function is picked in its place.
; RUN: %exit 3 %jitxr --entry nope %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%s < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 3 %jitxr --format json --entry nope %s 2> %t.json.err | %python -c 'import json, sys; d = json.load(sys.stdin); e = d["error"]; print(e["code"]); print(e["message"]); print(d["entry"]["name"], d["entry"]["status"])' | FileCheck %s --check-prefix=JSON -DMODULE=%s

; The default entry is missing too: a module with no main.
; RUN: %exit 3 %jitxr %s > %t.main.out 2> %t.main.err
; RUN: FileCheck %s --check-prefix=MAIN -DMODULE=%s < %t.main.err
; RUN: count 1 < %t.main.err

; CHECK-NOT: RAN-IT
; CHECK:     entry nope - not-run
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: module '[[MODULE]]' has no function 'nope'

; JSON:      {{^}}3{{$}}
; JSON-NEXT: module '[[MODULE]]' has no function 'nope'
; JSON-NEXT: nope not-run

; MAIN: jitxr: error: module '[[MODULE]]' has no function 'main'

@msg = private constant [7 x i8] c"RAN-IT\00"
declare i32 @puts(ptr)

define i32 @start() {
  %r = call i32 @puts(ptr @msg)
  ret i32 0
}
