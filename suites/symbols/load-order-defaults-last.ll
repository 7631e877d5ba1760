; Guards: the default libraries come after every -l library: a -l library that defines a
; libc function (labs) provides it, and libc.so.6 is reported as shadowed.
; RUN: %cc-so %S/Inputs/labs.c -o %t.so
; RUN: %jitxr -l %t.so %s | FileCheck %s
; RUN: %jitxr -l %t.so %s --format json | FileCheck %s --check-prefix=JSON
; Without it, libc's labs.
; RUN: %jitxr %s | FileCheck %s --check-prefix=LIBC

; CHECK:      library {{.*}}.tmp.so
; CHECK-NEXT: library libc.so.6 {{.*}} (default)
; CHECK-NEXT: library libm.so.6 {{.*}} (default)
; CHECK-NEXT: library libgcc_s.so.1 {{.*}}/libgcc_s.so.1 (default)
; CHECK-NEXT: library ld-linux-{{.*}} (default)
; CHECK-NEXT: library libjitxr-rt.so {{.*}}/libjitxr-rt.so (default)
; CHECK-NEXT: symbol labs func mapped {{.*}}.tmp.so (shadowed: libc.so.6)
; CHECK:      result i64 -4999

; JSON:      "name": "labs",
; JSON-NEXT: "kind": "func",
; JSON-NEXT: "status": "mapped",
; JSON-NEXT: "provider": "{{.*}}.tmp.so",
; JSON-NEXT: "shadowed": [
; JSON-NEXT:   "libc.so.6"
; JSON-NEXT: ],

; LIBC: symbol labs func mapped libc.so.6{{$}}
; LIBC: result i64 5

declare i64 @labs(i64)

define i64 @main() {
  %r = call i64 @labs(i64 -5)
  ret i64 %r
}
