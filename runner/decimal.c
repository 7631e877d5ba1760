/* Exact decimals of numbers of any size, for value.c, args.c and normalize.c: integers of
 * any width (an i1048576 has 315,653 digits) to decimal text and back, in sub-quadratic
 * time (divide and conquer over powers of the base, Karatsuba products), so that a value's
 * digits never cost more than the code that computed it. */
#include "jitxr.h"

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
