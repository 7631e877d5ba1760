; A module calling a function that our runtime does not define (runtime-data-unresolved.ll).
declare i32 @rt_not_there()

define i32 @main() {
  %v = call i32 @rt_not_there()
  ret i32 %v
}
