; Guards: an -l with a '/' is a path, taken as is: any file name (not libNAME.so), and a
; relative path, resolved against the working directory; the report gives its base name
; and its absolute path.
; RUN: rm -rf %t && mkdir -p %t
; RUN: %cc-so -DPICK=7 %S/Inputs/pick.c -o %t/my-plugin.so
; RUN: %jitxr -l %t/my-plugin.so %s | FileCheck %s
; RUN: cd %t && %jitxr -l ./my-plugin.so %s | FileCheck %s
; Without a '/' the same word is a name: -l my-plugin.so means libmy-plugin.so.so, not the
; file in the working directory.
; RUN: cd %t && %exit 3 %jitxr -l my-plugin.so %s 2>&1 | FileCheck %s --check-prefix=NAME

; CHECK:      library my-plugin.so /{{.*}}/my-plugin.so
; CHECK:      symbol pick_value func mapped my-plugin.so
; CHECK:      result i32 7

; NAME: jitxr: error: cannot load library 'my-plugin.so': libmy-plugin.so.so: cannot open shared object file

declare i32 @pick_value()

define i32 @main() {
  %r = call i32 @pick_value()
  ret i32 %r
}
