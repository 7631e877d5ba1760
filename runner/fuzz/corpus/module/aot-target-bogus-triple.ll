; Guards: --target naming a target this LLVM does not have (a typo, a target LLVM was built
; without) is an AOT error naming the triple, exit 6, and no file is written: LLVM's
; lookup failing must not fall back to the host and emit an object for the wrong machine.
; RUN: rm -f %t.o %t.s
; RUN: %exit 6 %jitxr %s --comptime answer --target bogus-triple --emit-obj %t.o --emit-asm %t.s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: count 1 < %t.err
; RUN: not test -e %t.o
; RUN: not test -e %t.s
; An architecture LLVM knows with nonsense after it is refused the same way.
; RUN: %exit 6 %jitxr %s --comptime answer --target sparc9-unknown-linux-gnu --emit-asm - 2> %t.arch.err | FileCheck %s --check-prefix=NOASM
; RUN: FileCheck %s --check-prefix=ARCH-ERR < %t.arch.err
; RUN: %exit 6 %jitxr %s --comptime answer --target bogus-triple --emit-obj %t.o --format json 2> %t.json.err | %python -c 'import json, sys; d = json.load(sys.stdin); print(d["error"]["code"], d["error"]["message"]); print(d["comptime"][0]["status"], d["comptime"][0]["result"]["value"])' | FileCheck %s --check-prefix=JSON
; Without --target the same module compiles (for the host).
; RUN: %exit 0 %jitxr %s --comptime answer --emit-asm - | FileCheck %s --check-prefix=ASM

; CHECK: comptime answer ok i32 42

; ERR: jitxr: error: bad target 'bogus-triple':

; NOASM-NOT: .text

; ARCH-ERR: jitxr: error: bad target 'sparc9-unknown-linux-gnu':

; JSON:      6 bad target 'bogus-triple':
; JSON-NEXT: ok 42

; ASM: main:

define i32 @answer() {
  ret i32 42
}

define i32 @main() {
  %a = call i32 @answer()
  ret i32 %a
}
