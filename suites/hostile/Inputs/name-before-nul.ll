; The module of names-nul-in-bitcode.test, before its declaration's name is edited.
@s = private constant [3 x i8] c"hi\00"
declare i32 @putsQevil(ptr)

define i32 @main() {
  %r = call i32 @putsQevil(ptr @s)
  ret i32 0
}
