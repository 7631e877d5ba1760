; Guards: a pointer into one of the module's own globals, past its start (a compile-time
; cursor into a buffer), becomes `getelementptr (i8, ptr @buf, i64 6)`: the global plus
; the offset, which the linker resolves PC-relative (leaq buf(%rip); adrp + :lo12:),
; never the JIT's address of the global, which is nowhere in the binary.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime cursor --emit-normalized %t.norm.ll --emit-asm %t.s --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@cursor --implicit-check-not=inttoptr --implicit-check-not='{{([0-9]{10,})}}' < %t.norm.ll
; RUN: FileCheck %s --check-prefix=%ARCH --implicit-check-not=movabs --implicit-check-not=movk --implicit-check-not='{{([0-9]{10,})}}' < %t.s
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK: comptime cursor ok ptr @buf+6

; IR:      @buf = internal global [12 x i8] c"hello world\00"
; IR:      define i32 @main()
; IR-NEXT: call i32 @puts(ptr getelementptr (i8, ptr @buf, i64 6))

; X86_64:      main:
; X86_64:      leaq buf(%rip), %rdi
; X86_64-NEXT: addq $6, %rdi
; X86_64:      callq puts@PLT

; AARCH64:      main:
; AARCH64:      adrp [[REG:x[0-9]+]], buf
; AARCH64-NEXT: add [[REG]], [[REG]], :lo12:buf
; AARCH64-NEXT: add x0, [[REG]], #6
; AARCH64:      bl puts

; OUT: world

@buf = internal global [12 x i8] c"hello world\00"
declare i32 @puts(ptr)

define ptr @cursor() {
  %p = getelementptr inbounds [12 x i8], ptr @buf, i64 0, i64 6
  ret ptr %p
}

define i32 @main() {
  %p = call ptr @cursor()
  %r = call i32 @puts(ptr %p)
  ret i32 0
}
