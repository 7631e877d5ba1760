; Guards: when the entry fails or exits, the JSON report is still exactly one valid object
; with the ending in SPEC.md's fields: crashed ("signal" named, "exit_status" null) and
; timeout (both null), with "error" {"code": 5, ...}; exited ("exit_status" the entry's,
; "signal" null), an ending and no failure, "error" null and exit 0. "result" null in each. A child that dies mid-answer or never answers
; must not leave a half-written report behind. Each status on MCJIT, a crash on ORC, and
; the interpreter's own exit (the report is built the same way for every engine).
; RUN: %exit 5 %jitxr --format json --engine mcjit --entry crash %s 2> /dev/null | %python %S/Inputs/entry_fields.py | FileCheck %s --check-prefix=CRASH
; RUN: %exit 5 %jitxr --format json --engine orc --entry crash %s 2> /dev/null | %python %S/Inputs/entry_fields.py | FileCheck %s --check-prefix=CRASH
; RUN: %exit 5 %jitxr --format json --engine mcjit --entry spin --timeout 0.5 %s 2> /dev/null | %python %S/Inputs/entry_fields.py | FileCheck %s --check-prefix=TIMEOUT
; RUN: %exit 0 %jitxr --format json --engine mcjit --entry leave %s 2> /dev/null | %python %S/Inputs/entry_fields.py | FileCheck %s --check-prefix=EXITED
; RUN: %exit 0 %jitxr --format json --engine interp --entry leave %s 2> /dev/null | %python %S/Inputs/entry_fields.py | FileCheck %s --check-prefix=EXITED

; CRASH:   status=crashed signal=SIGSEGV exit_status=None result=None
; CRASH:   error.code=5 error.message=entry 'crash' crashed: SIGSEGV
; TIMEOUT: status=timeout signal=None exit_status=None result=None
; TIMEOUT: error.code=5 error.message=entry 'spin' timed out after 0.5 s
; EXITED:  status=exited signal=None exit_status=42 result=None
; EXITED:  error=None

declare void @exit(i32)

define i32 @crash() {
  %p = alloca ptr
  store ptr null, ptr %p
  %q = load ptr, ptr %p
  store volatile i32 1, ptr %q
  ret i32 0
}

define i32 @spin() {
entry:
  br label %loop
loop:
  br label %loop
}

define i32 @leave() {
  call void @exit(i32 42)
  unreachable
}
