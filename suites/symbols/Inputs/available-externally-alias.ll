; An available_externally alias (of an available_externally copy): a symbol defined
; elsewhere, which jitxr cannot turn into a declaration.
define available_externally i32 @ae_value() {
  ret i32 777
}

@ae_alias = available_externally alias i32 (), ptr @ae_value

define i32 @main() {
  %v = call i32 @ae_alias()
  ret i32 %v
}
