; Guards: a file that is not ELF passed as a library (a GNU ld script such as libc.so, a
; README, a stray text file named lib*.so) is an input error that says it is not an ELF
; file, exit 3, instead of dlopen's "invalid ELF header" or an empty symbol table.
; RUN: rm -rf %t.dir
; RUN: mkdir -p %t.dir
; RUN: echo "GROUP ( /lib/libc.so.6 )" > %t.dir/libtext.so
; RUN: %exit 3 %jitxr -l %t.dir/libtext.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DLIB=%t.dir/libtext.so < %t.err
; RUN: count 1 < %t.err

; Found by name in a -L folder: the same check, the same error.
; RUN: %exit 3 %jitxr -L %t.dir -l text %s > %t.name.out 2> %t.name.err
; RUN: FileCheck %s --check-prefix=ERR -DLIB=%t.dir/libtext.so < %t.name.err
; RUN: count 1 < %t.name.err

; CHECK-NOT: {{^}}library
; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: cannot load library '[[LIB]]': not an ELF file

define i32 @main() {
  ret i32 0
}
