; Guards: --comptime on a function that takes parameters (there is nothing to call it
; with at compile time) or is variadic is an input error naming it, exit 3, refused before
; anything runs: calling it with garbage arguments would bake garbage into the binary.
; RUN: %exit 3 %jitxr %s --comptime scale --emit-normalized - > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 3 %jitxr %s --comptime total --emit-normalized - > %t.va.out 2> %t.va.err
; RUN: FileCheck %s < %t.va.out
; RUN: FileCheck %s --check-prefix=VARARGS < %t.va.err
; A good comptime function named first does not run either.
; RUN: %exit 3 %jitxr %s --comptime fine --comptime scale > %t.both.out 2> %t.both.err
; RUN: FileCheck %s < %t.both.out
; RUN: FileCheck %s --check-prefix=ERR < %t.both.err
; RUN: %exit 3 %jitxr %s --comptime scale --format json 2> %t.json.err | %python -c 'import json, sys; d = json.load(sys.stdin); print(d["error"]["code"], d["error"]["message"])' | FileCheck %s --check-prefix=JSON

; CHECK-NOT: RAN-IT
; CHECK-NOT: {{^}}comptime
; CHECK-NOT: define

; ERR: jitxr: error: comptime function 'scale' takes parameters: only a parameterless function can run at compile time

; VARARGS: jitxr: error: comptime function 'total' takes parameters: only a parameterless function can run at compile time

; JSON: 3 comptime function 'scale' takes parameters

@msg = private constant [7 x i8] c"RAN-IT\00"
declare i32 @puts(ptr)

define i32 @scale(i32 %x) {
  %r = call i32 @puts(ptr @msg)
  %y = mul i32 %x, 3
  ret i32 %y
}

define i32 @total(...) {
  %r = call i32 @puts(ptr @msg)
  ret i32 0
}

define i32 @fine() {
  %r = call i32 @puts(ptr @msg)
  ret i32 1
}

define i32 @main() {
  %a = call i32 @scale(i32 2)
  %b = call i32 (...) @total(i32 1)
  %c = call i32 @fine()
  ret i32 0
}
