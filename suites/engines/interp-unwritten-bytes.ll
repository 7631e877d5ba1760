; Guards: the bytes of a global that its initializer leaves unwritten (the padding between a
; struct's fields, an undef member: clang's `[3 x i8] undef` after a bitfield) read as zero
; on LLVM's interpreter, as on MCJIT, ORC and in the binary. The interpreter's own global
; memory is fresh from its allocator, so a C function returning such a struct in a register
; (clang -O0 copies the static object and loads it as one integer) gave a value with
; garbage in its upper bytes that changed from run to run: 8 of the 767 result types of
; suites/abi/returns.test's seed 4 (0x3f0000000813000d here instead of 0x3f0000000000000d).
; RUN: %jitxr --engine interp --entry padded %s | FileCheck %s --check-prefix=PADDED
; RUN: %jitxr --engine interp --entry undef_tail %s | FileCheck %s --check-prefix=UNDEF
; RUN: %jitxr --engine interp --entry in_array %s | FileCheck %s --check-prefix=ARRAY
; RUN: %jitxr --engine interp --comptime padded --comptime undef_tail --comptime in_array %s \
; RUN:   --compare-engines | FileCheck %s --check-prefix=COMPTIME

; PADDED:      entry padded runfunction ok
; PADDED-NEXT: result i64 4539628424389459981
; UNDEF:       entry undef_tail runfunction ok
; UNDEF-NEXT:  result i32 6
; ARRAY:       entry in_array runfunction ok
; ARRAY-NEXT:  result i64 4294967303
; COMPTIME: engine mcjit comptime padded ok i64 4539628424389459981
; COMPTIME: engine orc comptime padded ok i64 4539628424389459981
; COMPTIME: engine interp comptime padded ok i64 4539628424389459981
; COMPTIME: engine interp comptime undef_tail ok i32 6
; COMPTIME: engine interp comptime in_array ok i64 4294967303
; COMPTIME-NOT: disagree

; struct { unsigned f0 : 9; float f1; }: bytes 2 and 3 are padding, in no field of its type
@padded.v = internal constant { i8, i8, float } { i8 13, i8 0, float 5.000000e-01 }, align 4
; struct { unsigned f0 : 8; }
@undef_tail.v = internal constant { i8, [3 x i8] } { i8 6, [3 x i8] undef }, align 4
; struct { char c; int i; } a[2], writable
@in_array.v = internal global [2 x { i8, i32 }] [{ i8, i32 } { i8 7, i32 1 }, { i8, i32 } { i8 7, i32 2 }], align 4

define i32 @main() {
  %a = call i64 @padded()
  %b = call i32 @undef_tail()
  %c = call i64 @in_array()
  ret i32 0
}

define i64 @padded() noinline {
  %v = load i64, ptr @padded.v, align 4
  ret i64 %v
}

define i32 @undef_tail() noinline {
  %v = load i32, ptr @undef_tail.v, align 4
  ret i32 %v
}

; the first element: its char, the three bytes of padding after it, its int
define i64 @in_array() noinline {
  %v = load i64, ptr @in_array.v, align 4
  ret i64 %v
}
