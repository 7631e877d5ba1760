; main for the lib-search cases: fx_add3 (libfx.so) and only_a (libfxa.so), 1 + 2 + 3 + 100
declare i32 @fx_add3(i32, i32, i32)
declare i32 @only_a()
define i32 @main() {
  %a = call i32 @fx_add3(i32 1, i32 2, i32 3)
  %b = call i32 @only_a()
  %r = add i32 %a, %b
  ret i32 %r
}
