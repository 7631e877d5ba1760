/* options.c: SPEC.md's command line, and usage errors as exit 2. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h> /* after the four above, which it needs */

#include <stdio.h>

#include "jitxr.h"

#define PARSE(opt, ...)                                                                            \
  ({                                                                                               \
    char *argv_[] = {"jitxr", __VA_ARGS__, NULL};                                                  \
    jx_options_parse((int)(sizeof argv_ / sizeof *argv_) - 1, argv_, (opt));                       \
  })

static void test_full_line(void **state) {
  (void)state;
  struct jx_options o;
  assert_int_equal(PARSE(&o, "-lfx", "-L", "dir", "--lib=/x/liby.so", "m.ll", "--entry", "f",
                         "--arg", "7", "-O2", "--timeout=1.5", "--format", "json",
                         "--jit-memory=llvm", "--no-default-libs", "--", "a", "--b"),
                   -1);
  assert_string_equal(o.module_path, "m.ll");
  assert_int_equal(o.nlibs, 2);
  assert_string_equal(o.libs[0], "fx");
  assert_string_equal(o.libs[1], "/x/liby.so");
  assert_string_equal(o.lib_dirs[0], "dir");
  assert_string_equal(o.entry, "f");
  assert_string_equal(o.args[0], "7");
  assert_int_equal(o.opt_level, 2);
  assert_true(o.timeout == 1.5);
  assert_int_equal(o.format, JX_FORMAT_JSON);
  assert_int_equal(o.jit_memory, JX_MEMORY_LLVM);
  assert_true(o.no_default_libs);
  assert_int_equal(o.nargv, 2);
  assert_string_equal(o.argv[1], "--b"); /* after --, words are the entry's */
  jx_options_free(&o);
}

static void test_usage_errors(void **state) {
  (void)state;
  struct jx_options o;
  freopen("/dev/null", "w", stderr);
  assert_int_equal(PARSE(&o, "--bogus", "m.ll"), JX_EXIT_USAGE);
  jx_options_free(&o);
  assert_int_equal(PARSE(&o, "m.ll", "--engine", "jvm"), JX_EXIT_USAGE);
  jx_options_free(&o);
  assert_int_equal(PARSE(&o, "m.ll", "--timeout", "-1"), JX_EXIT_USAGE);
  jx_options_free(&o);
  assert_int_equal(PARSE(&o, "m.ll", "-O7"), JX_EXIT_USAGE);
  jx_options_free(&o);
  assert_int_equal(PARSE(&o, "m.ll", "-l"), JX_EXIT_USAGE);
  jx_options_free(&o);
  assert_int_equal(PARSE(&o, "a.ll", "b.ll"), JX_EXIT_USAGE);
  jx_options_free(&o);
  assert_int_equal(PARSE(&o, "--no-run"), JX_EXIT_USAGE); /* no module */
  jx_options_free(&o);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_full_line),
      cmocka_unit_test(test_usage_errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
