; Guards: no engine takes a declared symbol from the runner's own process. MCJIT and the interpreter
; would find json_object_new_object there (the runner links libjson-c, and LLVM's process-wide
; symbol search sees it; LLVM itself is linked statically and exports nothing); jitxr resolves
; only against the loaded libraries, so on every
; engine it is unresolved with a hint, exit 4, and nothing runs: the entry would print RAN-IT
; before the call; with --compare-engines no engine runs either.
; RUN: %exit 4 %jitxr --engine mcjit %s > %t.mcjit 2> %t.mcjit.err
; RUN: FileCheck %s -DENGINE=mcjit --implicit-check-not=RAN-IT < %t.mcjit
; RUN: FileCheck %s --check-prefix=ERR < %t.mcjit.err
; RUN: %exit 4 %jitxr --engine orc %s > %t.orc 2> %t.orc.err
; RUN: FileCheck %s -DENGINE=orc --implicit-check-not=RAN-IT < %t.orc
; RUN: FileCheck %s --check-prefix=ERR < %t.orc.err
; RUN: %exit 4 %jitxr --engine interp %s > %t.interp 2> %t.interp.err
; RUN: FileCheck %s -DENGINE=interp --implicit-check-not=RAN-IT < %t.interp
; RUN: FileCheck %s --check-prefix=ERR < %t.interp.err
; RUN: %exit 4 %jitxr --compare-engines %s > %t.cmp 2> %t.cmp.err
; RUN: FileCheck %s -DENGINE=mcjit --implicit-check-not=RAN-IT --implicit-check-not='{{^}}engine ' < %t.cmp
; RUN: FileCheck %s --check-prefix=ERR < %t.cmp.err

; CHECK:      engine: [[ENGINE]]
; CHECK:      symbol puts func mapped libc.so.6{{$}}
; CHECK-NEXT: symbol json_object_new_object func unresolved{{$}}
; CHECK-NEXT:   hint: the runner's own process has it (in libjson-c{{.*}}), but jitxr never takes symbols from its own process
; CHECK-NEXT:   hint: libjson-c.so.5 defines it: add -l json-c
; CHECK-NEXT: entry main - not-run{{$}}
; CHECK-NOT:  {{^}}result

; ERR: jitxr: error: 1 unresolved symbol: json_object_new_object{{$}}

@msg = private constant [7 x i8] c"RAN-IT\00"
declare i32 @puts(ptr)
declare ptr @json_object_new_object()

define i32 @main() {
  %p = call i32 @puts(ptr @msg)
  %c = call ptr @json_object_new_object()
  %null = icmp eq ptr %c, null
  %r = zext i1 %null to i32
  ret i32 %r
}
