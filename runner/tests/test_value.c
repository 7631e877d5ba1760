/* value.c: exact decimals at every width, float bits, pointers as symbol + offset. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h> /* after the four above, which it needs */

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "jitxr.h"

static void expect_decimal(const void *mem, unsigned bits, bool is_signed, const char *want) {
  char *got = jx_int_decimal(mem, bits, is_signed);
  assert_string_equal(got, want);
  free(got);
}

static void test_int_decimal(void **state) {
  (void)state;
  uint8_t b = 0xff;
  expect_decimal(&b, 8, true, "-1");
  expect_decimal(&b, 8, false, "255");
  expect_decimal(&b, 1, false, "1"); /* i1 is 0 or 1 */
  expect_decimal(&b, 3, true, "-1"); /* bits above the width are ignored */
  uint64_t min64 = 0x8000000000000000ull;
  expect_decimal(&min64, 64, true, "-9223372036854775808");
  expect_decimal(&min64, 64, false, "9223372036854775808");
  uint64_t i128[2] = {0, 0x8000000000000000ull};
  expect_decimal(i128, 128, true, "-170141183460469231731687303715884105728");
  uint64_t max128[2] = {~0ull, ~0ull};
  expect_decimal(max128, 128, false, "340282366920938463463374607431768211455");
  uint32_t zero = 0;
  expect_decimal(&zero, 32, true, "0");
  uint32_t odd[2] = {0x12345678, 0x1}; /* i33 */
  expect_decimal(odd, 33, true, "-3989547400");
}

/* Decimal and back at widths where the divide and conquer splits (thousands of limbs),
 * with the bits of a fixed pattern: the digits parse back to the same bytes. */
static void test_int_round_trip(void **state) {
  (void)state;
  static const unsigned widths[] = {1, 7, 64, 65, 2048, 2049, 4096, 40000, 100003};
  uint32_t x = 12345;
  for (size_t k = 0; k < sizeof widths / sizeof *widths; k++) {
    unsigned bits = widths[k];
    size_t n = (bits + 7) / 8;
    uint8_t *mem = calloc(n, 1), *back = calloc(n, 1);
    for (size_t i = 0; i < n; i++)
      mem[i] = (uint8_t)((x = x * 1103515245u + 12345u) >> 16);
    if (bits % 8)
      mem[n - 1] &= (uint8_t)((1u << (bits % 8)) - 1);
    for (int is_signed = 0; is_signed < 2; is_signed++) {
      char *dec = jx_int_decimal(mem, bits, is_signed);
      assert_int_equal(jx_int_parse(dec, bits, back), JX_INT_OK);
      assert_memory_equal(mem, back, n);
      free(dec);
    }
    free(mem);
    free(back);
  }
  uint8_t ones[128];
  memset(ones, 0xff, sizeof ones);
  char *dec = jx_int_decimal(ones, 1024, false); /* 2^1024 - 1 */
  assert_int_equal(strlen(dec), 309);
  assert_memory_equal(dec, "17976931348623159077", 20);
  assert_string_equal(dec + 289, "35356329624224137215");
  free(dec);
}

static void expect_parse(const char *s, unsigned bits, enum jx_int_parse want, uint64_t value) {
  uint64_t got[2] = {0, 0};
  assert_int_equal(jx_int_parse(s, bits, got), want);
  if (want == JX_INT_OK)
    assert_int_equal(got[0], value);
}

static void test_int_parse(void **state) {
  (void)state;
  expect_parse("-1", 1, JX_INT_OK, 1); /* an iN takes -2^(N-1) .. 2^N - 1 */
  expect_parse("1", 1, JX_INT_OK, 1);
  expect_parse("2", 1, JX_INT_RANGE, 0);
  expect_parse("-2", 1, JX_INT_RANGE, 0);
  expect_parse("7", 2, JX_INT_RANGE, 0);
  expect_parse("-2", 2, JX_INT_OK, 2); /* the bits above the width stay zero */
  expect_parse("-1", 7, JX_INT_OK, 0x7f);
  expect_parse("0xff", 8, JX_INT_OK, 0xff);
  expect_parse("-0x80", 8, JX_INT_OK, 0x80);
  expect_parse("-129", 8, JX_INT_RANGE, 0);
  expect_parse("18446744073709551615", 64, JX_INT_OK, ~0ull);
  expect_parse("18446744073709551616", 64, JX_INT_RANGE, 0);
  expect_parse("-9223372036854775808", 64, JX_INT_OK, 0x8000000000000000ull);
  expect_parse("-9223372036854775809", 64, JX_INT_RANGE, 0);
  expect_parse("0007", 8, JX_INT_OK, 7);
  expect_parse("-0", 8, JX_INT_OK, 0);
  static const char *const bad[] = {"", "-", "0x", "-0x", "+1", " 1", "1 ", "12a", "0x1g", "1.5"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    expect_parse(bad[i], 32, JX_INT_SYNTAX, 0);
  uint8_t wide[32];
  assert_int_equal(jx_int_parse("-1", 256, wide), JX_INT_OK); /* all 256 bits */
  for (size_t i = 0; i < sizeof wide; i++)
    assert_int_equal(wide[i], 0xff);
}

static struct json_object *read_as(LLVMTypeRef ty, const void *mem, const struct jx_regions *rs) {
  LLVMTargetDataRef td = LLVMCreateTargetData("e-m:e-i64:64-f80:128-n8:16:32:64-S128");
  struct json_object *v = jx_value_read(td, ty, mem, rs);
  LLVMDisposeTargetData(td);
  return v;
}

static void expect_json(struct json_object *v, const char *want) {
  assert_string_equal(json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN), want);
  json_object_put(v);
}

static void test_floats(void **state) {
  (void)state;
  LLVMContextRef c = LLVMContextCreate();
  double d = -0.0;
  expect_json(read_as(LLVMDoubleTypeInContext(c), &d, NULL),
              "{\"type\":\"double\",\"value\":-0,\"bits\":\"0x8000000000000000\"}");
  uint64_t nan_payload = 0x7ff8000000000123ull;
  expect_json(read_as(LLVMDoubleTypeInContext(c), &nan_payload, NULL),
              "{\"type\":\"double\",\"value\":\"nan\",\"bits\":\"0x7ff8000000000123\"}");
  float f = 0.1f;
  expect_json(read_as(LLVMFloatTypeInContext(c), &f, NULL),
              "{\"type\":\"float\",\"value\":0.1,\"bits\":\"0x3dcccccd\"}");
  uint32_t inf = 0xff800000u;
  expect_json(read_as(LLVMFloatTypeInContext(c), &inf, NULL),
              "{\"type\":\"float\",\"value\":\"-inf\",\"bits\":\"0xff800000\"}");
  uint32_t sub = 1; /* the smallest subnormal */
  expect_json(read_as(LLVMFloatTypeInContext(c), &sub, NULL),
              "{\"type\":\"float\",\"value\":1e-45,\"bits\":\"0x00000001\"}");
  uint8_t f80[16] = {0xcd, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xcc, 0xfb, 0x3f}; /* 0.1 */
  expect_json(read_as(LLVMX86FP80TypeInContext(c), f80, NULL),
              "{\"type\":\"x86_fp80\",\"value\":0.1,\"bits\":\"0x3ffbcccccccccccccccd\"}");
  uint64_t q[2] = {~0ull, 0x7ffeffffffffffffull}; /* the largest finite fp128 */
  expect_json(read_as(LLVMFP128TypeInContext(c), q, NULL),
              "{\"type\":\"fp128\",\"value\":1.189731495357231765085759326628007e+4932,"
              "\"bits\":\"0x7ffeffffffffffffffffffffffffffff\"}");
  q[0] = 1, q[1] = 0x8000000000000000ull; /* the smallest negative subnormal */
  expect_json(read_as(LLVMFP128TypeInContext(c), q, NULL),
              "{\"type\":\"fp128\",\"value\":-6e-4966,"
              "\"bits\":\"0x80000000000000000000000000000001\"}");
  LLVMContextDispose(c);
}

/* jx_float_decimal at a double's precision gives what printf and strtod find for it. */
static void test_float_decimal_as_double(void **state) {
  (void)state;
  uint64_t x = 88172645463325252ull;
  for (int i = 0; i < 20000; i++) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    uint64_t b = i % 3 == 1   ? x & 0x800fffffffffffffull
                 : i % 3 == 2 ? x & 0xfff0000000000000ull
                              : x;
    double v;
    memcpy(&v, &b, 8);
    unsigned exp = b >> 52 & 0x7ff;
    if (exp == 0x7ff || v == 0)
      continue;
    char want[40];
    for (int prec = 1; prec <= 17; prec++) {
      snprintf(want, sizeof want, "%.*g", prec, v);
      if (strtod(want, NULL) == v)
        break;
    }
    unsigned __int128 f = (b & 0xfffffffffffffull) | (exp ? 1ull << 52 : 0);
    char *got = jx_float_decimal(b >> 63, f, exp ? (int)exp - 1075 : -1074, 53, -1074);
    assert_string_equal(got, want);
    free(got);
  }
}

static void test_pointers(void **state) {
  (void)state;
  LLVMContextRef c = LLVMContextCreate();
  LLVMTypeRef ptr = LLVMPointerTypeInContext(c, 0);
  char table[16];
  struct jx_regions rs = {0};
  jx_regions_add(&rs, "table", true, (uintptr_t)table, sizeof table);
  void *p = table + 4;
  expect_json(read_as(ptr, &p, &rs), "{\"type\":\"ptr\",\"symbol\":\"table\",\"offset\":4}");
  p = NULL;
  expect_json(read_as(ptr, &p, &rs), "{\"type\":\"ptr\",\"value\":null}");
  p = table + 16; /* one past the end belongs to nothing */
  expect_json(read_as(ptr, &p, &rs), "{\"type\":\"ptr\",\"unknown\":true}");
  free(rs.items);
  LLVMContextDispose(c);
}

static void test_struct_text(void **state) {
  (void)state;
  LLVMContextRef c = LLVMContextCreate();
  LLVMTypeRef fields[] = {LLVMInt8TypeInContext(c), LLVMInt32TypeInContext(c)};
  LLVMTypeRef st = LLVMStructTypeInContext(c, fields, 2, 0);
  struct {
    int8_t a;
    int32_t b;
  } v = {-2, 70000};
  struct json_object *j = read_as(st, &v, NULL);
  char *text = jx_value_text(j);
  assert_string_equal(text, "{ i8, i32 } { i8 -2, i32 70000 }");
  free(text);
  json_object_put(j);
  LLVMContextDispose(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_int_decimal),
      cmocka_unit_test(test_int_round_trip),
      cmocka_unit_test(test_int_parse),
      cmocka_unit_test(test_floats),
      cmocka_unit_test(test_float_decimal_as_double),
      cmocka_unit_test(test_pointers),
      cmocka_unit_test(test_struct_text),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
