; Guards: a struct of a named type is reported with the type as IR spells it where a value
; has it, `%pair`, both for the result and for a named struct nested in it, on MCJIT, ORC
; and the interpreter; the definition (`%pair = type { ... }`) that LLVMPrintTypeToString
; gives for a named struct on its own is not a type a reader can parse back. A packed
; struct keeps its `<{ ... }>` spelling and its unaligned i32 at offset 1.
; RUN: %jitxr --engine mcjit --entry make --arg 3 %s | FileCheck %s
; RUN: %jitxr --engine orc --entry make --arg 3 %s | FileCheck %s
; RUN: %jitxr --engine interp --entry make --arg 3 %s | FileCheck %s
; RUN: %jitxr --engine orc --entry make --arg 3 --format json %s | %python -c 'import json, sys; r = json.load(sys.stdin)["entry"]["result"]; print(r["type"], r["fields"][0]["type"], r["fields"][1]["type"])' | FileCheck %s --check-prefix=JSON

; CHECK:      entry make thunk ok
; CHECK-NEXT: result %outer { %pair { i32 3, i32 -4 }, <{ i8, i32 }> { i8 -1, i32 70000 } }{{$}}
; JSON:       %outer %pair <{ i8, i32 }>{{$}}

%pair = type { i32, i32 }
%outer = type { %pair, <{ i8, i32 }> }

define %outer @make(i32 %x) {
  %n = sub i32 -1, %x
  %p0 = insertvalue %pair poison, i32 %x, 0
  %p1 = insertvalue %pair %p0, i32 %n, 1
  %o0 = insertvalue %outer poison, %pair %p1, 0
  %o1 = insertvalue %outer %o0, i8 -1, 1, 0
  %o2 = insertvalue %outer %o1, i32 70000, 1, 1
  ret %outer %o2
}
