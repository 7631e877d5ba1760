; Guards: nothing is taken from the libraries of the runner's own process either: libstdc++
; (__cxa_demangle), zlib (zlibVersion) and json-c are all loaded into it (through libLLVM
; and the runner), and the runner's own functions (jx_resolve) exist too, yet each is
; unresolved, the first three with a hint naming where the process has them (exit 4).
; RUN: %exit 4 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err

; CHECK:      symbol __cxa_demangle func unresolved{{$}}
; CHECK-NEXT:   hint: the runner's own process has it (in libstdc++.so.6), but jitxr never takes symbols from its own process
; CHECK-NEXT:   hint: libstdc++.so.6 defines it: add -l stdc++
; CHECK-NEXT: symbol zlibVersion func unresolved{{$}}
; CHECK-NEXT:   hint: the runner's own process has it (in libz.so.1)
; CHECK-NEXT:   hint: libz.so.1 defines it: add -l z
; CHECK-NEXT: symbol json_object_new_object func unresolved{{$}}
; CHECK-NEXT:   hint: the runner's own process has it (in libjson-c.so.5)
; CHECK-NEXT:   hint: libjson-c.so.5 defines it: add -l json-c
; CHECK-NEXT: symbol jx_resolve func unresolved{{$}}
; CHECK-NEXT: entry main - not-run

; ERR: jitxr: error: 4 unresolved symbols: __cxa_demangle, zlibVersion, json_object_new_object, jx_resolve

declare ptr @__cxa_demangle(ptr, ptr, ptr, ptr)
declare ptr @zlibVersion()
declare ptr @json_object_new_object()
declare i32 @jx_resolve(ptr, ptr, ptr, ptr)

define i32 @main() {
  %d = call ptr @__cxa_demangle(ptr null, ptr null, ptr null, ptr null)
  %z = call ptr @zlibVersion()
  %j = call ptr @json_object_new_object()
  %r = call i32 @jx_resolve(ptr null, ptr null, ptr null, ptr null)
  ret i32 %r
}
