; Guards: -l with a path that does not exist (a fixture that failed to build, a wrong build
; folder) is an input error naming the library as given and the system's reason, exit 3,
; before anything is resolved: it must not fall back to the loader's search or go on
; without the library.
; RUN: rm -rf %t.nowhere
; RUN: %exit 3 %jitxr -l %t.nowhere/libmissing.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DLIB=%t.nowhere/libmissing.so < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 3 %jitxr --format json -l %t.nowhere/libmissing.so %s 2> %t.json.err | %python -c 'import json, sys; d = json.load(sys.stdin); e = d["error"]; print(e["code"]); print(e["message"]); print(len(d["symbols"]))' | FileCheck %s --check-prefix=JSON -DLIB=%t.nowhere/libmissing.so

; CHECK-NOT: {{^}}library
; CHECK-NOT: {{^}}symbol
; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: cannot load library '[[LIB]]': No such file or directory

; JSON:      {{^}}3{{$}}
; JSON-NEXT: cannot load library '[[LIB]]': No such file or directory
; JSON-NEXT: {{^}}0{{$}}

define i32 @main() {
  ret i32 0
}
