/* Calls every function of fixtures/include/fxabi.h with known arguments and prints what came
 * back, and reads every object: the native binary's output is what a JIT run of this file's IR,
 * with its declarations replaced by jitxr --emit-bindings', must print (through_bindings.py).
 * With JX_INTERP, only what LLVM's interpreter can pass to a library through libffi (integers
 * of 8 to 64 bits, float, double, pointers; no bool, struct, long double, _Complex, varargs or
 * callback): the rest is what it refuses before running. */
#include "fxabi.h"

#include <stdio.h>
#include <string.h>

#ifndef JX_INTERP
static int mul(int a, int b) {
  return a * b;
}

static int vsum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = abi_vsum(n, ap);
  va_end(ap);
  return s;
}

#endif
int main(void) {
#ifndef JX_INTERP
  printf("bool %d %d\n", abi_bool(1, 0), abi_bool(1, 1));
#endif
  printf("char %d schar %d uchar %d\n", abi_char(-100, 7), abi_schar(-128 + 1),
         abi_uchar(200, 100));
  printf("short %d ushort %u\n", abi_short(-300, 7), abi_ushort(65535));
  printf("int %d uint %u\n", abi_int(1, 2, 3), abi_uint(0x80000001u));
  printf("long %ld ulong %lu llong %lld\n", abi_long(-4000000000L / 2, 3), abi_ulong(~0UL),
         abi_llong(1LL << 40, 5));
  char buf[16] = "0123456789";
  /* %lu, not %zu: LLVM's interpreter's own printf cuts a 'z' argument to 32 bits */
  printf("size %lu ptrdiff %ld\n", (unsigned long)abi_size(buf, (size_t)1 << 33),
         (long)abi_ptrdiff(buf, buf + 9));
  printf("i8 %d i16 %d i32 %d i64 %lld intptr %ld\n", abi_i8(-5, 250), abi_i16(-2, 65535),
         abi_i32(-1, 0xf0f0f0f0u), (long long)abi_i64(-7, 0x500000000ULL), (long)abi_intptr(-8));
#ifndef JX_INTERP
  printf("many %d\n", abi_many(1, -2, 3, -4, 250, 60000, 1, -6, 7));
#endif
  printf("float %g double %g mixed %g\n", abi_float(1.5f, -2.0f), abi_double(0.25, -3),
         abi_mixed(1, 2.5, 0.5f, -3));
#ifndef JX_INTERP
  printf("ldouble %.6Lf\n", abi_ldouble(1.0L, 3.0L));
  float _Complex cf = abi_cfloat(1.0f + 2.0f * 1.0iF);
  double _Complex cd = abi_cdouble(3.0 - 1.0i, 2.0);
  long double _Complex cl = abi_cldouble(0.5L + 4.0iL);
  printf("cfloat %g %g cdouble %g %g cldouble %Lg %Lg\n", __real__ cf, __imag__ cf, __real__ cd,
         __imag__ cd, __real__ cl, __imag__ cl);
#endif
  printf("ptr %d cstr %s\n", (int)((char *)abi_ptr(buf, 5) - buf), abi_cstr("xyz"));
  int v = 77, *pv = &v;
  int out = 0;
  abi_void(&out);
  abi_noargs();
  printf("ptrptr %d void %d\n", abi_ptrptr(&pv), out);
#ifndef JX_INTERP
  printf("apply %d pick %d %d\n", abi_apply(mul, 6, 7), abi_pick(0)(5, 3), abi_pick(1)(5, 3));
#endif
  printf("enum %d small_enum %d\n", (int)abi_enum(ABI_RED), (int)abi_small_enum(ABI_S0));
#ifndef JX_INTERP
  struct abi_pair p = abi_pair_swap((struct abi_pair){1, -2});
  struct abi_cs cs = abi_cs((struct abi_cs){'a', 300}, 3);
  struct abi_ll ll = abi_ll((struct abi_ll){-1, 1L << 40});
  struct abi_tri tri = abi_tri((struct abi_tri){1, 2, 3});
  struct abi_dl dl = abi_dl((struct abi_dl){1.25, -9});
  printf("pair %d %d cs %d %d ll %ld %ld tri %d %d %d dl %g %ld if %g\n", p.a, p.b, cs.c, cs.s,
         ll.a, ll.b, tri.a, tri.b, tri.c, dl.d, dl.l, abi_if((struct abi_if){3, 0.5f}));
  struct abi_big big = abi_big_make(10), big2 = {1, 2, 3, 4};
  printf("big %ld %ld %ld %ld sum %ld two %ld\n", big.a, big.b, big.c, big.d, abi_big_sum(big),
         abi_big_two(big, big2, 2));
  struct abi_big bf = abi_big_from(&big2, 5);
  printf("big_from %ld %ld %ld %ld\n", bf.a, bf.b, bf.c, bf.d);
  struct abi_hfa2 h2 = abi_hfa2((struct abi_hfa2){1.5, 2.5}, 2);
  struct abi_hfa3 h3 = abi_hfa3((struct abi_hfa3){1, 2, 3});
  printf("hfa2 %g %g hfa3 %g %g %g hfa4 %g hfa5 %g\n", h2.x, h2.y, h3.x, h3.y, h3.z,
         abi_hfa4_sum((struct abi_hfa4){{1, 2, 3, 4}}),
         abi_hfa5_sum((struct abi_hfa5){1, 2, 3, 4, 5}));
  struct abi_hva2 hv = {{1, 2, 3, 4}, {5, 6, 7, 8}};
  printf("hva2 %g\n", abi_hva2_sum(hv));
  struct abi_arr ar = abi_arr((struct abi_arr){"hello", 0});
  printf("arr %s %d arr24 %d\n", ar.name, ar.n,
         abi_arr24_sum((struct abi_arr24){{1, 2, 3, 4, 5, 6}}));
  printf("bits %u\n", abi_bits((struct abi_bits){5, 17, -3, 200}));
  struct abi_packed pk = abi_packed((struct abi_packed){'x', 1000, 9});
  printf("packed %c %d %d aligned %d nested %g\n", pk.c, pk.i, pk.s,
         abi_aligned((struct abi_aligned){6}), abi_nested((struct abi_nested){{1, 2}, 0.5}));
  printf("withptr %zu\n", abi_withptr((struct abi_withptr){"four", 10}));
  union abi_num un = abi_num((union abi_num){.i = 41});
  union abi_wide uw = {.l = 0};
  uw.c[11] = 5;
  uw.l = 100;
  printf("num %d wide %ld fp %d one %d\n", un.i, abi_wide(uw), abi_fp((struct abi_fp){mul, 4}),
         abi_one((struct abi_one){'A'}).c);
  printf("sum_ints %d sum_doubles %g vsum %d\n", abi_sum_ints(4, 1, 2, 3, 4),
         abi_sum_doubles(3, 1.0, 2.0, 3.0), vsum(3, 10, 20, 30));
#endif
#ifndef JX_INTERP
  char fmt[32];
  int n = abi_fmt(fmt, sizeof fmt, "%d-%s-%g", 5, "x", 0.5);
  printf("fmt %d %s\n", n, fmt);
#endif
  printf("const_int %d counter %d version %s table %d %d\n", abi_const_int, abi_counter++,
         abi_version, abi_table[0], abi_table[4]);
#ifndef JX_INTERP
  printf("weights %g origin %d %d big_obj %ld name %s default_op %d\n", abi_weights[3],
         abi_origin.a, abi_origin.b, abi_big_obj.d, abi_name, abi_default_op(2, 3));
#endif
  printf("shorts %d packed_obj %c %d %d wide %ld counter %d\n", abi_shorts[2], abi_packed_obj.c,
         abi_packed_obj.i, abi_packed_obj.s, abi_wide_obj.l, abi_counter);
#ifndef JX_INTERP
  printf("ld %.2Lf\n", abi_ld_obj);
#endif
  return 0;
}
