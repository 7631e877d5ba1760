; Guards: a library constructor that blocks every signal (sigprocmask, as code that
; handles signals in a dedicated thread does) leaves that mask to every process forked
; after it, the entry's child included. The timeout must still end a spinning entry (a
; runner that relies on SIGALRM or SIGTERM reaching the child would hang until lit kills
; it), and a fault must still be reported as the crash it is.
; RUN: %cc-so -DBLOCK_ALL %S/Inputs/ctor.c -o %t.so
; RUN: %exit 5 %jitxr -l %t.so --timeout 0.5 --entry spin %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=SPIN < %t.out
; RUN: FileCheck %s --check-prefix=SPIN-ERR < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 5 %jitxr -l %t.so --timeout 0.5 --entry spin --engine orc %s 2> /dev/null | FileCheck %s --check-prefix=SPIN
; RUN: %exit 5 %jitxr -l %t.so --timeout 0.5 --entry spin --engine interp %s 2> /dev/null | FileCheck %s --check-prefix=SPIN
; RUN: %exit 5 %jitxr -l %t.so --entry crash %s > %t.crash.out 2> %t.crash.err
; RUN: FileCheck %s --check-prefix=CRASH < %t.crash.out
; RUN: FileCheck %s --check-prefix=CRASH-ERR < %t.crash.err

; SPIN:      entry spin {{runfunction|thunk}} timeout{{$}}
; SPIN-ERR:  jitxr: error: entry 'spin' timed out after 0.5 s{{$}}
; CRASH:     entry crash {{runfunction|thunk}} crashed SIGSEGV{{$}}
; CRASH-ERR: jitxr: error: entry 'crash' crashed: SIGSEGV{{$}}
; ONE: {{^}}1{{$}}

declare i32 @lib_value()

define i32 @spin() {
entry:
  %r = call i32 @lib_value()
  br label %loop
loop:
  br label %loop
}

define i32 @crash() null_pointer_is_valid {
  %r = call i32 @lib_value()
  store volatile i32 %r, ptr null
  ret i32 %r
}
