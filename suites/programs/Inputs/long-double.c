/* long double and _Complex arithmetic (on AArch64 long double is binary128: __addtf3,
 * __multf3, __divtf3 and the conversions live in libgcc_s) and libm: `cc long-double.c -lm`. */
#include <complex.h>
#include <math.h>
#include <stdio.h>

int main(int argc, char **argv) {
  (void)argv;
  long double x = 1.0L / 3.0L + (long double)argc;
  double complex z = (1.0 + 2.0 * I) * (3.0 - (double)argc * I);
  double complex q = z / (2.0 + 1.0 * I);
  long double r = sqrtl(x) * 3.0L;
  printf("x = %.15Lf\n", x);
  printf("z = %.3f%+.3fi, q = %.3f%+.3fi\n", creal(z), cimag(z), creal(q), cimag(q));
  printf("r = %.12Lf, (unsigned)r = %u\n", r, (unsigned)r);
  return (int)r;
}
