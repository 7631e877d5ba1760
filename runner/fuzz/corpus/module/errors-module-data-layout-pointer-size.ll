; Guards: a module whose data layout has 4-byte pointers (IR generated for a 32-bit target
; and given no triple) is an input error naming the layout, exit 3: type sizes and
; offsets computed from it would disagree with the 8-byte pointers of the code the JIT
; generates and of the libraries it calls.
; RUN: %exit 3 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%s -DARCH=%arch < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 3 %jitxr --format json %s 2> %t.json.err | %python -c 'import json, sys; e = json.load(sys.stdin)["error"]; print(e["code"]); print(e["message"])' | FileCheck %s --check-prefix=JSON -DMODULE=%s -DARCH=%arch

; CHECK-NOT: {{^}}symbol
; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: module '[[MODULE]]' has data layout 'e-p:32:32' (4-byte pointers, little-endian), not [[ARCH]]'s

; JSON:      {{^}}3{{$}}
; JSON-NEXT: module '[[MODULE]]' has data layout 'e-p:32:32' (4-byte pointers, little-endian), not [[ARCH]]'s

target datalayout = "e-p:32:32"

@p = global ptr null

define i32 @main() {
  ret i32 0
}
