; Guards: relative paths on the command line mean the directory jitxr was started in, even
; after a library constructor calls chdir("/") (servers and plugins do): a second library
; given as a relative path must still load, and a relative --emit-normalized file must be
; written where the user asked, not under /.
; (Was a defect: after the constructor's chdir, `-l ./libB.so` failed with "No such file or
; directory" and `--emit-normalized out.ll` wrote /out.ll. The worker now takes relative
; paths from the folder it started in; the program itself runs where the constructor left
; it, as natively.)
; RUN: rm -rf %t.dir
; RUN: mkdir -p %t.dir
; RUN: %cc-so -DCHDIR %S/Inputs/ctor.c -o %t.dir/libchdir.so
; RUN: %cc-so -DSIGCHLD_IGN %S/Inputs/ctor.c -o %t.dir/libsecond.so
; RUN: cp %s %t.dir/module.ll
; RUN: cd %t.dir && %exit 0 %jitxr -l ./libchdir.so -l ./libsecond.so module.ll > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: cd %t.dir && %exit 0 %jitxr -l ./libchdir.so --comptime answer module.ll --emit-normalized normalized.ll > %t.ct.out
; RUN: FileCheck %s --check-prefix=NORMALIZED < %t.dir/normalized.ll

; CHECK:      library libchdir.so
; CHECK-NEXT: library libsecond.so
; CHECK:      symbol lib_value func mapped libchdir.so (shadowed: libsecond.so)
; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i32 5

; NORMALIZED: define i32 @main()
; NORMALIZED: ret i32 5

declare i32 @lib_value()

define i32 @answer() {
  %r = call i32 @lib_value()
  ret i32 %r
}

define i32 @main() {
  %r = call i32 @answer()
  ret i32 %r
}
