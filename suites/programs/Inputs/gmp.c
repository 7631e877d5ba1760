/* GMP: 50! and F(300) as big integers, gmp_printf's %Zd, mpz_get_str in base 36, a GCD and a
 * primality test of a Mersenne number: `cc gmp.c -lgmp`. */
#include <gmp.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  mpz_t fact, fib, m, g;
  mpz_inits(fact, fib, m, g, NULL);
  mpz_fac_ui(fact, 50);
  char digits[128];
  mpz_get_str(digits, 10, fact);
  printf("50! = %s (%zu digits)\n", digits, strlen(digits));
  mpz_fib_ui(fib, 300);
  gmp_printf("F(300) = %Zd\n", fib);
  char b36[128];
  printf("F(300) in base 36: %s, %zu bits\n", mpz_get_str(b36, 36, fib), mpz_sizeinbase(fib, 2));
  mpz_gcd(g, fact, fib);
  gmp_printf("gcd(50!, F(300)) = %Zd\n", g);
  for (unsigned long p = 61; p <= 67; p += 6) {
    mpz_ui_pow_ui(m, 2, p);
    mpz_sub_ui(m, m, 1);
    printf("2^%lu-1 is %s\n", p, mpz_probab_prime_p(m, 25) ? "prime" : "composite");
  }
  unsigned long r = mpz_fdiv_ui(fact, 1000003);
  printf("50! mod 1000003 = %lu, gmp %s\n", r, gmp_version);
  mpz_clears(fact, fib, m, g, NULL);
  return (int)strlen(digits);
}
