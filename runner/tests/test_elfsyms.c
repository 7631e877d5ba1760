/* elfsyms.c on real fixtures: exported definitions with type, size and default version. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h> /* after the four above, which it needs */

#include <stdlib.h>

#include "jitxr.h"

static char *fixture(const char *name) {
  const char *dir = getenv("JITXR_FIXTURES");
  return jx_xasprintf("%s/%s", dir ? dir : "fixtures", name);
}

static void test_fx(void **state) {
  (void)state;
  char *path = fixture("libfx.so"), *why = NULL;
  struct jx_elftable t;
  assert_true(jx_elf_read_shared(path, &t, &why));
  const struct jx_elfsym *other, *s = jx_elf_lookup(&t, "fx_add3", &other);
  assert_non_null(s);
  assert_int_equal(s->type, JX_ELF_FUNC);
  s = jx_elf_lookup(&t, "fx_counter", &other);
  assert_non_null(s);
  assert_int_equal(s->type, JX_ELF_OBJECT);
  assert_int_equal(s->size, 4);
  assert_null(jx_elf_lookup(&t, "fx_hidden", &other)); /* not exported ... */
  assert_true(jx_elf_has_hidden(&t, "fx_hidden"));     /* ... but known, for the hint */
  jx_elf_free(&t);
  free(path);
}

static void test_versions(void **state) {
  (void)state;
  char *path = fixture("libfxver.so"), *why = NULL;
  struct jx_elftable t;
  assert_true(jx_elf_read_shared(path, &t, &why));
  const struct jx_elfsym *other, *s = jx_elf_lookup(&t, "ver_foo", &other);
  assert_non_null(s);
  assert_string_equal(s->version, "V2");             /* foo@@V2, not foo@V1 */
  assert_null(jx_elf_lookup(&t, "ver_old", &other)); /* only ver_old@V1 */
  assert_non_null(other);
  assert_string_equal(other->version, "V1");
  jx_elf_free(&t);
  free(path);
}

static void test_not_elf(void **state) {
  (void)state;
  struct jx_elftable t;
  char *why = NULL;
  assert_false(jx_elf_read_shared(__FILE__, &t, &why)); /* C source */
  assert_string_equal(why, "not an ELF file");
  free(why);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fx),
      cmocka_unit_test(test_versions),
      cmocka_unit_test(test_not_elf),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
