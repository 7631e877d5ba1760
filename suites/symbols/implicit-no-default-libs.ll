; Guards: implicit calls follow the same rules as declared ones: with --no-default-libs,
; memcpy (from llvm.memcpy) and fmod (from frem) have no provider, so they are reported
; unresolved and implicit (exit 4, nothing runs), never taken from the runner's process.
; Two implicit symbols in one module (the runner once read past its list of declarations).
; UNSUPPORTED: asan
; (ASan's interceptors put strlen, memcpy and friends in the runner's own process, so
; the process's view this case checks against is ASan's, not libc's.)
; RUN: %exit 4 %jitxr --no-default-libs %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %exit 4 %jitxr --no-default-libs %s --format json | FileCheck %s --check-prefix=JSON
; With the defaults both resolve and the module computes fmod(7.5, 2).
; RUN: %jitxr %s | FileCheck %s --check-prefix=DEFAULTS

; CHECK:      symbol fmod func unresolved [implicit]
; CHECK-NEXT:   warning: not declared in the IR: the code generator calls it
; CHECK-NEXT:   hint: the runner's own process has it (in libm.so.6), but jitxr never takes symbols from its own process
; CHECK-NEXT:   hint: libm.so.6 defines it: add -l m
; CHECK-NEXT: symbol memcpy func unresolved [implicit]
; CHECK-NEXT:   warning: not declared in the IR: the code generator calls it
; CHECK-NEXT:   hint: the runner's own process has it (in libc.so.6)
; CHECK-NEXT:   hint: libc.so.6 defines it: add -l c
; CHECK-NEXT: entry main - not-run
; CHECK-NOT:  result

; ERR: jitxr: error: 2 unresolved symbols: fmod, memcpy{{$}}

; JSON:      "name": "fmod",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "unresolved",
; JSON-NEXT: "provider": null,
; JSON:      "implicit": true
; JSON:      "name": "memcpy",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "unresolved",
; JSON-NEXT: "provider": null,
; JSON:      "implicit": true

; DEFAULTS:      symbol fmod func mapped libm.so.6 [implicit]
; DEFAULTS:      symbol memcpy func mapped libc.so.6 {{(\[ifunc\] )?}}[implicit]
; DEFAULTS:      result double 1.5 (0x3ff8000000000000)

define double @main() {
  %size = alloca i64
  store volatile i64 8, ptr %size
  %n = load volatile i64, ptr %size
  %slot = alloca double
  %copy = alloca double
  store volatile double 7.500000e+00, ptr %slot
  call void @llvm.memcpy.p0.p0.i64(ptr %copy, ptr %slot, i64 %n, i1 false)
  %x = load double, ptr %copy
  %r = frem double %x, 2.000000e+00
  ret double %r
}

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
