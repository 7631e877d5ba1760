/* Defines the ELF symbol "llvm.notanintrinsic": a name a module may declare, which is no
 * LLVM intrinsic. */
int not_an_intrinsic(int x) __asm__("llvm.notanintrinsic");
int not_an_intrinsic(int x) {
  return x * 7;
}
