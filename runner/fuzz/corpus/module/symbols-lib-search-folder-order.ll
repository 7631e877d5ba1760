; Guards: the -L folders are searched in command-line order: when two folders both hold
; libpick.so, -l pick loads the copy of the first folder (its pick_value is called).
; RUN: rm -rf %t && mkdir -p %t/one %t/two
; RUN: %cc-so -DPICK=1 %S/Inputs/pick.c -o %t/one/libpick.so
; RUN: %cc-so -DPICK=2 %S/Inputs/pick.c -o %t/two/libpick.so
; RUN: %jitxr -L %t/one -L %t/two -l pick %s | FileCheck %s --check-prefix=ONE
; RUN: %jitxr -L %t/two -L %t/one -l pick %s | FileCheck %s --check-prefix=TWO
; A folder without the library is skipped.
; RUN: %jitxr -L %fixtures -L %t/two -l pick %s | FileCheck %s --check-prefix=TWO

; ONE:      library libpick.so {{.*}}/one/libpick.so
; ONE-NOT:  library libpick.so
; ONE:      symbol pick_value func mapped libpick.so
; ONE:      result i32 1

; TWO:      library libpick.so {{.*}}/two/libpick.so
; TWO-NOT:  library libpick.so
; TWO:      symbol pick_value func mapped libpick.so
; TWO:      result i32 2

declare i32 @pick_value()

define i32 @main() {
  %r = call i32 @pick_value()
  ret i32 %r
}
