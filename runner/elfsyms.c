/* What an ELF file defines, as the static linker sees it, read with libelf: the exported
 * definitions of a shared object (with their type, size and version), its hidden ones
 * (for hints), its DT_NEEDED list and DT_SONAME, and the undefined symbols of a relocatable object.
 */
#include "jitxr.h"

#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static bool elf_ready(void) {
  static int ready = -1;
  if (ready < 0)
    ready = elf_version(EV_CURRENT) != EV_NONE;
  return ready;
}

static int by_name(const void *a, const void *b) {
  const struct jx_elfsym *x = a, *y = b;
  int c = strcmp(x->name, y->name);
  /* the default version first among equal names */
  return c ? c : (int)y->default_version - (int)x->default_version;
}

static int str_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static enum jx_elf_type type_of(unsigned t) {
  switch (t) {
  case STT_NOTYPE:
    return JX_ELF_NOTYPE;
  case STT_FUNC:
    return JX_ELF_FUNC;
  case STT_GNU_IFUNC:
    return JX_ELF_IFUNC;
  case STT_OBJECT:
  case STT_COMMON:
    return JX_ELF_OBJECT;
  case STT_TLS:
    return JX_ELF_TLS;
  default:
    return JX_ELF_OTHER;
  }
}

/* Entries of a table as its data holds them: a corrupted sh_size may claim any number. */
static size_t entries(const Elf_Data *d, const GElf_Shdr *sh) {
  if (!d || !sh->sh_entsize)
    return 0;
  size_t n = sh->sh_size / sh->sh_entsize, have = d->d_size / sh->sh_entsize;
  return n < have ? n : have;
}

/* Version names by index, from SHT_GNU_verdef. */
struct verdefs {
  char **names;
  size_t n;
};

static void read_verdefs(Elf *e, Elf_Scn *scn, GElf_Shdr *sh, struct verdefs *v) {
  Elf_Data *d = elf_getdata(scn, NULL);
  if (!d)
    return;
  size_t off = 0;
  for (unsigned i = 0; i < sh->sh_info; i++) {
    GElf_Verdef def;
    GElf_Verdaux aux;
    if (!gelf_getverdef(d, (int)off, &def) || !gelf_getverdaux(d, (int)(off + def.vd_aux), &aux))
      break;
    if (def.vd_ndx >= v->n) {
      size_t n = def.vd_ndx + 1u;
      v->names = jx_xrealloc(v->names, n * sizeof *v->names);
      memset(v->names + v->n, 0, (n - v->n) * sizeof *v->names);
      v->n = n;
    }
    v->names[def.vd_ndx] = elf_strptr(e, sh->sh_link, aux.vda_name);
    if (!def.vd_next)
      break;
    off += def.vd_next;
  }
}

static void read_dynsym(Elf *e, Elf_Scn *scn, GElf_Shdr *sh, Elf_Data *versym,
                        const struct verdefs *vd, struct jx_elftable *t) {
  Elf_Data *d = elf_getdata(scn, NULL);
  size_t n = entries(d, sh);
  t->syms = jx_xcalloc(n, sizeof *t->syms);
  for (size_t i = 1; d && i < n; i++) {
    GElf_Sym s;
    if (!gelf_getsym(d, (int)i, &s) || s.st_shndx == SHN_UNDEF)
      continue;
    unsigned bind = GELF_ST_BIND(s.st_info);
    if (bind != STB_GLOBAL && bind != STB_WEAK && bind != STB_GNU_UNIQUE)
      continue;
    unsigned vis = GELF_ST_VISIBILITY(s.st_other);
    if (vis != STV_DEFAULT && vis != STV_PROTECTED)
      continue;
    GElf_Versym ver = 1;
    if (versym)
      gelf_getversym(versym, (int)i, &ver);
    unsigned idx = ver & 0x7fff;
    if (idx == 0) /* VER_NDX_LOCAL: not exported */
      continue;
    const char *vname = idx > 1 && idx < vd->n ? vd->names[idx] : NULL;
    const char *name = elf_strptr(e, sh->sh_link, s.st_name);
    if (!name) /* st_name outside the string table: a corrupted entry names nothing */
      continue;
    /* a version definition (ZLIB_1.2.9): an absolute 0 named as its own version, which ld
     * never binds a reference to; kept apart, for the hint */
    if (s.st_shndx == SHN_ABS && s.st_value == 0 && vname && strcmp(name, vname) == 0) {
      jx_strings_push(&t->versions, jx_xstrdup(name));
      continue;
    }
    t->syms[t->nsyms++] = (struct jx_elfsym){
        .name = jx_xstrdup(name),
        .version = vname ? jx_xstrdup(vname) : NULL,
        .type = type_of(GELF_ST_TYPE(s.st_info)),
        .size = s.st_size,
        .value = s.st_value,
        .weak = bind == STB_WEAK,
        .default_version = !(ver & 0x8000),
    };
  }
  qsort(t->syms, t->nsyms, sizeof *t->syms, by_name);
}

/* Definitions the static linker would not export: for "it is hidden in X" hints. */
static void read_symtab(Elf *e, Elf_Scn *scn, GElf_Shdr *sh, struct jx_elftable *t) {
  Elf_Data *d = elf_getdata(scn, NULL);
  size_t n = entries(d, sh);
  t->hidden = jx_xcalloc(n, sizeof *t->hidden);
  for (size_t i = 1; d && i < n; i++) {
    GElf_Sym s;
    if (!gelf_getsym(d, (int)i, &s) || s.st_shndx == SHN_UNDEF)
      continue;
    unsigned type = GELF_ST_TYPE(s.st_info);
    if (type != STT_FUNC && type != STT_OBJECT && type != STT_GNU_IFUNC && type != STT_TLS)
      continue;
    unsigned vis = GELF_ST_VISIBILITY(s.st_other);
    if (GELF_ST_BIND(s.st_info) != STB_LOCAL && vis != STV_HIDDEN && vis != STV_INTERNAL)
      continue;
    const char *name = elf_strptr(e, sh->sh_link, s.st_name);
    if (name)
      t->hidden[t->nhidden++] = jx_xstrdup(name);
  }
  qsort(t->hidden, t->nhidden, sizeof *t->hidden, str_cmp);
}

static void read_needed(Elf *e, Elf_Scn *scn, GElf_Shdr *sh, struct jx_elftable *t) {
  Elf_Data *d = elf_getdata(scn, NULL);
  size_t n = sh->sh_entsize ? sh->sh_size / sh->sh_entsize : 0;
  for (size_t i = 0; d && i < n; i++) {
    GElf_Dyn dyn;
    if (!gelf_getdyn(d, (int)i, &dyn) || dyn.d_tag == DT_NULL)
      break;
    bool wanted = dyn.d_tag == DT_NEEDED || (dyn.d_tag == DT_SONAME && !t->soname);
    const char *name = wanted ? elf_strptr(e, sh->sh_link, dyn.d_un.d_val) : NULL;
    if (name && dyn.d_tag == DT_NEEDED)
      jx_strings_push(&t->needed, jx_xstrdup(name));
    else if (name)
      t->soname = jx_xstrdup(name);
  }
}

static const char *machine_name(unsigned m) {
  switch (m) {
  case EM_X86_64:
    return "x86_64";
  case EM_AARCH64:
    return "aarch64";
  case EM_386:
    return "i386";
  case EM_ARM:
    return "arm";
  case EM_RISCV:
    return "riscv";
  default:
    return "another architecture";
  }
}

bool jx_elf_read_shared(const char *path, struct jx_elftable *t, char **why) {
  *t = (struct jx_elftable){0};
  if (!elf_ready()) {
    *why = jx_xstrdup("libelf is out of date");
    return false;
  }
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *why = jx_xstrdup(strerror(errno));
    return false;
  }
  Elf *e = elf_begin(fd, ELF_C_READ_MMAP, NULL);
  GElf_Ehdr eh;
  bool ok = false;
  if (!e || elf_kind(e) != ELF_K_ELF || !gelf_getehdr(e, &eh)) {
    *why = jx_xstrdup("not an ELF file");
  } else if (eh.e_machine != jx_arch_elf_machine) {
    *why = jx_xasprintf("an ELF file for %s, not %s", machine_name(eh.e_machine), jx_arch_name);
  } else if (eh.e_type != ET_DYN) {
    *why = jx_xstrdup("not a shared object");
  } else {
    Elf_Scn *dynsym = NULL, *symtab = NULL, *dynamic = NULL;
    GElf_Shdr dsh = {0}, ssh = {0}, ysh = {0}, sh;
    Elf_Data *versym = NULL;
    struct verdefs vd = {0};
    for (Elf_Scn *s = elf_nextscn(e, NULL); s; s = elf_nextscn(e, s)) {
      if (!gelf_getshdr(s, &sh))
        continue;
      if (sh.sh_type == SHT_DYNSYM)
        dynsym = s, dsh = sh;
      else if (sh.sh_type == SHT_SYMTAB)
        symtab = s, ssh = sh;
      else if (sh.sh_type == SHT_DYNAMIC)
        dynamic = s, ysh = sh;
      else if (sh.sh_type == SHT_GNU_versym)
        versym = elf_getdata(s, NULL);
      else if (sh.sh_type == SHT_GNU_verdef)
        read_verdefs(e, s, &sh, &vd);
    }
    if (!dynsym) {
      *why = jx_xstrdup("no dynamic symbol table");
    } else {
      read_dynsym(e, dynsym, &dsh, versym, &vd, t);
      if (symtab)
        read_symtab(e, symtab, &ssh, t);
      if (dynamic)
        read_needed(e, dynamic, &ysh, t);
      ok = true;
    }
    free(vd.names);
  }
  if (e)
    elf_end(e);
  close(fd);
  return ok;
}

void jx_elf_free(struct jx_elftable *t) {
  for (size_t i = 0; i < t->nsyms; i++) {
    free(t->syms[i].name);
    free(t->syms[i].version);
  }
  free(t->syms);
  for (size_t i = 0; i < t->nhidden; i++)
    free(t->hidden[i]);
  free(t->hidden);
  jx_strings_free(&t->needed);
  jx_strings_free(&t->versions);
  free(t->soname);
  *t = (struct jx_elftable){0};
}

const struct jx_elfsym *jx_elf_lookup(const struct jx_elftable *t, const char *name,
                                      const struct jx_elfsym **other) {
  *other = NULL;
  size_t lo = 0, hi = t->nsyms;
  while (lo < hi) { /* the first entry with this name */
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(t->syms[mid].name, name) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == t->nsyms || strcmp(t->syms[lo].name, name) != 0)
    return NULL;
  if (t->syms[lo].default_version) /* sorted first among equal names */
    return &t->syms[lo];
  *other = &t->syms[lo];
  return NULL;
}

bool jx_elf_has_hidden(const struct jx_elftable *t, const char *name) {
  return t->nhidden && bsearch(&name, t->hidden, t->nhidden, sizeof *t->hidden, str_cmp);
}

bool jx_elf_undefined(const void *obj, size_t size, struct jx_strings *out, char **why) {
  if (!elf_ready()) {
    *why = jx_xstrdup("libelf is out of date");
    return false;
  }
  Elf *e = elf_memory((char *)obj, size);
  if (!e || elf_kind(e) != ELF_K_ELF) {
    *why = jx_xstrdup("the code generator's output is not ELF");
    if (e)
      elf_end(e);
    return false;
  }
  GElf_Shdr sh;
  for (Elf_Scn *s = elf_nextscn(e, NULL); s; s = elf_nextscn(e, s)) {
    if (!gelf_getshdr(s, &sh) || sh.sh_type != SHT_SYMTAB)
      continue;
    Elf_Data *d = elf_getdata(s, NULL);
    size_t n = sh.sh_entsize ? sh.sh_size / sh.sh_entsize : 0;
    for (size_t i = 1; d && i < n; i++) {
      GElf_Sym sym;
      if (!gelf_getsym(d, (int)i, &sym) || sym.st_shndx != SHN_UNDEF ||
          GELF_ST_BIND(sym.st_info) == STB_LOCAL)
        continue;
      const char *name = elf_strptr(e, sh.sh_link, sym.st_name);
      if (name && *name)
        jx_strings_push(out, jx_xstrdup(name));
    }
  }
  elf_end(e);
  return true;
}
