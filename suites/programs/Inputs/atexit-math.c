/* libm (frexp, ldexp, modf, ilogb, nextafter, hypot, cbrt, remainder, sqrt, printed with
 * %.17g) and two atexit handlers, with printf as the only output (so LLVM's interpreter runs
 * it too): `cc atexit-math.c -lm`. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double last;

static void first(void) {
  printf("first handler (registered first, runs last): last = %.17g\n", last);
}

static void second(void) {
  printf("second handler: %d\n", (int)(last * 1000));
}

int main(int argc, char **argv) {
  atexit(first);
  atexit(second);
  volatile double a = 0.1, b = 10.0, c = -27.0; /* the library computes, not the compiler */
  int e;
  double m = frexp(2024.0 + argc, &e), whole;
  printf("frexp(%.1f) = %.17g * 2^%d, ldexp back: %.17g\n", 2024.0 + argc, m, e, ldexp(m, e));
  double frac = modf(a * 31, &whole);
  printf("modf(%.17g) = %.17g + %.17g, ilogb %d\n", a * 31, whole, frac, ilogb(a * 31));
  double up = nextafter(1.0, 2.0), down = nextafter(1.0, 0.0);
  printf("after 1: %.17g, before 1: %.17g, ulp ratio %.17g\n", up, down, (up - 1) / (1 - down));
  printf("hypot(3e200, 4e200) = %.17g, cbrt(%.1f) = %.17g\n", hypot(3e199 * b, 4e199 * b), c,
         cbrt(c));
  printf("remainder(10, 3) = %.17g, %s\n", remainder(b, 3.0), argc > 1 ? argv[1] : "no argument");
  last = sqrt(a);
  return e;
}
