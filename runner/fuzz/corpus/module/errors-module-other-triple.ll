; Guards: a module whose target triple is the other architecture's (IR generated for the
; wrong machine, a cross build's bitcode) is an input error naming the triple and this
; runner's architecture, exit 3; MCJIT would otherwise compile it for the host or fail
; deep inside code generation.
; RUN: opt -mtriple=%other-triple -S %s -o %t.ll
; RUN: %exit 3 %jitxr %t.ll > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%t.ll -DOTHER=%other-triple -DARCH=%arch < %t.err
; RUN: count 1 < %t.err
; RUN: %exit 3 %jitxr --format json %t.ll 2> %t.json.err | %python -c 'import json, sys; e = json.load(sys.stdin)["error"]; print(e["code"]); print(e["message"])' | FileCheck %s --check-prefix=JSON -DMODULE=%t.ll -DOTHER=%other-triple -DARCH=%arch

; The same module as bitcode gets the same check.
; RUN: llvm-as %t.ll -o %t.bc
; RUN: %exit 3 %jitxr %t.bc > %t.bc.out 2> %t.bc.err
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%t.bc -DOTHER=%other-triple -DARCH=%arch < %t.bc.err
; RUN: count 1 < %t.bc.err

; This architecture's own triple runs.
; RUN: opt -mtriple=%triple -S %s -o %t.own.ll
; RUN: %exit 0 %jitxr %t.own.ll | FileCheck %s --check-prefix=OWN

; CHECK-NOT: {{^}}symbol
; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: module '[[MODULE]]' targets '[[OTHER]]'; this runner runs [[ARCH]] code

; JSON:      {{^}}3{{$}}
; JSON-NEXT: module '[[MODULE]]' targets '[[OTHER]]'; this runner runs [[ARCH]] code

; OWN: entry main runfunction ok
; OWN: result i32 5

define i32 @main() {
  ret i32 5
}
