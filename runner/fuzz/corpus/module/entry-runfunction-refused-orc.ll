; Guards: ORC LLJIT has no LLVMRunFunction at all, so --invoke runfunction on ORC refuses
; even the simplest entry, i32 main(), and main(argc, argv), before anything runs (exit 5,
; status unsupported, one error line): it must never fall back to another call path or
; run the entry. The entry would print RAN-IT first; it must never appear. With
; --invoke auto, ORC runs both through the thunk.
; RUN: %exit 5 %jitxr --invoke runfunction --engine orc %s > %t.main 2> %t.main.err
; RUN: FileCheck %s --check-prefix=MAIN --implicit-check-not=RAN-IT < %t.main
; RUN: FileCheck %s --check-prefix=MAIN-ERR < %t.main.err
; RUN: count 1 < %t.main.err
; RUN: %exit 5 %jitxr --invoke runfunction --engine orc --entry with_argv %s -- a b > %t.argv 2> %t.argv.err
; RUN: FileCheck %s --check-prefix=ARGV --implicit-check-not=RAN-IT < %t.argv
; RUN: FileCheck %s --check-prefix=ARGV-ERR < %t.argv.err
; RUN: %exit 5 %jitxr --invoke runfunction --engine orc --format json %s | %python -c 'import json, sys; d = json.load(sys.stdin); e = d["entry"]; print(e["invoke"], e["status"], e["signal"], e["exit_status"], e["result"], d["error"]["code"])' | FileCheck %s --check-prefix=JSON --implicit-check-not=RAN-IT
; RUN: %exit 0 %jitxr --engine orc %s | FileCheck %s --check-prefix=AUTO
; RUN: %exit 0 %jitxr --engine orc --entry with_argv %s -- a b | FileCheck %s --check-prefix=AUTO-ARGV

; MAIN:      entry main runfunction unsupported
; MAIN-NOT:  {{^}}result
; MAIN-ERR:  jitxr: error: entry 'main' has type 'i32 ()': LLVMRunFunction cannot call it safely on orc (ORC has no LLVMRunFunction); not run
; ARGV:      entry with_argv runfunction unsupported
; ARGV-NOT:  {{^}}result
; ARGV-ERR:  jitxr: error: entry 'with_argv' has type 'i32 (i32, ptr)': LLVMRunFunction cannot call it safely on orc (ORC has no LLVMRunFunction); not run
; JSON:      runfunction unsupported None None None 5

; AUTO:      RAN-IT
; AUTO:      entry main thunk ok
; AUTO-NEXT: result i32 42
; AUTO-ARGV:      RAN-IT
; AUTO-ARGV:      entry with_argv thunk ok
; AUTO-ARGV-NEXT: result i32 3

@msg = private constant [7 x i8] c"RAN-IT\00"
declare i32 @puts(ptr)

define i32 @main() {
  call i32 @puts(ptr @msg)
  ret i32 42
}

define i32 @with_argv(i32 %argc, ptr %argv) {
  call i32 @puts(ptr @msg)
  ret i32 %argc
}
