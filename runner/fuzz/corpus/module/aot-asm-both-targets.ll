; Guards: from either architecture's runner, the normalized module compiles for x86-64
; and for AArch64 (a cross build), and on both every pointer constant is a relocation
; against its symbol: in code, GOT loads for the library's function and data
; (strlen@GOTPCREL / adrp :got:) and PC-relative addressing for the module's own global
; (leaq name+2(%rip) / adrp + :lo12:); in data, a global the comptime code filled with
; pointers is `.quad sym+off` / `.xword sym+off` with an absolute relocation the loader
; fills. Never a movabs/movk of an address, never a large number.
; RUN: %jitxr -l %fixtures/libfx.so %s --comptime refs --comptime fill --target x86_64-unknown-linux-gnu --emit-asm - | FileCheck %s --check-prefixes=CHECK,X86_64 --implicit-check-not=movabs --implicit-check-not='{{([0-9]{10,})}}'
; RUN: %jitxr -l %fixtures/libfx.so %s --comptime refs --comptime fill --target aarch64-unknown-linux-gnu --emit-asm - | FileCheck %s --check-prefixes=CHECK,AARCH64 --implicit-check-not=movk --implicit-check-not='{{([0-9]{10,})}}'
; The object for this architecture (the default) and for the other one (--target).
; RUN: %jitxr -l %fixtures/libfx.so %s --comptime refs --comptime fill --emit-obj %t.o > /dev/null
; RUN: llvm-readelf -h -r %t.o | FileCheck %s --check-prefix=OBJ-%ARCH
; RUN: %jitxr -l %fixtures/libfx.so %s --comptime refs --comptime fill --target %other-triple --emit-obj %t.other.o > /dev/null
; RUN: llvm-readelf -h -r %t.other.o | FileCheck %s --check-prefix=OTHER-OBJ-%ARCH

; X86_64:      keep:
; X86_64-DAG:  leaq name+2(%rip), [[R1:%r[a-z0-9]+]]
; X86_64-DAG:  movq strlen@GOTPCREL(%rip), [[R2:%r[a-z0-9]+]]
; X86_64-DAG:  movq fx_table@GOTPCREL(%rip), [[R3:%r[a-z0-9]+]]
; X86_64-DAG:  addq $4, [[R3]]
; X86_64:      .size keep,
; X86_64:      slots:
; X86_64-NEXT: .quad strlen
; X86_64-NEXT: .quad fx_table+4
; X86_64-NEXT: .quad name+2

; AARCH64:      keep:
; AARCH64-DAG:  adrp [[R1:x[0-9]+]], :got:strlen
; AARCH64-DAG:  ldr {{x[0-9]+}}, [[[R1]], :got_lo12:strlen]
; AARCH64-DAG:  adrp [[R2:x[0-9]+]], :got:fx_table
; AARCH64-DAG:  ldr {{x[0-9]+}}, [[[R2]], :got_lo12:fx_table]
; AARCH64-DAG:  adrp [[R3:x[0-9]+]], name
; AARCH64-DAG:  add {{x[0-9]+}}, [[R3]], :lo12:name
; AARCH64:      .size keep,
; AARCH64:      slots:
; AARCH64-NEXT: .xword strlen
; AARCH64-NEXT: .xword fx_table+4
; AARCH64-NEXT: .xword name+2

; CHECK:      comptime refs ok { ptr, ptr, ptr } { ptr @strlen, ptr @fx_table+4, ptr @name+2 }
; CHECK-NEXT: comptime fill ok ptr @slots

; OBJ-X86_64:       Machine: Advanced Micro Devices X86-64
; OBJ-X86_64:       R_X86_64_PC32 {{.*}} .data - 2
; OBJ-X86_64:       R_X86_64_REX_GOTPCRELX {{.*}} strlen - 4
; OBJ-X86_64:       R_X86_64_REX_GOTPCRELX {{.*}} fx_table - 4
; OBJ-X86_64:       '.rela.data'
; OBJ-X86_64-NEXT:  Offset
; OBJ-X86_64-NEXT:  R_X86_64_64 {{.*}} strlen + 0
; OBJ-X86_64-NEXT:  R_X86_64_64 {{.*}} fx_table + 4
; OBJ-X86_64-NEXT:  R_X86_64_64 {{.*}} .data + 2
; From the AArch64 runner, --target %other-triple makes the x86-64 object.
; OTHER-OBJ-AARCH64: Machine: Advanced Micro Devices X86-64
; OTHER-OBJ-AARCH64: R_X86_64_64 {{.*}} fx_table + 4

; OBJ-AARCH64:       Machine: AArch64
; OBJ-AARCH64:       R_AARCH64_ADR_GOT_PAGE {{.*}} strlen + 0
; OBJ-AARCH64:       R_AARCH64_ADR_GOT_PAGE {{.*}} fx_table + 0
; OBJ-AARCH64:       R_AARCH64_ADR_PREL_PG_HI21 {{.*}} .data + 0
; OBJ-AARCH64-NEXT:  R_AARCH64_ADD_ABS_LO12_NC {{.*}} .data + 0
; OBJ-AARCH64:       '.rela.data'
; OBJ-AARCH64-NEXT:  Offset
; OBJ-AARCH64-NEXT:  R_AARCH64_ABS64 {{.*}} strlen + 0
; OBJ-AARCH64-NEXT:  R_AARCH64_ABS64 {{.*}} fx_table + 4
; OBJ-AARCH64-NEXT:  R_AARCH64_ABS64 {{.*}} .data + 2
; From the x86-64 runner, --target %other-triple makes the AArch64 object.
; OTHER-OBJ-X86_64: Machine: AArch64
; OTHER-OBJ-X86_64: R_AARCH64_ABS64 {{.*}} fx_table + 4

@fx_table = external global [16 x i8]
@name = internal global [8 x i8] c"jitxr!!\00"
@slots = global [3 x ptr] zeroinitializer
@out = global { ptr, ptr, ptr } zeroinitializer
declare i64 @strlen(ptr)

define { ptr, ptr, ptr } @refs() {
  %a = insertvalue { ptr, ptr, ptr } poison, ptr @strlen, 0
  %b = insertvalue { ptr, ptr, ptr } %a, ptr getelementptr (i8, ptr @fx_table, i64 4), 1
  %c = insertvalue { ptr, ptr, ptr } %b, ptr getelementptr (i8, ptr @name, i64 2), 2
  ret { ptr, ptr, ptr } %c
}

define ptr @fill() {
  store ptr @strlen, ptr @slots
  store ptr getelementptr (i8, ptr @fx_table, i64 4), ptr getelementptr (i8, ptr @slots, i64 8)
  store ptr getelementptr (i8, ptr @name, i64 2), ptr getelementptr (i8, ptr @slots, i64 16)
  ret ptr @slots
}

define ptr @keep() {
  %r = call { ptr, ptr, ptr } @refs()
  store { ptr, ptr, ptr } %r, ptr @out
  %s = call ptr @fill()
  ret ptr %s
}
