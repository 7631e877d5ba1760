; Guards: an entry that calls exit() ends like a real program: the module's destructors
; (llvm.global_dtors) still run, once, after what the entry printed; and an entry that
; returns runs them once too, not a second time at the child's exit.
; RUN: %exit 0 %jitxr %s 2>/dev/null | FileCheck %s
; RUN: %exit 0 %jitxr --entry normal %s | FileCheck %s --check-prefix=NORMAL

; CHECK:      before exit
; CHECK-NEXT: destructor
; CHECK-NEXT: module:
; CHECK:      entry main runfunction exited 0

; NORMAL:      destructor
; NORMAL-NEXT: module:
; NORMAL-NOT:  {{^}}destructor

@d = private constant [11 x i8] c"destructor\00"
@b = private constant [12 x i8] c"before exit\00"
declare i32 @puts(ptr)
declare void @exit(i32)

define internal void @dt() {
  call i32 @puts(ptr @d)
  ret void
}
@llvm.global_dtors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @dt, ptr null }]

define i32 @main() {
  call i32 @puts(ptr @b)
  call void @exit(i32 0)
  ret i32 0
}

define i32 @normal() {
  ret i32 0
}
