; Guards: a module passing one of its own functions to a library as a callback (fx_apply
; calls it) works on MCJIT and ORC, and the difference on the interpreter is reported as a
; disagreement, exit 7: the interpreter refuses it before running, with the reason
; (interp.c), where it used to crash with SIGSEGV in its own child process.
; The difference: the interpreter never compiles. The address it gives for a module function
; is the llvm::Function object itself (Interpreter::getPointerToFunction), so compiled C
; that calls it jumps into heap data, which is not executable: SIGSEGV. MCJIT and ORC hand
; out machine code, which fx_apply calls: twice(21) is 42.
; RUN: %exit 7 %jitxr --compare-engines -l %fixtures/libfx.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "^jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 7 %jitxr --compare-engines -l %fixtures/libfx.so --format json %s 2> /dev/null \
; RUN:   | %python -c 'import json, sys; d = json.load(sys.stdin); print(d["error"]["code"], len(d["engines"])); [print(e["engine"], e["status"], e["signal"], e["result"]) for e in d["engines"]]' \
; RUN:   | FileCheck %s --check-prefix=JSON

; CHECK:      symbol fx_apply func mapped libfx.so
; CHECK-NEXT: entry main runfunction ok
; CHECK-NEXT: result i32 42
; CHECK-NEXT: engine mcjit runfunction ok i32 42{{$}}
; CHECK-NEXT: engine orc thunk ok i32 42{{$}}
; CHECK-NEXT: engine interp - unsupported ('main' passes its function 'twice' to the library function 'fx_apply': {{.*}}){{$}}

; ERR: jitxr: error: engines disagree on 'main': mcjit gives i32 42; orc gives i32 42; interp unsupported{{$}}

; ONE: {{^}}1{{$}}

; JSON:      7 3
; JSON-NEXT: mcjit ok None {'type': 'i32', 'value': '42'}
; JSON-NEXT: orc ok None {'type': 'i32', 'value': '42'}
; JSON-NEXT: interp unsupported None None

declare i32 @fx_apply(ptr, i32)

define i32 @twice(i32 %x) {
  %r = mul i32 %x, 2
  ret i32 %r
}

define i32 @main() {
  %r = call i32 @fx_apply(ptr @twice, i32 21)
  ret i32 %r
}
