; Guards: on AArch64, MCJIT with LLVM's own section memory manager crashes on a read of an
; external global (llvm-project issue 71963: the GOT lands beyond adrp's +-4 GiB reach of the
; code). jitxr must report that as a crash of the JIT code, in its child process: status
; crashed with the signal, exit 5, one error line and a valid JSON report; the runner
; itself goes on. mcjit-llvm-memory-external-global.ll expects the read to work (XFAIL here).
; REQUIRES: aarch64
; RUN: %exit 5 %jitxr --jit-memory llvm -l %fixtures/libfx.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "^jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 5 %jitxr --jit-memory llvm -l %fixtures/libfx.so --format json %s 2> /dev/null \
; RUN:   | %python -c 'import json, sys; d = json.load(sys.stdin); e = d["entry"]; print(e["invoke"], e["status"], e["signal"], e["exit_status"], e["result"]); print(d["error"]["code"], d["error"]["message"])' \
; RUN:   | FileCheck %s --check-prefix=JSON

; CHECK:      engine: mcjit
; CHECK:      symbol fx_counter data mapped libfx.so{{$}}
; CHECK-NEXT: entry main runfunction crashed SIGSEGV{{$}}
; CHECK-NOT:  {{^}}result

; ERR: jitxr: error: entry 'main' crashed: SIGSEGV{{$}}

; ONE: {{^}}1{{$}}

; JSON:      runfunction crashed SIGSEGV None None
; JSON-NEXT: 5 entry 'main' crashed: SIGSEGV

@fx_counter = external global i32

define i32 @main() {
  %c = load i32, ptr @fx_counter
  ret i32 %c
}
