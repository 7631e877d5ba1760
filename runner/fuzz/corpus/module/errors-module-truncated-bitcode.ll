; Guards: bitcode cut short (an interrupted download or copy, a build killed mid-write) is
; an input error naming the module, exit 3. LLVMParseBitcodeInContext2 reports through the
; context's diagnostic handler, whose default prints "error: ..." and calls exit(1): the
; runner must catch that, never exit 1 with LLVM's bare line.
; RUN: llvm-as %s -o %t.bc
; RUN: %exit 0 %jitxr %t.bc | FileCheck %s --check-prefix=WHOLE

; Cut in the middle of the stream.
; RUN: head -c 100 %t.bc > %t.mid.bc
; RUN: %exit 3 %jitxr %t.mid.bc > %t.mid.out 2> %t.mid.err
; RUN: FileCheck %s < %t.mid.out
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%t.mid.bc < %t.mid.err
; RUN: count 1 < %t.mid.err
; RUN: %exit 3 %jitxr --format json %t.mid.bc 2> %t.json.err | %python -c 'import json, sys; e = json.load(sys.stdin)["error"]; print(e["code"]); print(e["message"])' | FileCheck %s --check-prefix=JSON -DMODULE=%t.mid.bc

; Only the magic number: still bitcode by content, so not reported as bad textual IR.
; RUN: head -c 4 %t.bc > %t.magic.bc
; RUN: %exit 3 %jitxr %t.magic.bc > %t.magic.out 2> %t.magic.err
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%t.magic.bc < %t.magic.err
; RUN: count 1 < %t.magic.err

; Missing only the last byte.
; RUN: %python -c 'import sys; d = open(sys.argv[1], "rb").read(); open(sys.argv[2], "wb").write(d[:-1])' %t.bc %t.last.bc
; RUN: %exit 3 %jitxr %t.last.bc > %t.last.out 2> %t.last.err
; RUN: FileCheck %s --check-prefix=ERR -DMODULE=%t.last.bc < %t.last.err
; RUN: count 1 < %t.last.err

; WHOLE: entry main runfunction ok
; WHOLE: result i32 7

; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result

; ERR: jitxr: error: cannot parse module '[[MODULE]]': invalid or truncated bitcode ({{.+}})

; JSON:      {{^}}3{{$}}
; JSON-NEXT: cannot parse module '[[MODULE]]': invalid or truncated bitcode

define i32 @main() {
  ret i32 7
}
