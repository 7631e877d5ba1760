; Guards: half (IEEE binary16) passes and returns bit-exact through the thunk on MCJIT and
; ORC: it travels in a floating-point register on both architectures (in the low 16 bits
; of an SSE register on x86-64), and a reader that takes it as float or as an integer
; register reports another value. The entry adds 1 to the exponent through the bits
; (no half arithmetic, which x86-64 code generation turns into libgcc calls).
; Engine difference: LLVM's interpreter has no half type at all; loading the argument
; ends in LLVM's fatal error "Cannot load value of type half!", reported as a failure of
; the entry without a signal (exit 5), never as a value.
; RUN: %jitxr --engine mcjit --entry twice --arg 1.5 %s | FileCheck %s
; RUN: %jitxr --engine orc --entry twice --arg 1.5 %s | FileCheck %s
; The edge values' bits here; their decimals in thunk-half-shortest-decimal.ll.
; RUN: %jitxr --engine mcjit --entry edges --format json %s | %python -c 'import json, sys; e = json.load(sys.stdin)["entry"]; print(e["invoke"], e["status"], e["result"]["type"], [f["bits"] for f in e["result"]["fields"]])' | FileCheck %s --check-prefix=EDGES
; RUN: %jitxr --engine orc --entry edges --format json %s | %python -c 'import json, sys; e = json.load(sys.stdin)["entry"]; print(e["invoke"], e["status"], e["result"]["type"], [f["bits"] for f in e["result"]["fields"]])' | FileCheck %s --check-prefix=EDGES
; RUN: %exit 5 %jitxr --engine interp --entry twice --arg 1.5 %s 2> %t.err | FileCheck %s --check-prefix=INTERP
; RUN: FileCheck %s --check-prefix=INTERP-ERR < %t.err

; CHECK:      entry twice thunk ok
; CHECK-NEXT: result half 3 (0x4200){{$}}
; EDGES:      thunk ok [2 x half] ['0xfbff', '0x8001']{{$}}

; INTERP:     entry twice thunk crashed{{$}}
; INTERP-NOT: {{^}}result
; INTERP-ERR: jitxr: error: entry 'twice' failed: LLVM ERROR: Cannot load value of type half!

define half @twice(half %x) {
  %b = bitcast half %x to i16
  %c = add i16 %b, 1024
  %r = bitcast i16 %c to half
  ret half %r
}

; The largest finite half, negative, and the smallest negative subnormal.
define [2 x half] @edges() {
  %p = alloca i16
  store i16 64511, ptr %p
  %max = load half, ptr %p
  store i16 32769, ptr %p
  %sub = load half, ptr %p
  %a0 = insertvalue [2 x half] poison, half %max, 0
  %a1 = insertvalue [2 x half] %a0, half %sub, 1
  ret [2 x half] %a1
}
