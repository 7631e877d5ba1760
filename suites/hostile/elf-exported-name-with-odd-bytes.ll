; Guards: a library whose exported name holds a newline and a 0xFF byte (the .dynstr bytes
; of "lib_value" replaced, same length) is listed by jitxr's ELF reading but not found by
; the loader (its hash no longer matches): the warning that says so quotes the loader's
; message, which contains the name, and must keep it escaped: one fact a line in text,
; valid UTF-8 JSON. Declared with the same bytes, the symbol is unresolved (exit 4).
; RUN: %cc-so -DSIGCHLD_IGN %S/Inputs/ctor.c -o %t.good.so
; RUN: %python -c 'import sys; d = open(sys.argv[1], "rb").read(); n = d.count(b"\0lib_value\0"); open(sys.argv[2], "wb").write(d.replace(b"\0lib_value\0", b"\0lib\nval\xffe\0")); print("renamed", n)' %t.good.so %t.so | FileCheck %s --check-prefix=RENAMED
; RUN: %exit 4 %jitxr -l %t.so %s > %t.out 2> %t.err
; RUN: FileCheck %s --match-full-lines < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 4 %jitxr --format json -l %t.so %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON

; RENAMED: renamed {{[1-9]}}

; CHECK:      symbol lib\0Aval\FFe func unresolved{{.*}}
; CHECK-NEXT:   warning: {{.*}}lib\0Aval\FFe{{.*}}
; CHECK-NEXT: entry main - not-run

; ERR: jitxr: error: 1 unresolved symbol: lib\0Aval\FFe{{$}}
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 4 1 unresolved symbol: lib\0Aval\FFe{{$}}
; JSON:      symbol: lib\0Aval\FFe func unresolved

declare i32 @"lib\0Aval\FFe"()

define i32 @main() {
  %r = call i32 @"lib\0Aval\FFe"()
  ret i32 %r
}
