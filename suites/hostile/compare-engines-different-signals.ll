; Guards: --compare-engines where the engines crash with different signals reports each
; engine's own signal, not the first one's for all: MCJIT and ORC read a real cycle counter
; (never 0) and raise SIGFPE; the interpreter lowers llvm.readcyclecounter to 0 and raises
; SIGBUS. The engines disagree: exit 7, one error line naming both signals, valid JSON with
; each engine's signal.
; RUN: %exit 7 %jitxr --compare-engines %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 7 %jitxr --compare-engines --format json %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON

; CHECK:      entry main runfunction crashed SIGFPE{{$}}
; CHECK-NEXT: engine mcjit runfunction crashed SIGFPE{{$}}
; CHECK-NEXT: engine orc thunk crashed SIGFPE{{$}}
; CHECK-NEXT: engine interp runfunction crashed SIGBUS{{$}}

; ERR: jitxr: error: engines disagree on 'main': mcjit crashed (SIGFPE); orc crashed (SIGFPE); interp crashed (SIGBUS){{$}}
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 7 engines disagree on 'main'
; JSON:      engine: mcjit crashed SIGFPE
; JSON-NEXT: engine: orc crashed SIGFPE
; JSON-NEXT: engine: interp crashed SIGBUS

declare i64 @llvm.readcyclecounter()
declare i32 @raise(i32)

define i32 @main() {
  %c = call i64 @llvm.readcyclecounter()
  %zero = icmp eq i64 %c, 0
  ; Linux numbers, the same on x86-64 and AArch64: SIGBUS 7, SIGFPE 8.
  %sig = select i1 %zero, i32 7, i32 8
  call i32 @raise(i32 %sig)
  ret i32 0
}
