; main calls an AArch64 intrinsic (crc32cx): used by codegen-cannot-select-foreign-intrinsic.ll
; on x86-64, whose code generator has no instruction for it.
declare i32 @llvm.aarch64.crc32cx(i32, i64)

define i32 @main() {
  %r = call i32 @llvm.aarch64.crc32cx(i32 1, i64 2)
  ret i32 %r
}
