; The module of names-nul-in-definition.test, before a global's name is edited.
@gQx = global i32 5
@g = global i32 7

define ptr @where() {
  ret ptr @gQx
}

define i32 @main() {
  ret i32 0
}
