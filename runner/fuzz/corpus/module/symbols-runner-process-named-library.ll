; Guards: a library that the runner's process already has is fine once the user names it:
; -l libz.so.1 (the soname form of -l) makes zlibVersion mapped from libz.so.1, and JIT code
; reads the version string it returns ("1.x": first character '1' = 49).
; RUN: %jitxr -l libz.so.1 %s | FileCheck %s

; CHECK:      library libz.so.1 /{{.*}}/libz.so.1{{.*}}
; CHECK:      symbol zlibVersion func mapped libz.so.1
; CHECK:      result i8 49

declare ptr @zlibVersion()

define i8 @main() {
  %v = call ptr @zlibVersion()
  %c = load i8, ptr %v
  ret i8 %c
}
