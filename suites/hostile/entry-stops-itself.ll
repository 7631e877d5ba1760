; Guards: an entry that stops itself (raise(SIGSTOP): a program waiting for a debugger to
; attach) neither ends nor crashes; a runner that waits for the child to end, or reads a
; stopped child as ended, hangs or misreports. --timeout must end it: status timeout,
; exit 5, one error line.
; RUN: %exit 5 %jitxr --timeout 1 %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 5 %jitxr --timeout 1 --engine interp %s 2> /dev/null | FileCheck %s

; CHECK:     entry main {{runfunction|thunk}} timeout{{$}}
; CHECK-NOT: {{^}}result
; ERR:       jitxr: error: entry 'main' timed out after 1 s{{$}}
; ONE:       {{^}}1{{$}}

declare i32 @raise(i32)

define i32 @main() {
  ; SIGSTOP is 19 on x86-64 and AArch64 Linux alike
  call i32 @raise(i32 19)
  ret i32 7
}
