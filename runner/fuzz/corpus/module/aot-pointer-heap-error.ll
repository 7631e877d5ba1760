; Guards: a comptime value that points into malloc'd memory cannot be carried into the
; binary (the heap of the JIT's process is gone when the binary runs): it is an AOT error
; naming the function, exit 6, with the pointer reported as not a symbol or global and no
; address anywhere; nothing is emitted, so a build cannot go on with a dangling constant.
; RUN: rm -f %t.norm.ll %t.o
; RUN: %exit 6 %jitxr %s --comptime make_buffer --emit-normalized %t.norm.ll --emit-obj %t.o > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; RUN: not test -e %t.norm.ll
; RUN: not test -e %t.o
; RUN: %exit 6 %jitxr %s --comptime make_buffer --format json 2> %t.json.err | %python -c 'import json, sys; d = json.load(sys.stdin); c = d["comptime"][0]; print(c["name"], c["status"], json.dumps(c["result"], sort_keys=True)); print(d["error"]["code"], d["error"]["message"])' | FileCheck %s --check-prefix=JSON

; CHECK:     symbol malloc func mapped libc.so.6
; CHECK:     comptime make_buffer ok ptr <not a symbol or global>
; CHECK-NOT: {{^}}define

; ERR: jitxr: error: comptime function 'make_buffer' returned a pointer to memory outside every symbol and module global (heap or stack): the binary cannot have it

; JSON:      make_buffer ok {"type": "ptr", "unknown": true}
; JSON-NEXT: 6 comptime function 'make_buffer' returned a pointer to memory outside every symbol and module global

declare ptr @malloc(i64)

define ptr @make_buffer() {
  %p = call ptr @malloc(i64 64)
  store i8 7, ptr %p
  ret ptr %p
}

define i32 @main() {
  %p = call ptr @make_buffer()
  %v = load i8, ptr %p
  %r = zext i8 %v to i32
  ret i32 %r
}
