; Guards: llvm.memcpy with a size known only at run time becomes a call to memcpy that the IR
; never declares. It is found by compiling the module as the JIT will, reported as an implicit
; symbol and resolved from libc.so.6, not taken silently from the runner's process; the copy
; really happens ('j' + 'r' read back from the destination).
; RUN: %jitxr %s | FileCheck %s
; RUN: %jitxr %s --format json | FileCheck %s --check-prefix=JSON

; CHECK:      symbol memcpy func mapped libc.so.6 {{(\[ifunc\] )?}}[implicit]
; CHECK-NEXT:   warning: not declared in the IR: the code generator calls it
; CHECK-NEXT: entry main runfunction ok
; CHECK-NEXT: result i32 220

; JSON:      "name": "memcpy",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "mapped",
; JSON-NEXT: "provider": "libc.so.6",
; JSON:      "implicit": true
; JSON:      "error": null

@src = private constant [6 x i8] c"jitxr\00"

define i32 @main() {
  %size = alloca i64
  store volatile i64 6, ptr %size
  %n = load volatile i64, ptr %size
  %dst = alloca [6 x i8]
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr @src, i64 %n, i1 false)
  %c0 = load i8, ptr %dst
  %p4 = getelementptr i8, ptr %dst, i64 4
  %c4 = load i8, ptr %p4
  %a = zext i8 %c0 to i32
  %b = zext i8 %c4 to i32
  %r = add i32 %a, %b
  ret i32 %r
}

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
