/* normalize.c: a VALUE becomes the LLVM constant with exactly its bits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h> /* after the four above, which it needs */

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "jitxr.h"

static struct jx_module m;

static void expect_constant(LLVMTypeRef ty, const char *value_json, const char *want) {
  struct json_object *v = json_tokener_parse(value_json);
  assert_non_null(v);
  char *why = NULL;
  LLVMValueRef c = jx_value_constant(&m, ty, v, &why);
  assert_non_null(c);
  char *got = LLVMPrintValueToString(c);
  assert_string_equal(got, want);
  LLVMDisposeMessage(got);
  json_object_put(v);
}

static void test_integers(void **state) {
  (void)state;
  expect_constant(LLVMInt128TypeInContext(m.ctx),
                  "{\"type\": \"i128\", \"value\": \"-170141183460469231731687303715884105728\"}",
                  "i128 -170141183460469231731687303715884105728");
  expect_constant(LLVMIntTypeInContext(m.ctx, 33), "{\"type\": \"i33\", \"value\": \"-1\"}",
                  "i33 -1");
  expect_constant(LLVMInt1TypeInContext(m.ctx), "{\"type\": \"i1\", \"value\": \"1\"}", "i1 true");
}

static void test_float_bits(void **state) {
  (void)state;
  /* a NaN payload survives: the constant is made from the bits, not the decimal */
  expect_constant(LLVMDoubleTypeInContext(m.ctx),
                  "{\"type\": \"double\", \"value\": \"nan\", \"bits\": \"0x7ff8000000000123\"}",
                  "double 0x7FF8000000000123");
  expect_constant(LLVMFloatTypeInContext(m.ctx),
                  "{\"type\": \"float\", \"value\": -0, \"bits\": \"0x80000000\"}",
                  "float -0.000000e+00");
}

static void test_pointers(void **state) {
  (void)state;
  LLVMTypeRef ptr = LLVMPointerTypeInContext(m.ctx, 0);
  expect_constant(ptr, "{\"type\": \"ptr\", \"value\": null}", "ptr null");
  expect_constant(ptr, "{\"type\": \"ptr\", \"global\": \"g\", \"offset\": 4}",
                  "ptr getelementptr (i8, ptr @g, i64 4)");
  /* heap or stack: refused, with the reason */
  struct json_object *v = json_tokener_parse("{\"type\": \"ptr\", \"unknown\": true}");
  char *why = NULL;
  assert_null(jx_value_constant(&m, ptr, v, &why));
  assert_non_null(strstr(why, "heap or stack"));
  free(why);
  json_object_put(v);
}

static void test_aggregate(void **state) {
  (void)state;
  LLVMTypeRef f[] = {LLVMInt8TypeInContext(m.ctx), LLVMPointerTypeInContext(m.ctx, 0)};
  LLVMTypeRef st = LLVMStructTypeInContext(m.ctx, f, 2, 0);
  expect_constant(st,
                  "{\"type\": \"{ i8, ptr }\", \"fields\": [{\"type\": \"i8\", \"value\": \"-2\"},"
                  " {\"type\": \"ptr\", \"global\": \"g\", \"offset\": 0}]}",
                  "{ i8, ptr } { i8 -2, ptr @g }");
}

int main(void) {
  m.ctx = LLVMContextCreate();
  m.mod = LLVMModuleCreateWithNameInContext("t", m.ctx);
  LLVMAddGlobal(m.mod, LLVMArrayType2(LLVMInt32TypeInContext(m.ctx), 4), "g");
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_integers),
      cmocka_unit_test(test_float_bits),
      cmocka_unit_test(test_pointers),
      cmocka_unit_test(test_aggregate),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  LLVMDisposeModule(m.mod);
  LLVMContextDispose(m.ctx);
  return rc;
}
