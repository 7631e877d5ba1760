; Guards: a comptime value that is a pointer to an external function (a function table, a
; callback chosen at compile time) becomes a reference to the symbol, `ptr @strlen`, which
; the object file reaches through a relocation (the GOT), never the address the JIT saw in
; this process: that address means nothing in the binary's process (ASLR, another libc).
; The binary calls through it and gets the JIT's answer.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime pick --emit-normalized %t.norm.ll --emit-asm %t.s --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@pick --implicit-check-not=inttoptr --implicit-check-not='{{([0-9]{10,})}}' < %t.norm.ll
; RUN: FileCheck %s --check-prefix=%ARCH --implicit-check-not=movabs --implicit-check-not=movk --implicit-check-not='{{([0-9]{10,})}}' < %t.s
; RUN: llvm-objdump -r %t.o | FileCheck %s --check-prefix=RELOC-%ARCH
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK: symbol strlen func mapped libc.so.6
; CHECK: comptime pick ok ptr @strlen

; IR:      declare i64 @strlen(ptr)
; IR:      define i32 @main()
; IR-NEXT: call i64 @apply(ptr @strlen, ptr @word)

; X86_64:      main:
; X86_64:      movq strlen@GOTPCREL(%rip), %rdi
; X86_64:      callq apply

; AARCH64:      main:
; AARCH64:      adrp [[REG:x[0-9]+]], :got:strlen
; AARCH64-NEXT: ldr x0, [[[REG]], :got_lo12:strlen]
; AARCH64:      bl apply

; RELOC-X86_64: R_X86_64_REX_GOTPCRELX strlen-0x4
; RELOC-AARCH64: R_AARCH64_ADR_GOT_PAGE strlen
; RELOC-AARCH64: R_AARCH64_LD64_GOT_LO12_NC strlen

; OUT: strlen says 11

@word = private constant [12 x i8] c"relocatable\00"
@fmt = private constant [16 x i8] c"strlen says %d\0A\00"
declare i64 @strlen(ptr)
declare i32 @printf(ptr, ...)

define ptr @pick() {
  ret ptr @strlen
}

define internal i64 @apply(ptr %fn, ptr %arg) noinline {
  %r = call i64 %fn(ptr %arg)
  ret i64 %r
}

define i32 @main() {
  %fn = call ptr @pick()
  %n = call i64 @apply(ptr %fn, ptr @word)
  %n32 = trunc i64 %n to i32
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %n32)
  ret i32 0
}
