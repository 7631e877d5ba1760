; Guards: an ELF file of the other architecture passed as a library (the x86-64 build of a
; fixture given to the AArch64 runner, or the reverse) is an input error naming both
; machines, exit 3. The runner reads the ELF machine before anything else, so the message
; is about the architecture, not dlopen's "wrong ELF class" or "not a shared object".
; RUN: llc -mtriple=%other-triple -filetype=obj %s -o %t.other.so
; RUN: %exit 3 %jitxr -l %t.other.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=%ARCH -DLIB=%t.other.so < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 3 %jitxr --format json -l %t.other.so %s 2> %t.json.err | %python -c 'import json, sys; e = json.load(sys.stdin)["error"]; print(e["code"]); print(e["message"])' | FileCheck %s --check-prefix=JSON-%ARCH -DLIB=%t.other.so

; CHECK-NOT: {{^}}library
; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result

; X86_64:  jitxr: error: cannot load library '[[LIB]]': an ELF file for aarch64, not x86_64
; AARCH64: jitxr: error: cannot load library '[[LIB]]': an ELF file for x86_64, not aarch64

; JSON-X86_64:       {{^}}3{{$}}
; JSON-X86_64-NEXT:  cannot load library '[[LIB]]': an ELF file for aarch64, not x86_64
; JSON-AARCH64:      {{^}}3{{$}}
; JSON-AARCH64-NEXT: cannot load library '[[LIB]]': an ELF file for x86_64, not aarch64

define i32 @other_arch_function() {
  ret i32 1
}

define i32 @main() {
  ret i32 0
}
