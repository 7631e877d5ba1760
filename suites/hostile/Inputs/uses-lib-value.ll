; A module that calls lib_value() (Inputs/ctor.c) and returns its value, 5.
declare i32 @lib_value()

define i32 @main() {
  %r = call i32 @lib_value()
  ret i32 %r
}
