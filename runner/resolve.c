/* Stage 3: resolution. Each declaration against the libraries in load order, by SPEC.md's
 * rules: a library provides only what its own ELF symbol table exports (never what a
 * dependency or the runner's own process has); the first provider wins and the later ones
 * are shadowed; extern_weak with no provider is null; a GNU indirect function maps to the
 * implementation the loader selects; a versioned symbol to its default version;
 * thread-local symbols are refused. Hints explain each unresolved symbol. */
#include "arch.h"
#include "jitxr.h"

#include <dlfcn.h>
#include <limits.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Symbols that glibc and GCC provide only in static archives or start files, which no JIT
 * can load: libjitxr-rt.so, a default library, has them. */
static const char *static_only_hint(const char *name) {
  static const char *const nonshared[] = {"atexit", "at_quick_exit", "pthread_atfork",
                                          "__stack_chk_fail_local"};
  for (size_t i = 0; i < sizeof nonshared / sizeof *nonshared; i++)
    if (strcmp(name, nonshared[i]) == 0)
      return "glibc provides it only in the static archive libc_nonshared.a, which a JIT "
             "cannot load; jitxr's default library libjitxr-rt.so has it (not loaded with "
             "--no-default-libs)";
  if (strcmp(name, "__dso_handle") == 0)
    return "the C runtime's start files (crtbegin.o) define it in every program; jitxr's "
           "default library libjitxr-rt.so has it (not loaded with --no-default-libs)";
  if (strncmp(name, "__aarch64_", 10) == 0)
    return "an AArch64 outline atomic, which libgcc provides only in the static archive "
           "libgcc.a; jitxr's default library libjitxr-rt.so has it (not loaded with "
           "--no-default-libs), or build the IR with -mno-outline-atomics";
  if (strcmp(name, "__libc_csu_init") == 0 || strcmp(name, "__libc_csu_fini") == 0)
    return "glibc before 2.34 provided it only in libc_nonshared.a; this glibc runs "
           "constructors itself: build the IR against it";
  return NULL;
}

static void warn(struct jx_symbol *s, char *owned) {
  jx_strings_push(&s->warnings, owned);
}

/* The loaded copy of a DT_NEEDED dependency, by its soname. */
static bool dependency_path(const char *soname, char *out) {
  void *h = dlopen(soname, RTLD_LAZY | RTLD_NOLOAD);
  if (!h)
    return false;
  struct link_map *lm = NULL;
  bool ok = dlinfo(h, RTLD_DI_LINKMAP, &lm) == 0 && lm->l_name[0] && realpath(lm->l_name, out);
  dlclose(h); /* drops only the reference NOLOAD took */
  return ok;
}

static bool is_named(const struct jx_libraries *libs, const char *path) {
  for (size_t i = 0; i < libs->nlibs; i++)
    if (strcmp(libs->libs[i].path, path) == 0)
      return true;
  return false;
}

/* The dependencies (DT_NEEDED, transitively) of the loaded libraries that are not loaded
 * as libraries themselves, each with its ELF table: read once per run, on the first
 * unresolved symbol, not once per symbol (100,000 unresolved names would otherwise re-read
 * every dependency 100,000 times). */
struct dependency {
  char *soname;   /* as the DT_NEEDED entry names it */
  const char *of; /* the loaded library that (transitively) needs it */
  char *path;
  struct jx_elftable elf;
};
struct dependencies {
  struct dependency *items;
  size_t len;
  bool read;
};

static bool seen_path(const struct dependencies *deps, const char *path) {
  for (size_t k = 0; k < deps->len; k++)
    if (strcmp(deps->items[k].path, path) == 0)
      return true;
  return false;
}

static void read_dependencies(struct dependencies *deps, const struct jx_libraries *libs) {
  deps->read = true;
  for (size_t i = 0; i < libs->nlibs; i++) {
    /* breadth-first over DT_NEEDED, as the loader orders them */
    struct jx_strings queue = {0};
    for (size_t k = 0; k < libs->libs[i].elf.needed.len; k++)
      jx_strings_push(&queue, jx_xstrdup(libs->libs[i].elf.needed.items[k]));
    for (size_t q = 0; q < queue.len; q++) {
      char path[PATH_MAX];
      if (!dependency_path(queue.items[q], path) || is_named(libs, path) || seen_path(deps, path))
        continue;
      struct jx_elftable t;
      char *why = NULL;
      if (!jx_elf_read_shared(path, &t, &why)) {
        free(why);
        continue;
      }
      for (size_t k = 0; k < t.needed.len; k++)
        jx_strings_push(&queue, jx_xstrdup(t.needed.items[k]));
      deps->items = jx_xgrow(deps->items, deps->len, sizeof *deps->items);
      deps->items[deps->len++] = (struct dependency){
          .soname = jx_xstrdup(queue.items[q]),
          .of = libs->libs[i].name,
          .path = jx_xstrdup(path),
          .elf = t,
      };
    }
    jx_strings_free(&queue);
  }
}

static void dependencies_free(struct dependencies *deps) {
  for (size_t k = 0; k < deps->len; k++) {
    free(deps->items[k].soname);
    free(deps->items[k].path);
    jx_elf_free(&deps->items[k].elf);
  }
  free(deps->items);
  *deps = (struct dependencies){0};
}

/* Looks for name in the dependencies of the loaded libraries. */
static void hint_dependencies(struct jx_symbol *s, const struct jx_libraries *libs,
                              struct dependencies *deps) {
  if (!deps->read)
    read_dependencies(deps, libs);
  for (size_t k = 0; k < deps->len; k++) {
    const struct dependency *d = &deps->items[k];
    const struct jx_elfsym *other;
    if (jx_elf_lookup(&d->elf, s->decl->name, &other))
      warn(s, jx_xasprintf("hint: %s defines it, but only as a dependency (DT_NEEDED) of "
                           "%s; a library provides only what it defines itself: add -l %s",
                           d->soname, d->of, d->path));
  }
}

static void hint_unresolved(struct jx_symbol *s, const struct jx_libraries *libs,
                            struct dependencies *deps) {
  const char *name = s->decl->name;
  for (size_t i = 0; i < libs->nlibs; i++) {
    const struct jx_elfsym *other;
    jx_elf_lookup(&libs->libs[i].elf, name, &other);
    if (other)
      warn(s, jx_xasprintf("hint: %s has only the non-default version %s@%s, which the "
                           "static linker would not bind either",
                           libs->libs[i].name, name, other->version ? other->version : "?"));
    for (size_t k = 0; k < libs->libs[i].elf.versions.len; k++)
      if (strcmp(libs->libs[i].elf.versions.items[k], name) == 0)
        warn(s, jx_xasprintf("hint: %s is a version name of %s (a version definition in its "
                             "symbol table, which has no address), not a symbol",
                             name, libs->libs[i].name));
    if (jx_elf_has_hidden(&libs->libs[i].elf, name))
      warn(s, jx_xasprintf("hint: %s defines it with hidden visibility or local binding, "
                           "so does not export it",
                           libs->libs[i].name));
  }
  hint_dependencies(s, libs, deps);
  const char *static_hint = static_only_hint(name);
  if (static_hint)
    warn(s, jx_xasprintf("hint: %s", static_hint));
  Dl_info info;
  void *own = dlsym(RTLD_DEFAULT, name);
  if (own && dladdr(own, &info) && info.dli_fname) {
    const char *slash = strrchr(info.dli_fname, '/');
    warn(s, jx_xasprintf("hint: the runner's own process has it (in %s), but jitxr never "
                         "takes symbols from its own process",
                         slash ? slash + 1 : info.dli_fname));
  }
}

/* Declarations whose size says nothing: clang names an object whose address alone it needs
 * as `external global i8` (__dso_handle), and a C++ typeinfo object as one `ptr`, whatever
 * the class's typeinfo really holds (16 or 24 bytes). */
static bool address_only(const struct jx_decl *d) {
  return d->size == 1 || (d->size == sizeof(void *) && strncmp(d->name, "_ZTI", 4) == 0);
}

static void check_binding(struct jx_symbol *s, const struct jx_elfsym *e, const char *lib) {
  const struct jx_decl *d = s->decl;
  bool elf_func = e->type == JX_ELF_FUNC || e->type == JX_ELF_IFUNC;
  bool elf_data = e->type == JX_ELF_OBJECT || e->type == JX_ELF_TLS;
  if (d->kind == JX_KIND_FUNC && elf_data)
    warn(s, jx_xasprintf("declared as a function, but %s defines it as data", lib));
  else if (d->kind != JX_KIND_FUNC && elf_func)
    warn(s, jx_xasprintf("declared as data, but %s defines it as a function", lib));
  else if (d->kind != JX_KIND_FUNC && d->size && e->type == JX_ELF_OBJECT && e->size != d->size &&
           !address_only(d))
    warn(s, jx_xasprintf("declared with %llu bytes, but %s defines %llu",
                         (unsigned long long)d->size, lib, (unsigned long long)e->size));
}

/* Every library's default-version definitions in one hash table, so that a declaration
 * costs one look-up, not one per library: 100,000 declarations over 64 libraries. */
struct def {
  const char *name; /* NULL: free slot */
  size_t lib;
  const struct jx_elfsym *sym;
};
struct index {
  struct def *slots;
  size_t mask;
};

static uint64_t hash(const char *s) {
  uint64_t h = 1469598103934665603u; /* FNV-1a */
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 1099511628211u;
  return h;
}

/* Entries of one name sit in probe order, which is load order: they are added that way. */
static void index_build(struct index *x, const struct jx_libraries *libs, size_t ndecls) {
  size_t n = 0, cap = 16;
  for (size_t i = 0; i < libs->nlibs; i++)
    n += libs->libs[i].elf.nsyms;
  *x = (struct index){0};
  /* a few declarations: a binary search in each library's table (about 12 comparisons)
   * costs less than building the table of all their definitions (libc alone has 3,000) */
  if (ndecls * libs->nlibs * 12 < n)
    return;
  while (cap < 2 * n)
    cap *= 2;
  x->slots = jx_xcalloc(cap, sizeof *x->slots);
  x->mask = cap - 1;
  for (size_t i = 0; i < libs->nlibs; i++) {
    const struct jx_elftable *t = &libs->libs[i].elf;
    for (size_t k = 0; k < t->nsyms; k++) {
      const struct jx_elfsym *e = &t->syms[k];
      /* what jx_elf_lookup answers: the first entry of a name, if it is the default */
      if ((k && strcmp(t->syms[k - 1].name, e->name) == 0) || !e->default_version)
        continue;
      size_t h = hash(e->name) & x->mask;
      while (x->slots[h].name)
        h = (h + 1) & x->mask;
      x->slots[h] = (struct def){e->name, i, e};
    }
  }
}

static void resolve_one(struct jx_symbol *s, const struct jx_libraries *libs, const struct index *x,
                        struct dependencies *deps) {
  const struct jx_decl *d = s->decl;
  const struct jx_elfsym *found = NULL;
  s->provider = -1;
  if (jx_decl_has_nul(d)) { /* even extern_weak: what the object's cut name binds is unknown */
    s->status = JX_UNRESOLVED;
    warn(s, jx_xasprintf("the name holds a NUL byte: no shared object can export it, and a "
                         "look-up by name would find '%s', the name cut at the NUL",
                         d->name));
    return;
  }
  for (size_t h = x->slots ? hash(d->name) & x->mask : 0, i = 0;; i++) {
    const struct jx_elfsym *e = NULL;
    if (x->slots) { /* the index: the entries of this name, in load order */
      for (; x->slots[h].name && strcmp(x->slots[h].name, d->name) != 0; h = (h + 1) & x->mask)
        ;
      if (!x->slots[h].name)
        break;
      i = x->slots[h].lib;
      e = x->slots[h].sym;
      h = (h + 1) & x->mask;
    } else { /* no index: each library's sorted table, in load order */
      for (const struct jx_elfsym *other; i < libs->nlibs; i++)
        if ((e = jx_elf_lookup(&libs->libs[i].elf, d->name, &other)))
          break;
      if (!e)
        break;
    }
    if (s->provider < 0) {
      s->provider = (int)i;
      found = e;
    } else {
      s->shadowed = jx_xgrow(s->shadowed, s->nshadowed, sizeof *s->shadowed);
      s->shadowed[s->nshadowed++] = i;
    }
  }
  if (d->implicit)
    warn(s, jx_xstrdup("not declared in the IR: the code generator calls it"));

  if (d->kind == JX_KIND_TLS || (found && found->type == JX_ELF_TLS)) {
    s->status = JX_REFUSED;
    warn(s, jx_xstrdup("thread-local: the engine cannot give JIT code its own copy of "
                       "another module's thread-local storage"));
    return;
  }
  if (!found) {
    s->status = d->weak ? JX_WEAK_NULL : JX_UNRESOLVED;
    if (!d->weak)
      hint_unresolved(s, libs, deps);
    return;
  }
  const struct jx_library *lib = &libs->libs[s->provider];
  check_binding(s, found, lib->name);
  dlerror();
  /* dlsym on the library's own handle finds its own definition first; an indirect
   * function comes back as the implementation its resolver selected. */
  s->addr =
      found->version ? dlvsym(lib->handle, d->name, found->version) : dlsym(lib->handle, d->name);
  const char *msg = dlerror();
  struct link_map *lm = NULL;
  /* dlsym on the dynamic loader's own handle finds nothing (glibc searches its scope, in
   * which ld.so is not): its exports are at its load base plus their ELF value */
  if (msg && found->type != JX_ELF_IFUNC && found->value &&
      strcmp(lib->name, jx_arch_loader) == 0 && dlinfo(lib->handle, RTLD_DI_LINKMAP, &lm) == 0 &&
      lm) {
    s->addr = (void *)(lm->l_addr + found->value);
    msg = NULL;
  }
  if (msg) {
    s->status = JX_UNRESOLVED;
    warn(s, jx_xasprintf("%s exports it, but the loader cannot find it: %s", lib->name, msg));
    return;
  }
  s->status = JX_MAPPED;
  s->elf_size = found->size;
  s->ifunc = found->type == JX_ELF_IFUNC;
}

/* "3 unresolved symbols: a, b and 1 more" for the error line (the report lists them all):
 * names with their NUL bytes, which the report escapes, each name cut at 1024 bytes. */
static void fail_listing(struct jx_error *err, const struct jx_resolution *r, enum jx_status st,
                         size_t total, const char *what) {
  char *buf = NULL;
  size_t len = 0, shown = 0;
  FILE *f = open_memstream(&buf, &len);
  fprintf(f, "%zu %s symbol%s: ", total, what, total == 1 ? "" : "s");
  for (size_t i = 0; i < r->nsyms && shown < 8 && ftell(f) < 1024; i++) {
    if (r->syms[i].status != st)
      continue;
    const struct jx_decl *d = r->syms[i].decl;
    fputs(shown++ ? ", " : "", f);
    fwrite(d->name, 1, d->name_len < 1024 ? d->name_len : 1024, f);
  }
  if (total > shown)
    fprintf(f, " and %zu more", total - shown);
  fclose(f);
  jx_fail_len(err, JX_EXIT_RESOLVE, buf, len);
}

/* ---- hints that look past the loaded libraries ---------------------------- */

static bool loaded(const struct jx_libraries *libs, const char *soname) {
  for (size_t i = 0; i < libs->nlibs; i++)
    if (strcmp(libs->libs[i].name, soname) == 0 ||
        (libs->libs[i].elf.soname && strcmp(libs->libs[i].elf.soname, soname) == 0))
      return true;
  return false;
}

/* "-l z" for libz.so.1; the soname itself where it has no lib prefix. */
static char *l_flag(const char *soname) {
  const char *so = strstr(soname, ".so");
  if (strncmp(soname, "lib", 3) == 0 && so && so > soname + 3)
    return jx_xasprintf("-l %.*s", (int)(so - soname - 3), soname + 3);
  return jx_xasprintf("-l %s", soname);
}

/* Edit distance (adjacent swaps count one), or limit + 1 once it exceeds limit. */
static size_t distance(const char *a, size_t la, const char *b, size_t lb, size_t limit) {
  if ((la > lb ? la - lb : lb - la) > limit || la > 256 || lb > 256)
    return limit + 1;
  size_t rows[3][257], *pp = rows[0], *prev = rows[1], *cur = rows[2];
  for (size_t j = 0; j <= lb; j++)
    prev[j] = j;
  for (size_t i = 1; i <= la; i++) {
    cur[0] = i;
    size_t best = cur[0];
    for (size_t j = 1; j <= lb; j++) {
      size_t v = prev[j - 1] + (a[i - 1] != b[j - 1]);
      if (prev[j] + 1 < v)
        v = prev[j] + 1;
      if (cur[j - 1] + 1 < v)
        v = cur[j - 1] + 1;
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && pp[j - 2] + 1 < v)
        v = pp[j - 2] + 1;
      cur[j] = v;
      best = v < best ? v : best;
    }
    if (best > limit)
      return limit + 1;
    size_t *t = pp;
    pp = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb];
}

/* Up to three names the loaded libraries export within a typo of name (one edit below six
 * characters, two from there), for the first unresolved symbols: a slip, not a missing -l. */
static void hint_near_names(struct jx_symbol *s, const struct jx_libraries *libs) {
  const char *name = s->decl->name;
  size_t len = strlen(name), limit = len < 6 ? 1 : 2, found = 0;
  char *list = NULL;
  for (size_t i = 0; i < libs->nlibs && found < 3; i++)
    for (size_t k = 0; k < libs->libs[i].elf.nsyms && found < 3; k++) {
      const struct jx_elfsym *e = &libs->libs[i].elf.syms[k];
      if (!e->default_version || (k && strcmp(e->name, libs->libs[i].elf.syms[k - 1].name) == 0))
        continue;
      size_t dist = distance(name, len, e->name, strlen(e->name), limit);
      if (dist == 0 || dist > limit) /* itself: exported, unresolved for another reason */
        continue;
      char *more = jx_xasprintf("%s%s%s (%s)", list ? list : "", list ? ", " : "", e->name,
                                libs->libs[i].name);
      free(list);
      list = more;
      found++;
    }
  if (list)
    warn(s, jx_xasprintf("hint: near names: %s", list));
  free(list);
}

static void hint_past_loaded(struct jx_resolution *r, const struct jx_libraries *libs) {
  const char **names = jx_xcalloc(r->nunresolved, sizeof *names);
  struct jx_symbol **who = jx_xcalloc(r->nunresolved, sizeof *who);
  size_t n = 0, near = 0;
  for (size_t i = 0; i < r->nsyms; i++) {
    struct jx_symbol *s = &r->syms[i];
    if (s->status != JX_UNRESOLVED || jx_decl_has_nul(s->decl))
      continue;
    names[n] = s->decl->name;
    who[n++] = s;
  }
  char **exporter = jx_xcalloc(n ? n : 1, sizeof *exporter);
  jx_libsearch_exporters(names, n, exporter);
  for (size_t i = 0; i < n; i++) {
    if (exporter[i] && !loaded(libs, exporter[i])) {
      char *flag = l_flag(exporter[i]);
      warn(who[i], jx_xasprintf("hint: %s defines it: add %s", exporter[i], flag));
      free(flag);
    } else if (!exporter[i] && near++ < 16) {
      hint_near_names(who[i], libs);
    }
    free(exporter[i]);
  }
  free(exporter);
  free(who);
  free(names);
}

int jx_resolve(const struct jx_module *m, const struct jx_libraries *libs, struct jx_resolution *r,
               struct jx_error *err) {
  *r = (struct jx_resolution){
      .libs = libs, .syms = jx_xcalloc(m->ndecls, sizeof *r->syms), .nsyms = m->ndecls};
  struct index x;
  index_build(&x, libs, m->ndecls);
  struct dependencies deps = {0};
  for (size_t i = 0; i < m->ndecls; i++) {
    r->syms[i].decl = &m->decls[i];
    resolve_one(&r->syms[i], libs, &x, &deps);
    r->nunresolved += r->syms[i].status == JX_UNRESOLVED;
    r->nrefused += r->syms[i].status == JX_REFUSED;
  }
  free(x.slots);
  dependencies_free(&deps);
  if (r->nunresolved)
    hint_past_loaded(r, libs);
  if (r->nunresolved)
    fail_listing(err, r, JX_UNRESOLVED, r->nunresolved, "unresolved");
  else if (r->nrefused)
    fail_listing(err, r, JX_REFUSED, r->nrefused, "refused");
  return err->code;
}

void jx_resolution_free(struct jx_resolution *r) {
  for (size_t i = 0; i < r->nsyms; i++) {
    free(r->syms[i].shadowed);
    jx_strings_free(&r->syms[i].warnings);
  }
  free(r->syms);
  *r = (struct jx_resolution){0};
}
