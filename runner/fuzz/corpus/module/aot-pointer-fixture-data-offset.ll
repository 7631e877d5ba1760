; Guards: a pointer into a fixture library's data, past its start (fx_table + 4, as a
; compile-time slice of a library's table), becomes `getelementptr (i8, ptr @fx_table,
; i64 4)`: the symbol plus the offset, which the object file reaches through the GOT and
; the dynamic linker fills in when the binary loads libfx.so. Neither the IR nor the
; assembly holds the address the JIT saw (no inttoptr, no large integer, no movabs/movk).
; The binary, linked against libfx.so, prints the same slice as the JIT.
; UNSUPPORTED: asan
; (The ASan build's fixtures are instrumented: a binary linked against libfx.so needs the
; ASan runtime loaded first, which %cc does not link.)
; RUN: %jitxr -l %fixtures/libfx.so %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr -l %fixtures/libfx.so %s --comptime slice --emit-normalized %t.norm.ll --emit-asm %t.s --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@slice --implicit-check-not=inttoptr --implicit-check-not='{{([0-9]{10,})}}' < %t.norm.ll
; RUN: FileCheck %s --check-prefix=%ARCH --implicit-check-not=movabs --implicit-check-not=movk --implicit-check-not='{{([0-9]{10,})}}' < %t.s
; RUN: llvm-objdump -r %t.o | FileCheck %s --check-prefix=RELOC-%ARCH
; RUN: %cc %t.o -o %t.exe -L%fixtures -lfx -Wl,-rpath,%fixtures
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK: symbol fx_table data mapped libfx.so
; CHECK: comptime slice ok ptr @fx_table+4

; IR:      @fx_table = external global [16 x i8]
; IR:      define i32 @main()
; IR-NEXT: call i32 @puts(ptr getelementptr (i8, ptr @fx_table, i64 4))

; X86_64:      main:
; X86_64:      movq fx_table@GOTPCREL(%rip), [[REG:%r[a-z0-9]+]]
; X86_64-NEXT: addq $4, [[REG]]

; AARCH64:      main:
; AARCH64:      adrp [[REG:x[0-9]+]], :got:fx_table
; AARCH64-NEXT: ldr [[REG2:x[0-9]+]], [[[REG]], :got_lo12:fx_table]
; AARCH64-NEXT: add x0, [[REG2]], #4

; RELOC-X86_64: R_X86_64_REX_GOTPCRELX fx_table-0x4
; RELOC-AARCH64: R_AARCH64_ADR_GOT_PAGE fx_table
; RELOC-AARCH64: R_AARCH64_LD64_GOT_LO12_NC fx_table

; OUT: 456789abcde

@fx_table = external global [16 x i8]
declare i32 @puts(ptr)

define ptr @slice() {
  %p = getelementptr inbounds [16 x i8], ptr @fx_table, i64 0, i64 4
  ret ptr %p
}

define i32 @main() {
  %s = call ptr @slice()
  %r = call i32 @puts(ptr %s)
  ret i32 0
}
