; Guards: an extern_weak function that no library provides maps to null, as the static linker
; would bind it, and is not an error: JIT code tests it against null and takes the other
; path. The engine must not go looking for it in the runner's own process either:
; zlibVersion, which the process has (through libLLVM), is null to JIT code too.
; RUN: %jitxr %s | FileCheck %s
; RUN: %jitxr %s --format json | FileCheck %s --check-prefix=JSON

; CHECK:      symbol jitxr_no_such_function func weak-null [weak]
; CHECK-NEXT: symbol zlibVersion func weak-null [weak]
; CHECK-NEXT: entry main runfunction ok
; CHECK-NEXT: result i32 11

; JSON:      "name": "jitxr_no_such_function",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "weak-null",
; JSON-NEXT: "provider": null,
; JSON:      "weak": true,
; JSON:      "name": "zlibVersion",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "weak-null",
; JSON-NEXT: "provider": null,
; JSON:      "error": null

declare extern_weak i32 @jitxr_no_such_function(i32)
declare extern_weak ptr @zlibVersion()

define i32 @main() {
  %absent = icmp eq ptr @jitxr_no_such_function, null
  %a = select i1 %absent, i32 1, i32 0
  %zabsent = icmp eq ptr @zlibVersion, null
  %z = select i1 %zabsent, i32 10, i32 0
  %r = add i32 %a, %z
  br i1 %absent, label %fallback, label %call
call:
  %c = call i32 @jitxr_no_such_function(i32 5)
  ret i32 %c
fallback:
  ret i32 %r
}
