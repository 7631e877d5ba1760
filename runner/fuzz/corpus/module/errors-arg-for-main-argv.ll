; Guards: --arg given to a main(argc, argv) entry, whose arguments are the words after --,
; is a usage error that says how to pass them, exit 2; "--arg 5" must never become argc
; or be dropped silently while main runs with no arguments.
; RUN: %exit 0 %jitxr %s -- a b c | FileCheck %s --check-prefix=OK
; RUN: %exit 2 %jitxr --arg 5 %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err

; OK: RAN-IT
; OK: entry main runfunction ok
; OK: result i32 4

; CHECK-NOT: RAN-IT
; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: entry 'main' takes (argc, argv): pass its words after --

@msg = private constant [7 x i8] c"RAN-IT\00"
declare i32 @puts(ptr)

define i32 @main(i32 %argc, ptr %argv) {
  %r = call i32 @puts(ptr @msg)
  ret i32 %argc
}
