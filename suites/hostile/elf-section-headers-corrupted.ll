; Guards: a library whose section header table is unreadable (e_shoff far past the end of
; the file) or stripped (e_shnum 0, as sstrip tools do) still loads (the loader uses only
; program headers), but jitxr cannot read what it defines: one clear error, exit 3, valid
; JSON; never a read at e_shoff.
; RUN: %cc-so -DSIGCHLD_IGN %S/Inputs/ctor.c -o %t.good.so
; RUN: %python %S/Inputs/elf_patch.py shoff %t.good.so %t.shoff.so | FileCheck %s --check-prefix=PATCHED
; RUN: %python %S/Inputs/elf_patch.py shnum0 %t.good.so %t.shnum.so | FileCheck %s --check-prefix=PATCHED
; RUN: %exit 3 %jitxr -l %t.shoff.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DLIB=%t.shoff.so < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr --format json -l %t.shoff.so %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON -DLIB=%t.shoff.so
; RUN: %exit 3 %jitxr -l %t.shnum.so %s > %t.shnum.out 2> %t.shnum.err
; RUN: FileCheck %s --check-prefix=ERR -DLIB=%t.shnum.so < %t.shnum.err
; RUN: grep -c "jitxr: error:" %t.shnum.err | FileCheck %s --check-prefix=ONE

; PATCHED: patched 1

; CHECK:      entry main - not-run

; ERR: jitxr: error: cannot load library '[[LIB]]': no dynamic symbol table{{$}}
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 3 cannot load library '[[LIB]]': no dynamic symbol table{{$}}

declare i32 @lib_value()

define i32 @main() {
  %r = call i32 @lib_value()
  ret i32 %r
}
