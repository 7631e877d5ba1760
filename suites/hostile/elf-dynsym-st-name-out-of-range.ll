; Guards: a library whose .dynsym entries all have st_name 0x7ffffff0, far outside
; .dynstr (a corrupted or maliciously edited file), is read by the dynamic loader itself
; while dlopen relocates it, and by jitxr's ELF reading. Whatever gives way, the runner
; survives: one error line, exit 3 (the library cannot be loaded), the report of the stages
; before, valid JSON. The library is a %cc-so build patched by Inputs/elf_patch.py.
; RUN: %cc-so -DSIGCHLD_IGN %S/Inputs/ctor.c -o %t.good.so
; RUN: %python %S/Inputs/elf_patch.py st-name-all %t.good.so %t.so | FileCheck %s --check-prefix=PATCHED
; RUN: %exit 3 %jitxr -l %t.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DLIB=%t.so < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 3 %jitxr --format json -l %t.so %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON -DLIB=%t.so
; RUN: %python %S/../tools/survives.py 3 %jitxr --no-run --format json -l %t.so %s | FileCheck %s --check-prefix=SURVIVED

; PATCHED: patched {{[1-9][0-9]*}}

; CHECK:      module:
; CHECK:      entry main - not-run
; CHECK-NOT:  {{^}}result

; ERR: jitxr: error: {{.*}}library '[[LIB]]'
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 3 {{.*}}library '[[LIB]]'

; SURVIVED: survived

declare i32 @lib_value()

define i32 @main() {
  %r = call i32 @lib_value()
  ret i32 %r
}
