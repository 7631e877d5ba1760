; A module whose main returns 7.
define i32 @main() {
  ret i32 7
}
