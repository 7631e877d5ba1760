; Guards: an entry that calls exit(3) instead of returning is reported as exited with
; status 3 (exit 5, one error line, no result), on MCJIT, ORC and the interpreter (whose
; exit is its own, lle_X_exit, ending in the C library's exit); exit status 3 is the
; entry's, never the runner's own. What the entry printed before exit is kept, since exit
; flushes stdio, and it comes before the report.
; RUN: %exit 5 %jitxr --engine mcjit %s 2> %t.mcjit.err | FileCheck %s --check-prefixes=CHECK,RF
; RUN: FileCheck %s --check-prefix=ERR < %t.mcjit.err
; RUN: count 1 < %t.mcjit.err
; RUN: %exit 5 %jitxr --engine orc %s 2> %t.orc.err | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: FileCheck %s --check-prefix=ERR < %t.orc.err
; RUN: %exit 5 %jitxr --engine interp %s 2> %t.interp.err | FileCheck %s --check-prefixes=CHECK,RF
; RUN: FileCheck %s --check-prefix=ERR < %t.interp.err
; exit(0) is no success either: the entry did not return.
; RUN: %exit 5 %jitxr --engine mcjit --entry exit_zero %s 2> %t.zero.err | FileCheck %s --check-prefix=ZERO
; RUN: FileCheck %s --check-prefix=ZERO-ERR < %t.zero.err

; CHECK:      {{^}}kept before exit{{$}}
; CHECK-NEXT: module:
; RF:         entry main runfunction exited 3
; THUNK:      entry main thunk exited 3
; CHECK-NOT:  {{^}}result
; ERR:        jitxr: error: entry 'main' called exit(3) instead of returning

; ZERO:       entry exit_zero runfunction exited 0
; ZERO-NOT:   {{^}}result
; ZERO-ERR:   jitxr: error: entry 'exit_zero' called exit(0) instead of returning

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
