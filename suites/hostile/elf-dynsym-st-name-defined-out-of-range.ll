; Guards: when only the symbols a library defines have an out-of-range st_name (the loader
; never reads those names while relocating, so dlopen succeeds), jitxr's own reading of
; the ELF table meets the bad offsets: they are names it cannot read, so lib_value is simply
; not found: unresolved, exit 4, one error line, valid JSON; never a read past .dynstr.
; RUN: %cc-so -DSIGCHLD_IGN %S/Inputs/ctor.c -o %t.good.so
; RUN: %python %S/Inputs/elf_patch.py st-name-defined %t.good.so %t.so | FileCheck %s --check-prefix=PATCHED
; RUN: %exit 4 %jitxr -l %t.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 4 %jitxr --format json -l %t.so %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON

; PATCHED: patched {{[1-9][0-9]*}}

; CHECK:      library {{.*}}.so {{.*}}
; CHECK:      symbol lib_value func unresolved
; CHECK:      entry main - not-run

; ERR: jitxr: error: 1 unresolved symbol: lib_value{{$}}
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 4 1 unresolved symbol: lib_value{{$}}
; JSON:      symbol: lib_value func unresolved

declare i32 @lib_value()

define i32 @main() {
  %r = call i32 @lib_value()
  ret i32 %r
}
