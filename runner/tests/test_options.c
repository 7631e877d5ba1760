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

/* Each option's values, accepted or refused: the table the errors/option-* cases sample. */
static void test_value_table(void **state) {
  (void)state;
  static const struct {
    const char *opt, *value;
    int rc;
  } rows[] = {
      {"--report", "r.json", -1},
      {"--report", "", 2},
      {"--engine", "mcjit", -1},
      {"--engine", "orc", -1},
      {"--engine", "interp", -1},
      {"--engine", "MCJIT", 2},
      {"--engine", "", 2},
      {"--invoke", "auto", -1},
      {"--invoke", "thunk", -1},
      {"--invoke", "runfunction", -1},
      {"--invoke", "call", 2},
      {"--jit-memory", "pool", -1},
      {"--jit-memory", "llvm", -1},
      {"--jit-memory", "heap", 2},
      {"--format", "text", -1},
      {"--format", "json", -1},
      {"--format", "xml", 2},
      {"--timeout", "0.001", -1},
      {"--timeout", "86400", -1},
      {"--timeout", "0", 2},
      {"--timeout", "86401", 2},
      {"--timeout", "nan", 2},
      {"--timeout", "inf", 2},
      {"--timeout", "1s", 2},
      {"--codegen-timeout", "600", -1},
      {"--codegen-timeout", "0", 2},
      {"--codegen-timeout", "-1", 2},
      {"--limit-memory", "0", -1},
      {"--limit-memory", "64", -1},
      {"--limit-memory", "-5", 2},
      {"--limit-cpu", "10", -1},
      {"--limit-procs", "x", 2},
      {"--limit-fsize", "1e3", -1},
      {"--code-model", "small", -1},
      {"--code-model", "large", -1},
      {"--code-model", "huge", 2},
      {"--entry", "", 2},
      {"--comptime", "", 2},
      {"--target", "", 2},
  };
  freopen("/dev/null", "w", stderr);
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    struct jx_options o;
    char *argv[] = {"jitxr", (char *)rows[i].opt, (char *)rows[i].value, "m.ll", NULL};
    int rc = jx_options_parse(4, argv, &o);
    if (rc != rows[i].rc)
      fail_msg("%s %s: %d, expected %d", rows[i].opt, rows[i].value, rc, rows[i].rc);
    jx_options_free(&o);
  }
}

/* Options that take no value refuse one given with '=' (--help=1 is no request for help). */
static void test_flags_take_no_value(void **state) {
  (void)state;
  static const char *const words[] = {
      "--help=1",
      "--help=",
      "--version=x",
      "--no-run=yes",
      "--no-fork=1",
      "--no-default-libs=0",
      "--compare-engines=1",
      "--program-exit=1",
  };
  freopen("/dev/null", "w", stderr);
  for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
    struct jx_options o;
    char *argv[] = {"jitxr", (char *)words[i], "m.ll", NULL};
    int rc = jx_options_parse(3, argv, &o);
    if (rc != JX_EXIT_USAGE)
      fail_msg("%s: %d, expected %d", words[i], rc, JX_EXIT_USAGE);
    jx_options_free(&o);
  }
}

/* Options that contradict each other: a usage error, never a run that ignores one. */
static void test_combinations(void **state) {
  (void)state;
  static const struct {
    const char *words[5];
    int rc;
  } rows[] = {
      {{"--no-run", "--comptime", "f", "--emit-normalized", "-"}, 2},
      {{"--no-run", "--comptime", "f", "--emit-obj", "x.o"}, 2},
      {{"--no-run", "--comptime", "f", "--emit-asm", "x.s"}, 2},
      {{"--no-run", "--comptime", "f"}, -1},
      {{"--no-run", "--emit-normalized", "-"}, -1}, /* nothing to normalize: the module as is */
      {{"--compare-engines", "--no-run"}, 2},
      {{"--compare-engines", "--no-fork"}, 2},
      {{"--compare-engines", "--comptime", "f"}, -1},
      {{"--program-exit", "--no-run"}, -1}, /* nothing runs: jitxr's own status */
  };
  freopen("/dev/null", "w", stderr);
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    char *argv[8] = {"jitxr"};
    int argc = 1;
    for (size_t k = 0; k < 5 && rows[i].words[k]; k++)
      argv[argc++] = (char *)rows[i].words[k];
    argv[argc++] = "m.ll";
    struct jx_options o;
    int rc = jx_options_parse(argc, argv, &o);
    if (rc != rows[i].rc)
      fail_msg("row %zu (%s %s ...): %d, expected %d", i, rows[i].words[0], rows[i].words[1], rc,
               rows[i].rc);
    jx_options_free(&o);
  }
}

static void test_limit_defaults(void **state) {
  (void)state;
  struct jx_options o;
  assert_int_equal(PARSE(&o, "m.ll"), -1);
  assert_true(o.timeout == 10.0);
  assert_true(o.codegen_timeout == 600.0);
  assert_true(o.limit_memory > 0 && o.limit_cpu > 0 && o.limit_procs > 0 && o.limit_fsize > 0);
  jx_options_free(&o);
  assert_int_equal(PARSE(&o, "--limit-memory=0", "--codegen-timeout=2.5", "m.ll"), -1);
  assert_true(o.limit_memory == 0 && o.codegen_timeout == 2.5);
  jx_options_free(&o);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_full_line),    cmocka_unit_test(test_usage_errors),
      cmocka_unit_test(test_value_table),  cmocka_unit_test(test_flags_take_no_value),
      cmocka_unit_test(test_combinations), cmocka_unit_test(test_limit_defaults),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
