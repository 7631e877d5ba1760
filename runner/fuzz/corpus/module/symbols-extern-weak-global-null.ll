; Guards: an extern_weak global that no library provides maps to null and is not an error:
; JIT code tests its address against null (1) and never reads it.
; RUN: %jitxr %s | FileCheck %s

; CHECK:      symbol jitxr_no_such_global data weak-null [weak]
; CHECK-NEXT: entry main runfunction ok
; CHECK-NEXT: result i32 1

@jitxr_no_such_global = extern_weak global i32

define i32 @main() {
  %absent = icmp eq ptr @jitxr_no_such_global, null
  br i1 %absent, label %fallback, label %read
read:
  %v = load i32, ptr @jitxr_no_such_global
  ret i32 %v
fallback:
  ret i32 1
}
