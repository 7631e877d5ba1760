; Guards: `-l fx` means libfx.so looked up in the -L folders (as ld does), and the report
; names the file by its base name with the absolute path where it was found.
; RUN: %jitxr -L %fixtures -l fx %s | FileCheck %s
; RUN: %jitxr -L %fixtures -l fx %s --format json | FileCheck %s --check-prefix=JSON

; CHECK:      library libfx.so /{{.*}}/libfx.so
; CHECK-NEXT: library libc.so.6 {{.*}} (default)
; CHECK:      symbol fx_add3 func mapped libfx.so
; CHECK:      entry main runfunction ok
; CHECK-NEXT: result i32 15

; JSON:      "name": "libfx.so",
; JSON-NEXT: "path": "/{{.*}}/libfx.so",
; JSON-NEXT: "default": false

declare i32 @fx_add3(i32, i32, i32)

define i32 @main() {
  %r = call i32 @fx_add3(i32 4, i32 5, i32 6)
  ret i32 %r
}
