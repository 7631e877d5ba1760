; Guards: -l NAME that neither the -L folders nor the dynamic loader can find is an input
; error naming the library as given and the file looked for (libNAME.so), exit 3; a
; missing library must never be skipped silently.
; RUN: rm -rf %t.empty
; RUN: mkdir -p %t.empty
; RUN: %exit 3 %jitxr -L %t.empty -l jitxr_no_such_library %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 3 %jitxr --format json -L %t.empty -l jitxr_no_such_library %s 2> %t.json.err | %python -c 'import json, sys; e = json.load(sys.stdin)["error"]; print(e["code"]); print(e["message"])' | FileCheck %s --check-prefix=JSON

; CHECK-NOT: {{^}}library
; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: cannot load library 'jitxr_no_such_library': libjitxr_no_such_library.so: cannot open shared object file: No such file or directory

; JSON:      {{^}}3{{$}}
; JSON-NEXT: cannot load library 'jitxr_no_such_library': libjitxr_no_such_library.so: {{.+}}

define i32 @main() {
  ret i32 0
}
