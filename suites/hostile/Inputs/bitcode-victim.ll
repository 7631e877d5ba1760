; The module that the bitcode cases assemble with llvm-as and then damage: a named struct,
; globals and a private string, external calls, an internal function returning a struct,
; a loop with phis. main returns 5 + 4 = 9.
%pair = type { i32, double }
@g = global [4 x i32] [i32 1, i32 2, i32 3, i32 4]
@s = private constant [6 x i8] c"hello\00"
declare i64 @strlen(ptr)

define internal %pair @mk(i32 %x) {
  %d = sitofp i32 %x to double
  %a = insertvalue %pair poison, i32 %x, 0
  %b = insertvalue %pair %a, double %d, 1
  ret %pair %b
}

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %n = call i64 @strlen(ptr @s)
  %t = trunc i64 %n to i32
  %p = call %pair @mk(i32 %t)
  %v = extractvalue %pair %p, 0
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %j, %loop ]
  %q = getelementptr [4 x i32], ptr @g, i32 0, i32 %i
  %e = load i32, ptr %q
  %j = add i32 %i, 1
  %c = icmp slt i32 %j, 4
  br i1 %c, label %loop, label %done
done:
  %r = add i32 %v, %e
  ret i32 %r
}
