; Guards: an output path that cannot be written (a folder that does not exist) is an AOT
; error naming the path and the reason, exit 6: a build that ignored it would link a stale
; object from an earlier run. The same holds for the assembly and the normalized module.
; RUN: rm -rf %t.nowhere
; RUN: %exit 6 %jitxr %s --comptime answer --emit-obj %t.nowhere/dir/x.o > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DPATH=%t.nowhere/dir/x.o < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 6 %jitxr %s --comptime answer --emit-asm %t.nowhere/dir/x.s 2> %t.asm.err
; RUN: FileCheck %s --check-prefix=ERR -DPATH=%t.nowhere/dir/x.s < %t.asm.err
; RUN: %exit 6 %jitxr %s --comptime answer --emit-normalized %t.nowhere/dir/x.ll 2> %t.ir.err
; RUN: FileCheck %s --check-prefix=ERR -DPATH=%t.nowhere/dir/x.ll < %t.ir.err
; RUN: %exit 6 %jitxr %s --comptime answer --emit-obj %t.nowhere/dir/x.o --format json 2> %t.json.err | %python -c 'import json, sys; e = json.load(sys.stdin)["error"]; print(e["code"], e["message"])' | FileCheck %s --check-prefix=JSON -DPATH=%t.nowhere/dir/x.o

; CHECK: comptime answer ok i32 42

; ERR: jitxr: error: cannot write '[[PATH]]': No such file or directory

; JSON: 6 cannot write '[[PATH]]': No such file or directory

define i32 @answer() {
  ret i32 42
}

define i32 @main() {
  %a = call i32 @answer()
  ret i32 %a
}
