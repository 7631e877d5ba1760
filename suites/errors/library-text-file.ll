; Guards: a file that is neither ELF nor a GNU ld script passed as a library (a README, a
; stray text file named lib*.so) is an input error that says so, exit 3, instead of
; dlopen's "invalid ELF header" or an empty symbol table. (A real ld script such as libc.so
; is followed: symbols/lib-search-ld-script.test.)
; RUN: rm -rf %t.dir
; RUN: mkdir -p %t.dir
; RUN: echo "libtext: build it with make first" > %t.dir/libtext.so
; RUN: %exit 3 %jitxr -l %t.dir/libtext.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DLIB=%t.dir/libtext.so < %t.err
; RUN: count 1 < %t.err

; Found by name in a -L folder: the same check, the error names the file found.
; RUN: %exit 3 %jitxr -L %t.dir -l text %s > %t.name.out 2> %t.name.err
; RUN: FileCheck %s --check-prefix=NAME -DLIB=%t.dir/libtext.so < %t.name.err
; RUN: count 1 < %t.name.err

; CHECK-NOT: {{^}}library
; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: cannot load library '[[LIB]]': not an ELF file nor a GNU ld script{{$}}
; NAME: jitxr: error: cannot load library 'text': {{.*}}libtext.so is not an ELF file nor a GNU ld script{{$}}

define i32 @main() {
  ret i32 0
}
