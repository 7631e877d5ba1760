; Guards: a comptime function that has no call left to take its value (clang -O1 inlined
; `answer` into main and kept its external definition) still runs, but with a warning on its
; line and in the JSON object's "warnings": the binary computes it at run time, and the build
; should know; a noinline one whose value the optimizer cannot fold (`kept`, which reads a
; volatile) is replaced, without a warning. At -O0 neither warns.
; RUN: %clang-ir -O1 %S/Inputs/inlined.c -o %t.o1.ll
; RUN: %jitxr %t.o1.ll --comptime answer --comptime kept --emit-normalized %t.norm.ll | FileCheck %s
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@kept < %t.norm.ll
; RUN: %jitxr %t.o1.ll --comptime answer --comptime kept --format json \
; RUN:   | %python -c 'import json, sys; [print(c["name"], c["warnings"]) for c in json.load(sys.stdin)["comptime"]]' \
; RUN:   | FileCheck %s --check-prefix=JSON
; RUN: %clang-ir -O0 %S/Inputs/inlined.c -o %t.o0.ll
; RUN: %jitxr %t.o0.ll --comptime answer --comptime kept | FileCheck %s --check-prefix=O0

; CHECK:      comptime answer ok i32 42
; CHECK-NEXT:   warning: no call of 'answer' is left in the module to take its value (an optimizer inlined or folded it, as clang -O1 does): the binary computes it at run time; compile at -O0, or mark it noinline
; CHECK-NEXT: comptime kept ok i32 99
; CHECK-NOT:  warning

; main's 42 is the inlined body of answer, its 99 kept's value
; IR: define {{.*}} i32 @main()
; IR-NEXT: add nsw i32 99, 42

; JSON:      answer ["no call of 'answer' is left in the module
; JSON-NEXT: kept []

; O0:     comptime answer ok i32 42
; O0-NEXT: comptime kept ok i32 99
; O0-NOT: warning
