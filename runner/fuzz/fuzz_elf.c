/* libFuzzer target: the ELF tables (elfsyms.c) on any bytes. jx_elf_read_shared reads them
 * as a file, then every name it found is looked up again (jx_elf_lookup, jx_elf_has_hidden)
 * along with names made from the input; jx_elf_undefined reads the same bytes in memory,
 * as it reads the code generator's object. */
#include "fuzz_util.h"
#include "jitxr.h"

#include <string.h>

static struct fuzz_file file;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  fuzz_file_open(&file, "elf");
  return 0;
}

static void check_table(const struct jx_elftable *t, const uint8_t *data, size_t size) {
  for (size_t i = 0; i < t->nsyms; i++) {
    const struct jx_elfsym *s = &t->syms[i], *other;
    FUZZ_CHECK(s->name, "symbol %zu has no name", i);
    FUZZ_CHECK(s->type <= JX_ELF_OTHER, "symbol '%s' has type %d", s->name, (int)s->type);
    if (i)
      FUZZ_CHECK(strcmp(t->syms[i - 1].name, s->name) <= 0, "symbols not sorted at %zu", i);
    const struct jx_elfsym *found = jx_elf_lookup(t, s->name, &other);
    if (found) {
      FUZZ_CHECK(!other && strcmp(found->name, s->name) == 0 && found->default_version,
                 "lookup of '%s' found another symbol", s->name);
      FUZZ_CHECK(!s->default_version || found == s || strcmp(found->name, s->name) == 0,
                 "lookup of '%s'", s->name);
    } else {
      FUZZ_CHECK(other && strcmp(other->name, s->name) == 0 && !other->default_version,
                 "lookup of '%s' found nothing", s->name);
      FUZZ_CHECK(!s->default_version, "default version of '%s' not found", s->name);
    }
  }
  for (size_t i = 0; i < t->nhidden; i++) {
    FUZZ_CHECK(t->hidden[i], "hidden symbol %zu has no name", i);
    FUZZ_CHECK(jx_elf_has_hidden(t, t->hidden[i]), "hidden '%s' not found", t->hidden[i]);
  }
  for (size_t i = 0; i < t->needed.len; i++)
    FUZZ_CHECK(t->needed.items[i], "DT_NEEDED %zu is NULL", i);
  /* names that may or may not be there: the empty one, and the input's last bytes */
  const struct jx_elfsym *other;
  char name[33];
  size_t n = size < 32 ? size : 32;
  memcpy(name, data + size - n, n);
  name[n] = '\0';
  const char *probes[] = {"", name, "main", "printf"};
  for (size_t k = 0; k < sizeof probes / sizeof *probes; k++) {
    const struct jx_elfsym *s = jx_elf_lookup(t, probes[k], &other);
    FUZZ_CHECK(!s || strcmp(s->name, probes[k]) == 0, "lookup of '%s' found '%s'", probes[k],
               s->name);
    (void)jx_elf_has_hidden(t, probes[k]);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *path = fuzz_file_set(&file, data, size);
  struct jx_elftable t;
  char *why = NULL;
  if (jx_elf_read_shared(path, &t, &why))
    check_table(&t, data, size);
  else
    FUZZ_CHECK(why && *why, "failed without saying why");
  free(why);
  jx_elf_free(&t);

  /* in memory, from a copy: libelf may write to an image it was given */
  void *copy = malloc(size ? size : 1);
  memcpy(copy, data, size);
  struct jx_strings out = {0};
  why = NULL;
  if (jx_elf_undefined(copy, size, &out, &why)) {
    for (size_t i = 0; i < out.len; i++)
      FUZZ_CHECK(out.items[i] && *out.items[i], "undefined symbol %zu has no name", i);
  } else {
    FUZZ_CHECK(why && *why, "failed without saying why");
  }
  free(why);
  jx_strings_free(&out);
  free(copy);
  return 0;
}
