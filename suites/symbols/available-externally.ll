; Guards: an available_externally definition (clang emits them from -O1 up, for inline
; functions and vtables defined elsewhere) is, for the linker, a declaration: its body is
; a copy for the optimizer, the symbol comes from where it is defined. jitxr lists it as a
; symbol and resolves it from the loaded libraries, and every engine calls the library's
; definition (1000 + 11 + 12345), not the module's copies (777 + 5 + 0) nor the runner's
; json-c (4096); at -O2 as well. Unresolved, it
; stops the run (exit 4), with the hint that the runner's process has it: it is never taken
; from there. (Was a defect: not listed; MCJIT called the runner's own json-c copy, ORC
; failed to link, the interpreter ran the copy.) An entry that is available_externally is
; not defined here (exit 3). An available_externally alias cannot be made a declaration
; through LLVM's C API: the module is refused (exit 3), not run with the module's copy.
; RUN: %cc-so %S/Inputs/available-externally.c -o %t.so
; RUN: %exit 0 %jitxr --engine mcjit -l %t.so %s | FileCheck %s
; RUN: %exit 0 %jitxr --engine orc -l %t.so %s | FileCheck %s
; RUN: %exit 0 %jitxr --engine interp -l %t.so %s | FileCheck %s
; RUN: %exit 0 %jitxr --engine mcjit -O2 -l %t.so %s | FileCheck %s
; RUN: %exit 0 %jitxr --compare-engines -l %t.so %s | FileCheck %s --check-prefix=SAME
; RUN: %exit 4 %jitxr --engine mcjit %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=UNRES < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: %exit 4 %jitxr --engine orc %s 2>&1 | FileCheck %s --check-prefixes=UNRES,ERR
; RUN: %exit 4 %jitxr --engine interp %s 2>&1 | FileCheck %s --check-prefixes=UNRES,ERR
; RUN: %exit 3 %jitxr -l %t.so --entry ae_value %s 2>&1 | FileCheck %s --check-prefix=ENTRY
; RUN: %exit 3 %jitxr -l %t.so %S/Inputs/available-externally-alias.ll 2>&1 | FileCheck %s --check-prefix=ALIAS

; CHECK:      symbol ae_data data mapped available-externally.ll.tmp.so
; CHECK:      symbol ae_value func mapped available-externally.ll.tmp.so
; CHECK:      symbol json_c_version_num func mapped available-externally.ll.tmp.so
; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i32 13356{{$}}

; SAME: engine mcjit runfunction ok i32 13356{{$}}
; SAME: engine orc thunk ok i32 13356{{$}}
; SAME: engine interp runfunction ok i32 13356{{$}}

; UNRES:      symbol ae_data data unresolved
; UNRES:      symbol ae_value func unresolved
; UNRES:      symbol json_c_version_num func unresolved
; UNRES-NEXT:   hint: the runner's own process has it (in libjson-c{{.*}}), but jitxr never takes symbols from its own process
; UNRES:      entry main - not-run
; ERR:        jitxr: error: 3 unresolved symbols: ae_data, ae_value, json_c_version_num{{$}}

; ALIAS: jitxr: error: module '{{.*}}available-externally-alias.ll' has the available_externally alias 'ae_alias': jitxr cannot make it the declaration it stands for
; ENTRY: jitxr: error: entry 'ae_value' is available_externally in module '{{.*}}available-externally.ll': defined elsewhere, not here

@ae_data = available_externally global i32 5

define available_externally i32 @ae_value() {
  ret i32 777
}

; the runner's own process has it too (json-c)
define available_externally i32 @json_c_version_num() {
  ret i32 0
}

define i32 @main() {
  %v = call i32 @ae_value()
  %d = load i32, ptr @ae_data
  %j = call i32 @json_c_version_num()
  %s = add i32 %v, %d
  %r = add i32 %s, %j
  ret i32 %r
}
