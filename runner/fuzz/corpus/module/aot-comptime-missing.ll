; Guards: --comptime naming a function the module does not have (a typo, a mangled name),
; or one it only declares (its body is in a library: nothing to run at compile time in
; this module), is an input error naming the function and the module, exit 3, before
; anything runs; no other function is run in its place and nothing is emitted.
; RUN: rm -f %t.o
; RUN: %exit 3 %jitxr %s --comptime nope --emit-obj %t.o > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%s < %t.err
; RUN: count 1 < %t.err
; RUN: not test -e %t.o
; RUN: %exit 3 %jitxr %s --comptime answer --comptime puts > %t.decl.out 2> %t.decl.err
; RUN: FileCheck %s < %t.decl.out
; RUN: FileCheck %s --check-prefix=DECL -DMODULE=%s < %t.decl.err
; RUN: %exit 3 %jitxr %s --comptime nope --format json 2> %t.json.err | %python -c 'import json, sys; d = json.load(sys.stdin); print(d["error"]["code"], d["error"]["message"]); print(len(d["comptime"]))' | FileCheck %s --check-prefix=JSON -DMODULE=%s

; CHECK-NOT: RAN-IT
; CHECK-NOT: {{^}}comptime
; CHECK-NOT: define

; ERR: jitxr: error: comptime function 'nope' is not defined in module '[[MODULE]]'

; DECL: jitxr: error: comptime function 'puts' is not defined in module '[[MODULE]]'

; JSON:      3 comptime function 'nope' is not defined in module '[[MODULE]]'
; JSON-NEXT: 0

@msg = private constant [7 x i8] c"RAN-IT\00"
declare i32 @puts(ptr)

define i32 @answer() {
  %r = call i32 @puts(ptr @msg)
  ret i32 42
}

define i32 @main() {
  %r = call i32 @puts(ptr @msg)
  ret i32 0
}
