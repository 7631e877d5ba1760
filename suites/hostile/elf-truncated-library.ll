; Guards: a library cut in half (an interrupted copy) has headers that promise segments and
; sections beyond the end of the file. dlopen refuses it or jitxr's reader does: either way
; one error line naming the library, exit 3, valid JSON; nothing maps or reads past the end.
; RUN: %cc-so -DSIGCHLD_IGN %S/Inputs/ctor.c -o %t.good.so
; RUN: %python %S/Inputs/elf_patch.py half %t.good.so %t.so | FileCheck %s --check-prefix=PATCHED
; RUN: %exit 3 %jitxr -l %t.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DLIB=%t.so < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr --format json -l %t.so %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON -DLIB=%t.so

; PATCHED: patched 1

; CHECK:      entry main - not-run

; ERR: jitxr: error: {{.*}}library '[[LIB]]'
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 3 {{.*}}library '[[LIB]]'

declare i32 @lib_value()

define i32 @main() {
  %r = call i32 @lib_value()
  ret i32 %r
}
