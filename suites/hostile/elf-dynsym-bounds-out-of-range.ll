; Guards: .dynsym section headers that point outside the file (sh_size or sh_offset near
; 2^47, an sh_link to a section that does not exist, a .dynstr sh_size near 2^47) or have
; sh_entsize 0 (a division by zero for a reader that counts entries) are read as an empty
; table: the library loads, lib_value is unresolved (exit 4), one error line, valid JSON.
; RUN: %cc-so -DSIGCHLD_IGN %S/Inputs/ctor.c -o %t.good.so
; RUN: %python %S/Inputs/elf_patch.py dynsym-size %t.good.so %t.size.so | FileCheck %s --check-prefix=PATCHED
; RUN: %python %S/Inputs/elf_patch.py dynsym-offset %t.good.so %t.offset.so | FileCheck %s --check-prefix=PATCHED
; RUN: %python %S/Inputs/elf_patch.py dynsym-link %t.good.so %t.link.so | FileCheck %s --check-prefix=PATCHED
; RUN: %python %S/Inputs/elf_patch.py dynsym-entsize0 %t.good.so %t.entsize.so | FileCheck %s --check-prefix=PATCHED
; RUN: %python %S/Inputs/elf_patch.py dynstr-size %t.good.so %t.strsize.so | FileCheck %s --check-prefix=PATCHED
; RUN: %exit 4 %jitxr -l %t.size.so %s 2> %t.size.err | FileCheck %s
; RUN: grep -c "jitxr: error:" %t.size.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 4 %jitxr -l %t.offset.so %s 2> %t.offset.err | FileCheck %s
; RUN: grep -c "jitxr: error:" %t.offset.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 4 %jitxr -l %t.link.so %s 2> %t.link.err | FileCheck %s
; RUN: grep -c "jitxr: error:" %t.link.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 4 %jitxr -l %t.entsize.so %s 2> %t.entsize.err | FileCheck %s
; RUN: grep -c "jitxr: error:" %t.entsize.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 4 %jitxr -l %t.strsize.so %s 2> %t.strsize.err | FileCheck %s
; RUN: grep -c "jitxr: error:" %t.strsize.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 4 %jitxr --format json -l %t.size.so %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON
; RUN: %exit 4 %jitxr --format json -l %t.entsize.so %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON

; PATCHED: patched 1

; CHECK:      symbol lib_value func unresolved
; CHECK:      entry main - not-run
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 4 1 unresolved symbol: lib_value{{$}}

declare i32 @lib_value()

define i32 @main() {
  %r = call i32 @lib_value()
  ret i32 %r
}
