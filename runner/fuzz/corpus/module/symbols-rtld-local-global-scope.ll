; Guards: a fixture's symbols never enter the process's global scope (RTLD_LOCAL), so code
; that looks symbols up by name, dlsym(RTLD_DEFAULT, ...), cannot find them even while the
; library is loaded and mapped: fx_add3 is called through the mapping (6) and the lookup is
; null (+1), while strlen, from the process's own libc, is found (+10).
; RUN: %jitxr -l %fixtures/libfx.so %s | FileCheck %s

; CHECK: symbol fx_add3 func mapped libfx.so
; CHECK: symbol dlsym func mapped libc.so.6
; CHECK: result i32 71

@fx_name = private constant [8 x i8] c"fx_add3\00"
@strlen_name = private constant [7 x i8] c"strlen\00"
declare i32 @fx_add3(i32, i32, i32)
declare ptr @dlsym(ptr, ptr)

define i32 @main() {
  %sum = call i32 @fx_add3(i32 1, i32 2, i32 3)
  %fx = call ptr @dlsym(ptr null, ptr @fx_name) ; RTLD_DEFAULT is null in glibc
  %hidden = icmp eq ptr %fx, null
  %h = zext i1 %hidden to i32
  %sl = call ptr @dlsym(ptr null, ptr @strlen_name)
  %found = icmp ne ptr %sl, null
  %f = select i1 %found, i32 10, i32 0
  %m = mul i32 %sum, 10
  %a = add i32 %m, %h
  %r = add i32 %a, %f
  ret i32 %r
}
