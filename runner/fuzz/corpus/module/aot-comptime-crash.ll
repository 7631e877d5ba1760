; Guards: comptime code that crashes (a null dereference while computing a constant) is
; reported as that comptime function's crash with its signal, exit 5, in the child: the
; runner survives, the function that returned before it keeps its value (the child answers
; as each one returns), and nothing is emitted from a module whose constants were never
; all computed.
; RUN: rm -f %t.o
; RUN: %exit 5 %jitxr %s --comptime fine --comptime boom --emit-obj %t.o > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=NOVALUE < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; qemu-user itself reports the guest's fatal signal on stderr ("qemu: uncaught target
; signal 11 ... - core dumped"), whatever RLIMIT_CORE is: that line is the emulator's.
; RUN: grep -v '^qemu: uncaught target signal' %t.err | count 1
; RUN: not test -e %t.o

; CHECK-NOT: {{^}}define
; CHECK:     comptime fine ok i32
; CHECK-NEXT: comptime boom crashed SIGSEGV{{$}}

; NOVALUE-NOT: {{^}}comptime boom ok

; ERR: jitxr: error: comptime function 'boom' crashed: SIGSEGV

define i32 @fine() {
  ret i32 1
}

define i32 @boom() {
  %v = load volatile i32, ptr null
  ret i32 %v
}

define i32 @main() {
  %a = call i32 @fine()
  %b = call i32 @boom()
  %r = add i32 %a, %b
  ret i32 %r
}
