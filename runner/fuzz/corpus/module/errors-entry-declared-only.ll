; Guards: an entry that the module only declares (its body is in another module that was
; not linked in) is an input error that says so, exit 3. Without the check it would be
; resolved like any external declaration: reported as "1 unresolved symbol: main" (exit 4),
; or, where a library happens to define the name, mapped and run as that library's code.
; RUN: %exit 3 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%s < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 3 %jitxr --format json %s 2> %t.json.err | %python -c 'import json, sys; e = json.load(sys.stdin)["error"]; print(e["code"]); print(e["message"])' | FileCheck %s --check-prefix=JSON -DMODULE=%s

; A declared entry that libc defines (getpid) is not run as libc's getpid either.
; RUN: %exit 3 %jitxr --entry getpid %s > %t.libc.out 2> %t.libc.err
; RUN: FileCheck %s --check-prefix=LIBC -DMODULE=%s < %t.libc.err
; RUN: count 1 < %t.libc.err

; CHECK-NOT: unresolved
; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: entry 'main' is only declared in module '[[MODULE]]', not defined

; JSON:      {{^}}3{{$}}
; JSON-NEXT: entry 'main' is only declared in module '[[MODULE]]', not defined

; LIBC: jitxr: error: entry 'getpid' is only declared in module '[[MODULE]]', not defined

declare i32 @main()
declare i32 @getpid()

define i32 @uses_getpid() {
  %p = call i32 @getpid()
  ret i32 %p
}
