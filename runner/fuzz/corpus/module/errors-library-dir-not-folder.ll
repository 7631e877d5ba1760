; Guards: -L with something that is not a folder (a library file given to -L instead of
; -l, a folder that was never created) is an input error naming it, exit 3, even when no
; -l would have searched it: a misspelt -L must not go unnoticed until a library is
; found elsewhere.
; RUN: rm -rf %t.dir
; RUN: mkdir -p %t.dir
; RUN: echo "not a folder" > %t.dir/file
; RUN: %exit 3 %jitxr -L %t.dir/file %s > %t.file.out 2> %t.file.err
; RUN: FileCheck %s < %t.file.out
; RUN: FileCheck %s --check-prefix=ERR -DDIR=%t.dir/file < %t.file.err
; RUN: count 1 < %t.file.err

; RUN: %exit 3 %jitxr -L %t.dir/missing -l m %s > %t.missing.out 2> %t.missing.err
; RUN: FileCheck %s < %t.missing.out
; RUN: FileCheck %s --check-prefix=ERR -DDIR=%t.dir/missing < %t.missing.err
; RUN: count 1 < %t.missing.err

; CHECK-NOT: {{^}}library
; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: library folder '[[DIR]]' is not a folder

define i32 @main() {
  ret i32 0
}
