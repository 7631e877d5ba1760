/* invoke.c: LLVMRunFunction is used only where the engine passes the signature safely. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h> /* after the four above, which it needs */

#include "jitxr.h"

static LLVMContextRef c;

static LLVMTypeRef fn(LLVMTypeRef ret, LLVMTypeRef *params, unsigned n, bool vararg) {
  return LLVMFunctionType(ret, params, n, vararg);
}

static void test_safe(void **state) {
  (void)state;
  LLVMTypeRef i32 = LLVMInt32TypeInContext(c), ptr = LLVMPointerTypeInContext(c, 0);
  LLVMTypeRef rets[] = {LLVMInt1TypeInContext(c),
                        LLVMInt8TypeInContext(c),
                        LLVMIntTypeInContext(c, 33),
                        LLVMInt64TypeInContext(c),
                        LLVMFloatTypeInContext(c),
                        LLVMDoubleTypeInContext(c),
                        ptr,
                        LLVMVoidTypeInContext(c)};
  for (size_t i = 0; i < sizeof rets / sizeof *rets; i++)
    assert_null(jx_runfunction_refusal(JX_ENGINE_MCJIT, fn(rets[i], NULL, 0, false)));
  LLVMTypeRef main3[] = {i32, ptr, ptr};
  for (unsigned n = 1; n <= 3; n++) {
    assert_null(jx_runfunction_refusal(JX_ENGINE_MCJIT, fn(i32, main3, n, false)));
    assert_null(
        jx_runfunction_refusal(JX_ENGINE_MCJIT, fn(LLVMVoidTypeInContext(c), main3, n, false)));
  }
}

static void test_unsafe(void **state) {
  (void)state;
  LLVMTypeRef i32 = LLVMInt32TypeInContext(c), i64 = LLVMInt64TypeInContext(c);
  LLVMTypeRef ptr = LLVMPointerTypeInContext(c, 0);
  LLVMTypeRef pair[] = {i32, i32};
  LLVMTypeRef st = LLVMStructTypeInContext(c, pair, 2, 0);
  assert_non_null(
      jx_runfunction_refusal(JX_ENGINE_MCJIT, fn(LLVMInt128TypeInContext(c), NULL, 0, false)));
  assert_non_null(jx_runfunction_refusal(JX_ENGINE_MCJIT, fn(st, NULL, 0, false)));
  assert_non_null(
      jx_runfunction_refusal(JX_ENGINE_MCJIT, fn(LLVMX86FP80TypeInContext(c), NULL, 0, false)));
  assert_non_null(jx_runfunction_refusal(JX_ENGINE_MCJIT, fn(i32, NULL, 0, true)));  /* variadic */
  assert_non_null(jx_runfunction_refusal(JX_ENGINE_MCJIT, fn(i64, pair, 1, false))); /* i64 (i32) */
  assert_non_null(jx_runfunction_refusal(JX_ENGINE_MCJIT, fn(i32, &i64, 1, false))); /* i32 (i64) */
  assert_non_null(
      jx_runfunction_refusal(JX_ENGINE_MCJIT, fn(i32, pair, 2, false))); /* i32 (i32, i32) */
  LLVMTypeRef four[] = {i32, ptr, ptr, ptr};
  assert_non_null(jx_runfunction_refusal(JX_ENGINE_MCJIT, fn(i32, four, 4, false)));
  assert_non_null(
      jx_runfunction_refusal(JX_ENGINE_MCJIT, fn(LLVMDoubleTypeInContext(c), pair, 1, false)));
}

static void test_other_engines(void **state) {
  (void)state;
  LLVMTypeRef i32 = LLVMInt32TypeInContext(c), i64 = LLVMInt64TypeInContext(c);
  LLVMTypeRef dbl = LLVMDoubleTypeInContext(c), ptr = LLVMPointerTypeInContext(c, 0);
  LLVMTypeRef mixed[] = {i64, dbl, ptr, i32, dbl};
  /* the interpreter passes any scalar signature MCJIT refuses ... */
  assert_non_null(jx_runfunction_refusal(JX_ENGINE_MCJIT, fn(dbl, mixed, 5, false)));
  assert_null(jx_runfunction_refusal(JX_ENGINE_INTERP, fn(dbl, mixed, 5, false)));
  /* ... but not what LLVMGenericValue cannot carry through the C API */
  LLVMTypeRef i128 = LLVMInt128TypeInContext(c);
  assert_non_null(jx_runfunction_refusal(JX_ENGINE_INTERP, fn(i128, NULL, 0, false)));
  assert_non_null(jx_runfunction_refusal(JX_ENGINE_INTERP, fn(i32, &i128, 1, false)));
  LLVMTypeRef pair[] = {i32, i32};
  LLVMTypeRef st = LLVMStructTypeInContext(c, pair, 2, 0);
  assert_non_null(jx_runfunction_refusal(JX_ENGINE_INTERP, fn(st, NULL, 0, false)));
  /* ORC has no LLVMRunFunction at all */
  assert_non_null(jx_runfunction_refusal(JX_ENGINE_ORC, fn(i32, NULL, 0, false)));
}

int main(void) {
  c = LLVMContextCreate();
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_safe),
      cmocka_unit_test(test_unsafe),
      cmocka_unit_test(test_other_engines),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  LLVMContextDispose(c);
  return rc;
}
