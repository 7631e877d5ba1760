/* Stage 2: the libraries. Finds each -l library as ld does (libsearch.c; the dynamic
 * loader's own search last), then the defaults a C compiler driver links; opens each
 * RTLD_NOW | RTLD_LOCAL,
 * as a compiler's JIT does, so that its symbols reach JIT code only through jitxr's mapping;
 * and reads what each one defines from its ELF file. Libraries are never closed: JIT code
 * may reach them until the process ends. */
#include "arch.h"
#include "jitxr.h"

#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <link.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void jx_default_sonames(const char *out[JX_DEFAULT_SONAMES]) {
  const char *const names[JX_DEFAULT_SONAMES] = {"libc.so.6", "libm.so.6", "libgcc_s.so.1",
                                                 jx_arch_loader};
  memcpy(out, names, sizeof names);
}

/* build/ARCH/lib/libjitxr-rt.so for build/ARCH/bin/jitxr (an installed runner alike). */
static char *runtime_library(void) {
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0)
    return NULL;
  exe[n] = '\0';
  char *slash = strrchr(exe, '/');
  if (!slash)
    return NULL;
  *slash = '\0';
  return jx_xasprintf("%s/../lib/libjitxr-rt.so", exe);
}

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

static bool is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* "-l foo" means libfoo.so; "-l libfoo.so.1" names the file itself. */
static char *file_name_for(const char *lib) {
  if (strncmp(lib, "lib", 3) == 0 && strstr(lib, ".so"))
    return jx_xstrdup(lib);
  return jx_xasprintf("lib%s.so", lib);
}

static void add(struct jx_libraries *libs, struct jx_library lib) {
  libs->libs = jx_xgrow(libs->libs, libs->nlibs, sizeof *libs->libs);
  libs->libs[libs->nlibs++] = lib;
}

static bool already_loaded(const struct jx_libraries *libs, const char *path) {
  for (size_t i = 0; i < libs->nlibs; i++)
    if (strcmp(libs->libs[i].path, path) == 0)
      return true;
  return false;
}

/* For dlopen's "undefined symbol: NAME" when a library loaded before this one defines NAME:
 * why that did not help (RTLD_LOCAL keeps it out of the global scope). Owned, or NULL. */
static char *local_scope_hint(const struct jx_libraries *libs, const char *msg) {
  static const char key[] = "undefined symbol: ";
  const char *p = strstr(msg, key);
  if (!p)
    return NULL;
  p += sizeof key - 1;
  char *name = jx_xasprintf("%.*s", (int)strcspn(p, ", "), p); /* ", version V" may follow */
  char *hint = NULL;
  for (size_t i = 0; i < libs->nlibs && !hint; i++) {
    const struct jx_elfsym *other;
    if (jx_elf_lookup(&libs->libs[i].elf, name, &other))
      hint = jx_xasprintf(" (%s, loaded before it, defines %s, but libraries are opened "
                          "RTLD_LOCAL: a library must name those it uses as DT_NEEDED)",
                          libs->libs[i].name, name);
  }
  free(name);
  return hint;
}

/* Opens one library: `path` when known (then its ELF header is checked first, for a clear
 * message), else `file` through the dynamic loader's search. */
static int open_library(struct jx_libraries *libs, const char *shown, const char *path,
                        const char *file, bool is_default, const char *note, bool by_soname,
                        struct jx_error *err) {
  char *why = NULL;
  struct jx_elftable elf;
  char real[PATH_MAX];
  if (path) {
    char *from_start = jx_path_from_start(path);
    bool found = realpath(from_start, real);
    free(from_start);
    if (!found) {
      jx_fail(err, JX_EXIT_INPUT, "cannot load library '%s': %s", shown, strerror(errno));
      return err->code;
    }
    if (!is_file(real)) {
      jx_fail(err, JX_EXIT_INPUT, "cannot load library '%s': not a regular file", shown);
      return err->code;
    }
    jx_wire_stage("elf", shown);
    if (!jx_elf_read_shared(real, &elf, &why)) {
      jx_fail(err, JX_EXIT_INPUT, "cannot load library '%s': %s", shown, why);
      free(why);
      return err->code;
    }
    jx_elf_free(&elf); /* read again below, once we know it is not a duplicate */
  }
  jx_wire_stage("load", shown); /* its constructors run now, in this process */
  void *h = dlopen(path ? real : file, RTLD_NOW | RTLD_LOCAL);
  /* a constructor that ignored SIGCHLD would have the children of JIT code reaped
   * behind the worker's back, and their crashes reported as clean exits */
  signal(SIGCHLD, SIG_DFL);
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_UNBLOCK, &chld, NULL);
  if (!h) {
    const char *msg = dlerror();
    char *hint = msg ? local_scope_hint(libs, msg) : NULL;
    jx_fail(err, JX_EXIT_INPUT, "cannot load library '%s': %s%s", shown,
            msg ? msg : "unknown error", hint ? hint : "");
    free(hint);
    return err->code;
  }
  if (!path) {
    struct link_map *lm = NULL;
    if (dlinfo(h, RTLD_DI_LINKMAP, &lm) != 0 || !lm->l_name[0] || !realpath(lm->l_name, real)) {
      jx_fail(err, JX_EXIT_INPUT, "cannot load library '%s': the loader gives no path", shown);
      return err->code;
    }
  }
  if (already_loaded(libs, real)) /* named twice: the first place counts, as with ld */
    return 0;
  jx_wire_stage("elf", shown);
  if (!jx_elf_read_shared(real, &elf, &why)) {
    jx_fail(err, JX_EXIT_INPUT, "cannot load library '%s': %s", shown, why);
    free(why);
    return err->code;
  }
  add(libs,
      (struct jx_library){
          .name = jx_xstrdup(by_soname && elf.soname ? elf.soname : base_name(path ? path : file)),
          .path = jx_xstrdup(real),
          .is_default = is_default,
          .note = note ? jx_xstrdup(note) : NULL,
          .handle = h,
          .elf = elf,
      });
  return 0;
}

static int load_named(const struct jx_options *opt, const char *lib, struct jx_libraries *libs,
                      struct jx_error *err) {
  if (!*lib) {
    jx_fail(err, JX_EXIT_USAGE, "empty library name");
    return err->code;
  }
  struct jx_libfiles files;
  if (jx_libsearch(opt, lib, &files, err)) {
    jx_libfiles_free(&files);
    return err->code;
  }
  int rc = 0;
  for (size_t i = 0; !rc && i < files.n; i++)
    rc = open_library(libs, files.n == 1 && !files.items[i].note ? lib : files.items[i].path,
                      files.items[i].path, NULL, false, files.items[i].note,
                      files.items[i].searched, err);
  if (!files.n) { /* in no folder: the dynamic loader's own search (LD_LIBRARY_PATH, its cache) */
    char *file = file_name_for(lib);
    rc = open_library(libs, lib, NULL, file, false, NULL, false, err);
    free(file);
  }
  jx_libfiles_free(&files);
  return rc;
}

int jx_libraries_load(const struct jx_options *opt, struct jx_libraries *libs,
                      struct jx_error *err) {
  *libs = (struct jx_libraries){0};
  for (size_t i = 0; i < opt->nlib_dirs; i++) {
    struct stat st;
    if (stat(opt->lib_dirs[i], &st) != 0 || !S_ISDIR(st.st_mode)) {
      jx_fail(err, JX_EXIT_INPUT, "library folder '%s' is not a folder", opt->lib_dirs[i]);
      return err->code;
    }
  }
  for (size_t i = 0; i < opt->nlibs; i++)
    if (load_named(opt, opt->libs[i], libs, err))
      return err->code;
  if (opt->no_default_libs)
    return 0;
  /* What `cc` links into every program (libc, libm, the compiler runtime libgcc_s, the
   * dynamic loader), by soname, and then libjitxr-rt.so, found beside the runner: what
   * glibc and libgcc keep in static archives (atexit, __dso_handle, AArch64's outline
   * atomics, ...). */
  const char *defaults[JX_DEFAULT_SONAMES];
  jx_default_sonames(defaults);
  for (size_t i = 0; i < JX_DEFAULT_SONAMES; i++)
    if (open_library(libs, defaults[i], NULL, defaults[i], true, NULL, false, err))
      return err->code;
  char *rt = runtime_library();
  int rc = rt ? open_library(libs, "libjitxr-rt.so", rt, NULL, true, NULL, false, err)
              : (jx_fail(err, JX_EXIT_INPUT, "cannot find libjitxr-rt.so: no /proc/self/exe"),
                 err->code);
  free(rt);
  return rc;
}

/* Of two exports at one address, the name a program would use: a global binding over a weak
 * one, the default version, fewer leading underscores (`__environ` and `environ`), then by
 * name, so that the choice never depends on a table's order. */
static int underscores(const char *s) {
  int n = 0;
  while (s[n] == '_')
    n++;
  return n;
}

static bool preferred(const struct jx_elfsym *x, const struct jx_elfsym *y) {
  if (x->weak != y->weak)
    return !x->weak;
  if (x->default_version != y->default_version)
    return x->default_version;
  if (underscores(x->name) != underscores(y->name))
    return underscores(x->name) < underscores(y->name);
  return strcmp(x->name, y->name) < 0;
}

const struct jx_elfsym *jx_libraries_export_at(const struct jx_libraries *libs, uintptr_t p,
                                               const struct jx_library **lib, uintptr_t *start) {
  for (size_t l = 0; libs && l < libs->nlibs; l++) {
    struct link_map *lm = NULL;
    if (!libs->libs[l].handle || dlinfo(libs->libs[l].handle, RTLD_DI_LINKMAP, &lm) != 0 || !lm)
      continue;
    const struct jx_elftable *t = &libs->libs[l].elf;
    const struct jx_elfsym *best = NULL;
    for (size_t i = 0; i < t->nsyms; i++) {
      const struct jx_elfsym *s = &t->syms[i];
      uintptr_t at = (uintptr_t)(lm->l_addr + s->value);
      if ((s->type != JX_ELF_OBJECT && s->type != JX_ELF_FUNC) ||
          !(p == at || (p > at && p - at < s->size)))
        continue;
      /* the innermost (the latest start), then the preferred name */
      if (!best || at > lm->l_addr + best->value ||
          (at == lm->l_addr + best->value && preferred(s, best)))
        best = s;
    }
    if (best) {
      *lib = &libs->libs[l];
      *start = (uintptr_t)(lm->l_addr + best->value);
      return best;
    }
  }
  return NULL;
}

void jx_libraries_free(struct jx_libraries *libs) {
  for (size_t i = 0; i < libs->nlibs; i++) {
    free(libs->libs[i].name);
    free(libs->libs[i].path);
    free(libs->libs[i].note);
    jx_elf_free(&libs->libs[i].elf);
  }
  free(libs->libs);
  *libs = (struct jx_libraries){0};
}
