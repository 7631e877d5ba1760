; Guards: an entry that calls exit(3) instead of returning has ended, as a program does:
; it is reported as exited with status 3 (no result), and that is not a failure of jitxr:
; exit 0 and no error line, on MCJIT, ORC and the interpreter (whose exit is its own,
; lle_X_exit, ending in the C library's exit). With --program-exit jitxr ends with the
; program's status, 3, as lli does. What the entry printed before exit is kept, since exit
; flushes stdio, and it comes before the report.
; RUN: %exit 0 %jitxr --engine mcjit %s 2> %t.mcjit.err | FileCheck %s --check-prefixes=CHECK,RF
; RUN: count 0 < %t.mcjit.err
; RUN: %exit 0 %jitxr --engine orc %s 2> %t.orc.err | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: count 0 < %t.orc.err
; RUN: %exit 0 %jitxr --engine interp %s 2> %t.interp.err | FileCheck %s --check-prefixes=CHECK,RF
; RUN: count 0 < %t.interp.err
; RUN: %exit 3 %jitxr --program-exit --engine mcjit %s 2> %t.pe.err | FileCheck %s --check-prefixes=CHECK,RF
; RUN: count 0 < %t.pe.err
; RUN: %exit 3 %jitxr --program-exit --engine orc %s 2> /dev/null | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: %exit 3 %jitxr --program-exit --engine interp %s 2> /dev/null | FileCheck %s --check-prefixes=CHECK,RF
; exit(0) the same, with status 0.
; RUN: %exit 0 %jitxr --engine mcjit --entry exit_zero %s | FileCheck %s --check-prefix=ZERO
; RUN: %exit 0 %jitxr --program-exit --engine mcjit --entry exit_zero %s | FileCheck %s --check-prefix=ZERO

; CHECK:      {{^}}kept before exit{{$}}
; CHECK-NEXT: module:
; RF:         entry main runfunction exited 3
; THUNK:      entry main thunk exited 3
; CHECK-NOT:  {{^}}result

; ZERO:       entry exit_zero runfunction exited 0
; ZERO-NOT:   {{^}}result

@msg = private constant [17 x i8] c"kept before exit\00"
declare i32 @puts(ptr)
declare void @exit(i32)

define i32 @main() {
  call i32 @puts(ptr @msg)
  call void @exit(i32 3)
  unreachable
}

define i32 @exit_zero() {
  call void @exit(i32 0)
  unreachable
}
