/* Exact decimals of numbers of any size, for value.c, args.c and normalize.c: integers of
 * any width (an i1048576 has 315,653 digits) to decimal text and back, in sub-quadratic
 * time (divide and conquer over powers of the base, Karatsuba products), so that a value's
 * digits never cost more than the code that computed it; and binary floating point of any
 * precision (x86_fp80, fp128) to the shortest decimal that reads back as it, in integer
 * arithmetic, so the digits are the same on every host whatever its long double. */
#include "jitxr.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A natural number is an array of limbs, the least significant first, each 32 bits (base
 * 2^32) or 9 decimal digits (base 10^9): `dec` says which. */
typedef uint32_t limb;
#define DEC_BASE 1000000000u
#define KARATSUBA_MIN 40 /* limbs below which the schoolbook product is faster */
#define REBASE_MIN 64    /* limbs below which converting digit by digit is faster */

static size_t trim(const limb *a, size_t n) {
  while (n && !a[n - 1])
    n--;
  return n;
}

/* Inlined with `dec` a constant, so that the division by 10^9 is a multiplication. */
static inline __attribute__((always_inline)) void
mul_school_in(const limb *a, size_t na, const limb *b, size_t nb, limb *r, bool dec) {
  memset(r, 0, (na + nb) * sizeof *r);
  for (size_t i = 0; i < na; i++) {
    uint64_t carry = 0; /* (2^32 - 1)^2 + 2 (2^32 - 1) still fits 64 bits */
    for (size_t j = 0; j < nb; j++) {
      uint64_t cur = (uint64_t)a[i] * b[j] + r[i + j] + carry;
      r[i + j] = dec ? (limb)(cur % DEC_BASE) : (limb)cur;
      carry = dec ? cur / DEC_BASE : cur >> 32;
    }
    r[i + nb] = (limb)carry;
  }
}

static void mul_school(const limb *a, size_t na, const limb *b, size_t nb, limb *r, bool dec) {
  if (dec)
    mul_school_in(a, na, b, nb, r, true);
  else
    mul_school_in(a, na, b, nb, r, false);
}

/* r[0, nr) += a[0, na), na <= nr; the carry out of r is dropped (callers size r for it). */
static void add_into(limb *r, size_t nr, const limb *a, size_t na, bool dec) {
  uint64_t base = dec ? DEC_BASE : (uint64_t)1 << 32, carry = 0;
  size_t i = 0;
  for (; i < na; i++) {
    uint64_t cur = (uint64_t)r[i] + a[i] + carry;
    carry = cur >= base;
    r[i] = (limb)(cur - (carry ? base : 0));
  }
  for (; carry && i < nr; i++) {
    carry = r[i] == base - 1;
    r[i] = carry ? 0 : r[i] + 1;
  }
}

/* r[0, nr) -= a[0, na), with r >= a. */
static void sub_into(limb *r, size_t nr, const limb *a, size_t na, bool dec) {
  int64_t base = dec ? DEC_BASE : (int64_t)1 << 32, borrow = 0;
  size_t i = 0;
  for (; i < na; i++) {
    int64_t cur = (int64_t)r[i] - a[i] - borrow;
    borrow = cur < 0;
    r[i] = (limb)(cur + (borrow ? base : 0));
  }
  for (; borrow && i < nr; i++) {
    borrow = r[i] == 0;
    r[i] = borrow ? (limb)(base - 1) : r[i] - 1;
  }
}

/* r[0, na + nb) = a * b (Karatsuba). */
static void mul(const limb *a, size_t na, const limb *b, size_t nb, limb *r, bool dec) {
  if (na < nb) {
    const limb *t = a;
    a = b, b = t;
    size_t n = na;
    na = nb, nb = n;
  }
  if (nb < KARATSUBA_MIN) {
    mul_school(a, na, b, nb, r, dec);
    return;
  }
  if (na >= 2 * nb) { /* unbalanced: a in slices of b's size */
    memset(r, 0, (na + nb) * sizeof *r);
    limb *t = jx_xmalloc(2 * nb * sizeof *t);
    for (size_t off = 0; off < na; off += nb) {
      size_t n = na - off < nb ? na - off : nb;
      mul(a + off, n, b, nb, t, dec);
      add_into(r + off, na + nb - off, t, n + nb, dec);
    }
    free(t);
    return;
  }
  /* a = a1 B^h + a0, b = b1 B^h + b0, with nb > h: a b = z2 B^2h + z1 B^h + z0 where
   * z1 = (a0 + a1)(b0 + b1) - z0 - z2 */
  size_t h = na / 2, na1 = na - h, nb1 = nb - h, ns = na1 + 1;
  mul(a, h, b, h, r, dec);                     /* z0 */
  mul(a + h, na1, b + h, nb1, r + 2 * h, dec); /* z2 */
  limb *sa = jx_xcalloc(ns, sizeof *sa), *sb = jx_xcalloc(ns, sizeof *sb);
  memcpy(sa, a + h, na1 * sizeof *sa);
  add_into(sa, ns, a, h, dec);
  memcpy(sb, b, h * sizeof *sb);
  add_into(sb, ns, b + h, nb1, dec);
  size_t nsa = trim(sa, ns), nsb = trim(sb, ns), nz = nsa + nsb;
  limb *z1 = jx_xmalloc((nz ? nz : 1) * sizeof *z1);
  mul(sa, nsa, sb, nsb, z1, dec);
  sub_into(z1, nz, r, trim(r, 2 * h), dec);
  sub_into(z1, nz, r + 2 * h, trim(r + 2 * h, na1 + nb1), dec);
  add_into(r + h, na + nb - h, z1, trim(z1, nz), dec);
  free(z1);
  free(sa);
  free(sb);
}

/* Room for n limbs of one base in the other: 2^32 is 1.07 limbs of 10^9. */
static size_t room(size_t n) {
  return n + n / 4 + 4;
}

/* (the source base)^(2^k) in the target base, computed once each, by squaring. */
struct powers {
  limb *p[64];
  size_t n[64];
};

static const limb *power(struct powers *pw, unsigned k, bool to_dec, size_t *n) {
  if (!pw->p[k]) {
    if (k == 0) {
      pw->p[0] = jx_xcalloc(2, sizeof(limb));
      if (to_dec) { /* 2^32 = 4 * 10^9 + 294967296 */
        pw->p[0][0] = 294967296u;
        pw->p[0][1] = 4;
        pw->n[0] = 2;
      } else {
        pw->p[0][0] = DEC_BASE;
        pw->n[0] = 1;
      }
    } else {
      size_t m;
      const limb *half = power(pw, k - 1, to_dec, &m);
      pw->p[k] = jx_xmalloc(2 * m * sizeof(limb));
      mul(half, m, half, m, pw->p[k], to_dec);
      pw->n[k] = trim(pw->p[k], 2 * m);
    }
  }
  *n = pw->n[k];
  return pw->p[k];
}

/* src (n limbs of the other base) in dst (room(n) limbs of base to_dec); returns the limbs
 * dst uses: src = hi B^m + lo, with m a power of two, is hi * B^m + lo done in the target
 * base. */
static size_t rebase(const limb *src, size_t n, bool to_dec, struct powers *pw, limb *dst) {
  n = trim(src, n);
  if (n <= REBASE_MIN) {
    uint64_t from = to_dec ? (uint64_t)1 << 32 : DEC_BASE;
    uint64_t base = to_dec ? DEC_BASE : (uint64_t)1 << 32;
    size_t len = 0;
    for (size_t i = n; i-- > 0;) { /* dst = dst * from + src[i] */
      uint64_t carry = src[i];
      for (size_t j = 0; j < len; j++) {
        uint64_t cur = (uint64_t)dst[j] * from + carry;
        dst[j] = (limb)(cur % base);
        carry = cur / base;
      }
      for (; carry; carry /= base)
        dst[len++] = (limb)(carry % base);
    }
    return len;
  }
  unsigned k = 0;
  while (((size_t)2 << k) < n)
    k++;
  size_t m = (size_t)1 << k, np;
  limb *lo = jx_xmalloc(room(m) * sizeof *lo), *hi = jx_xmalloc(room(n - m) * sizeof *hi);
  size_t nlo = rebase(src, m, to_dec, pw, lo), nhi = rebase(src + m, n - m, to_dec, pw, hi);
  const limb *p = power(pw, k, to_dec, &np);
  mul(hi, nhi, p, np, dst, to_dec);
  add_into(dst, nhi + np, lo, nlo, to_dec);
  free(lo);
  free(hi);
  return trim(dst, nhi + np);
}

static size_t rebase_all(const limb *src, size_t n, bool to_dec, limb *dst) {
  struct powers pw = {0};
  size_t len = rebase(src, n, to_dec, &pw, dst);
  for (size_t k = 0; k < 64; k++)
    free(pw.p[k]);
  return len;
}

char *jx_int_decimal(const void *mem, unsigned bits, bool is_signed) {
  size_t nbytes = (bits + 7) / 8, nlimbs = (nbytes + 3) / 4;
  limb *v = jx_xcalloc(nlimbs, sizeof *v);
  memcpy(v, mem, nbytes); /* both targets are little-endian */
  if (bits % 32)          /* drop the bits above the width */
    v[nlimbs - 1] &= (1u << (bits % 32)) - 1;
  bool negative = is_signed && (v[(bits - 1) / 32] >> ((bits - 1) % 32) & 1);
  if (negative) { /* the magnitude: invert and add one, within the width */
    uint64_t carry = 1;
    for (size_t i = 0; i < nlimbs; i++) {
      carry += (limb)~v[i];
      v[i] = (limb)carry;
      carry >>= 32;
    }
    if (bits % 32)
      v[nlimbs - 1] &= (1u << (bits % 32)) - 1;
  }
  limb *d = jx_xmalloc(room(nlimbs) * sizeof *d);
  size_t nd = rebase_all(v, nlimbs, true, d);
  char *s = jx_xmalloc(nd * 9 + 3), *p = s;
  if (negative)
    *p++ = '-';
  p += sprintf(p, "%u", nd ? d[nd - 1] : 0);
  for (size_t i = nd - (nd ? 1 : 0); i-- > 0;)
    p += sprintf(p, "%09u", d[i]);
  free(d);
  free(v);
  return s;
}

static int hex_digit(char c) {
  return c >= '0' && c <= '9'   ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                : -1;
}

enum jx_int_parse jx_int_parse(const char *s, unsigned bits, void *out) {
  bool neg = s[0] == '-';
  const char *d = s + neg;
  bool hex = d[0] == '0' && (d[1] == 'x' || d[1] == 'X');
  d += hex ? 2 : 0;
  size_t len = strlen(d);
  if (!len)
    return JX_INT_SYNTAX;
  for (size_t i = 0; i < len; i++)
    if (hex ? hex_digit(d[i]) < 0 : !(d[i] >= '0' && d[i] <= '9'))
      return JX_INT_SYNTAX;
  /* the magnitude, in limbs of 32 bits */
  size_t nm;
  limb *mag;
  if (hex) {
    nm = (len + 7) / 8;
    mag = jx_xcalloc(nm, sizeof *mag);
    for (size_t i = 0; i < len; i++) /* digit i from the right is bits [4i, 4i + 4) */
      mag[i / 8] |= (limb)hex_digit(d[len - 1 - i]) << (4 * (i % 8));
  } else {
    size_t nd = (len + 8) / 9;
    limb *dl = jx_xcalloc(nd, sizeof *dl);
    for (size_t j = 0; j < nd; j++) { /* limb j is the digits [len - 9j - 9, len - 9j) */
      size_t end = len - 9 * j, start = end > 9 ? end - 9 : 0;
      for (size_t i = start; i < end; i++)
        dl[j] = dl[j] * 10 + (limb)(d[i] - '0');
    }
    mag = jx_xmalloc(room(nd) * sizeof *mag);
    nm = rebase_all(dl, nd, false, mag);
    free(dl);
  }
  nm = trim(mag, nm);
  /* fits as unsigned (below 2^bits), or as signed when negative (down to -2^(bits-1)) */
  uint64_t top = nm ? 32 * (uint64_t)(nm - 1) + 32 - (uint64_t)__builtin_clz(mag[nm - 1]) : 0;
  bool fits = top <= bits;
  if (neg && top == bits) { /* only -2^(bits-1) itself */
    fits = mag[nm - 1] == 1u << ((bits - 1) % 32);
    for (size_t i = 0; fits && i + 1 < nm; i++)
      fits = mag[i] == 0;
  }
  if (!fits) {
    free(mag);
    return JX_INT_RANGE;
  }
  /* its two's complement in `bits` bits, little-endian */
  size_t nbytes = (bits + 7) / 8;
  uint8_t *o = out;
  unsigned carry = 1;
  for (size_t i = 0; i < nbytes; i++) {
    unsigned b = i / 4 < nm ? mag[i / 4] >> (8 * (i % 4)) & 0xff : 0;
    if (neg) {
      carry += ~b & 0xff;
      b = carry & 0xff;
      carry >>= 8;
    }
    o[i] = (uint8_t)b;
  }
  if (bits % 8)
    o[nbytes - 1] &= (uint8_t)((1u << (bits % 8)) - 1);
  free(mag);
  return JX_INT_OK;
}

/* ---- floating point ------------------------------------------------------------------ */

/* A natural number of binary limbs that grows as needed. */
struct nat {
  limb *d;
  size_t n, cap;
};

static void nat_reserve(struct nat *a, size_t n) {
  if (n > a->cap) {
    a->cap = 2 * n;
    a->d = jx_xrealloc(a->d, a->cap * sizeof *a->d);
  }
}

/* a = v * 2^shift */
static void nat_set(struct nat *a, unsigned __int128 v, unsigned shift) {
  size_t words = shift / 32 + 6;
  nat_reserve(a, words);
  memset(a->d, 0, words * sizeof *a->d);
  for (unsigned i = 0; i < 4; i++) {
    unsigned __int128 part = (v >> (32 * i)) & 0xffffffffu;
    unsigned __int128 at = part << (shift % 32); /* at most 64 bits */
    a->d[shift / 32 + i] |= (limb)at;
    a->d[shift / 32 + i + 1] |= (limb)(at >> 32);
  }
  a->n = trim(a->d, words);
}

static void nat_mul_small(struct nat *a, uint32_t m) {
  nat_reserve(a, a->n + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < a->n; i++) {
    uint64_t cur = (uint64_t)a->d[i] * m + carry;
    a->d[i] = (limb)cur;
    carry = cur >> 32;
  }
  if (carry)
    a->d[a->n++] = (limb)carry;
}

static void nat_mul_pow10(struct nat *a, unsigned k) {
  for (; k >= 9; k -= 9)
    nat_mul_small(a, DEC_BASE);
  static const uint32_t small[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
  nat_mul_small(a, small[k]);
}

static void nat_copy(struct nat *a, const struct nat *b) {
  nat_reserve(a, b->n + 1);
  memcpy(a->d, b->d, b->n * sizeof *a->d);
  a->n = b->n;
}

static int nat_cmp(const struct nat *a, const struct nat *b) {
  if (a->n != b->n)
    return a->n < b->n ? -1 : 1;
  for (size_t i = a->n; i-- > 0;)
    if (a->d[i] != b->d[i])
      return a->d[i] < b->d[i] ? -1 : 1;
  return 0;
}

/* r = a + b */
static void nat_add(struct nat *r, const struct nat *a, const struct nat *b) {
  size_t n = (a->n > b->n ? a->n : b->n) + 1;
  nat_reserve(r, n);
  uint64_t carry = 0;
  for (size_t i = 0; i < n; i++) {
    carry += (uint64_t)(i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
    r->d[i] = (limb)carry;
    carry >>= 32;
  }
  r->n = trim(r->d, n);
}

/* a -= b, a >= b */
static void nat_sub(struct nat *a, const struct nat *b) {
  sub_into(a->d, a->n, b->d, b->n, false);
  a->n = trim(a->d, a->n);
}

/* As printf's %.*g prints `digits` (P of them, the first not 0) times 10^(x - P + 1): in
 * style e when x < -4 or x >= P, else fixed; trailing zeros dropped. */
static char *format_g(bool negative, char *digits, unsigned p, int x) {
  size_t len = p;
  while (len > 1 && digits[len - 1] == '0')
    len--;
  char *s = jx_xmalloc(len + 64), *o = s;
  if (negative)
    *o++ = '-';
  if (x < -4 || x >= (int)p) {
    *o++ = digits[0];
    if (len > 1) {
      *o++ = '.';
      memcpy(o, digits + 1, len - 1);
      o += len - 1;
    }
    sprintf(o, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    return s;
  }
  if (x < 0) {
    o += sprintf(o, "0.");
    for (int i = -1; i > x; i--)
      *o++ = '0';
    memcpy(o, digits, len);
    o += len;
  } else {
    for (int i = 0; i <= x; i++) /* x < p: the integer part is all digits */
      *o++ = (size_t)i < len ? digits[i] : '0';
    if (len > (size_t)x + 1) {
      *o++ = '.';
      memcpy(o, digits + x + 1, len - (size_t)x - 1);
      o += len - (size_t)x - 1;
    }
  }
  *o = '\0';
  return s;
}

char *jx_float_decimal(bool negative, unsigned __int128 f, int e, unsigned precision, int min_e) {
  if (!f)
    return jx_xstrdup(negative ? "-0" : "0");
  /* v = r / s, and what reads back as v lies in (v - m- / s, v + m+ / s), the ends
   * included when f is even (a tie reads back as the even neighbour). The gap below a
   * power of two is half the gap above it (Burger & Dybvig, "Printing floating-point
   * numbers quickly and accurately", 1996). */
  bool even = !(f & 1), boundary = f == (unsigned __int128)1 << (precision - 1) && e > min_e;
  struct nat r = {0}, s = {0}, mp = {0}, mm = {0}, t = {0};
  unsigned up = boundary ? 2 : 1; /* log2 of the scale */
  if (e >= 0) {
    nat_set(&r, f, (unsigned)e + up);
    nat_set(&s, 1, up);
    nat_set(&mp, 1, (unsigned)e + up - 1);
    nat_set(&mm, 1, (unsigned)e);
  } else {
    nat_set(&r, f, up);
    nat_set(&s, 1, (unsigned)-e + up);
    nat_set(&mp, 1, up - 1);
    nat_set(&mm, 1, 0);
  }
  /* k with 10^(k-1) <= v < 10^k: estimated from the bits, then made exact */
  int bitlen = 128 - (int)(f >> 64 ? __builtin_clzll((uint64_t)(f >> 64))
                                   : 64 + __builtin_clzll((uint64_t)f));
  int k = (int)floor((e + bitlen - 1) * 0.30102999566398119521) + 1;
  if (k >= 0)
    nat_mul_pow10(&s, (unsigned)k);
  else {
    nat_mul_pow10(&r, (unsigned)-k);
    nat_mul_pow10(&mp, (unsigned)-k);
    nat_mul_pow10(&mm, (unsigned)-k);
  }
  while (nat_cmp(&r, &s) >= 0) {
    nat_mul_small(&s, 10);
    k++;
  }
  for (;;) { /* v below 10^(k-1): one lower */
    nat_copy(&t, &r);
    nat_mul_small(&t, 10);
    if (nat_cmp(&t, &s) >= 0)
      break;
    nat_mul_small(&r, 10);
    nat_mul_small(&mp, 10);
    nat_mul_small(&mm, 10);
    k--;
  }
  /* P = 1, 2, ...: the P-digit decimal nearest v (ties to even, as printf) until it reads
   * back as v, as value.c's shortest() asks printf and strtod for a double */
  char digits[64];
  unsigned p = 0;
  int x = k - 1;
  for (;;) {
    nat_mul_small(&r, 10);
    nat_mul_small(&mp, 10);
    nat_mul_small(&mm, 10);
    int d = 0;
    while (nat_cmp(&r, &s) >= 0) {
      nat_sub(&r, &s);
      d++;
    }
    digits[p++] = (char)('0' + d);
    nat_add(&t, &r, &r);
    int half = nat_cmp(&t, &s); /* r against half a unit of this digit */
    bool round_up = half > 0 || (half == 0 && d % 2);
    bool reads_back;
    if (!round_up) {
      int c = nat_cmp(&r, &mm);
      reads_back = c < 0 || (even && c == 0);
    } else {
      nat_add(&t, &r, &mp);
      int c = nat_cmp(&t, &s);
      reads_back = c > 0 || (even && c == 0);
    }
    if (reads_back || p == sizeof digits - 1) {
      if (round_up) { /* carry: 0.0999 to 2 digits is 0.10 */
        unsigned i = p;
        while (i > 0 && digits[i - 1] == '9')
          digits[--i] = '0';
        if (i > 0)
          digits[i - 1]++;
        else {
          digits[0] = '1';
          x++;
        }
      }
      break;
    }
  }
  free(r.d);
  free(s.d);
  free(mp.d);
  free(mm.d);
  free(t.d);
  return format_g(negative, digits, p, x);
}
