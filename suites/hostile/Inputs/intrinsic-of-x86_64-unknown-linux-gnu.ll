; main calls an x86-64 intrinsic (BMI2 pext): used by codegen-cannot-select-foreign-intrinsic.ll
; on AArch64, whose code generator has no instruction for it.
declare i64 @llvm.x86.bmi.pext.64(i64, i64)

define i64 @main() {
  %r = call i64 @llvm.x86.bmi.pext.64(i64 255, i64 15)
  ret i64 %r
}
