/* Stage 2, first half: which files `-l LIB` means, found as GNU ld finds them, so that the
 * flags of a `cc` line work as written. `-l foo` is libfoo.so in the -L folders, then the
 * system's library folders (ld's own list on Debian), then the C compiler's folder (where
 * libstdc++.so and libatomic.so live); a file that is an ELF object of another architecture
 * is skipped, as ld skips it. A GNU ld script (libc.so, libm.so, libgcc_s.so) is followed to
 * the shared objects it names; the static archives it also names are left out (what C
 * programs take from them, libjitxr-rt.so provides). With no libfoo.so anywhere (its -dev
 * package is not installed), the highest libfoo.so.N is taken, with a note. */
#include "arch.h"
#include "jitxr.h"

#include <dirent.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum kind { KIND_NONE, KIND_OURS, KIND_SCRIPT, KIND_OTHER };

/* What a file is: a shared object this runner can load, an ld script, or anything else (an
 * archive, an object of another architecture, a missing file). */
static enum kind classify(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
    return KIND_NONE;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return KIND_NONE;
  unsigned char h[64] = {0};
  ssize_t n = read(fd, h, sizeof h);
  close(fd);
  if (n >= 20 && memcmp(h, ELFMAG, SELFMAG) == 0) {
    unsigned type = h[16] | (unsigned)h[17] << 8, machine = h[18] | (unsigned)h[19] << 8;
    return h[EI_CLASS] == ELFCLASS64 && h[EI_DATA] == ELFDATA2LSB && type == ET_DYN &&
                   machine == jx_arch_elf_machine
               ? KIND_OURS
               : KIND_OTHER;
  }
  if (n >= 7 && memcmp(h, "!<arch>", 7) == 0)
    return KIND_OTHER;
  return KIND_SCRIPT; /* to be confirmed by parsing it */
}

/* ---- the folders ----------------------------------------------------------- */

static struct jx_strings folders; /* built once: -L folders, the system's, the compiler's */

static int version_of(const char *name) {
  char *end;
  long v = strtol(name, &end, 10);
  return *end || v <= 0 || v > 10000 ? -1 : (int)v;
}

/* The C compiler's own folder: /usr/lib/gcc/TRIPLE/N, the highest N (gcc -print-file-name's
 * folder). The cross compilers' (gcc-cross) hold copies for building, not the target's own. */
static char *compiler_folder(void) {
  char *base = jx_xasprintf("/usr/lib/gcc/%s", jx_arch_triple);
  DIR *d = opendir(base);
  int best = -1;
  for (struct dirent *e; d && (e = readdir(d));)
    if (version_of(e->d_name) > best)
      best = version_of(e->d_name);
  if (d)
    closedir(d);
  char *dir = best > 0 ? jx_xasprintf("%s/%d", base, best) : NULL;
  free(base);
  return dir;
}

static const struct jx_strings *search_folders(const struct jx_options *opt) {
  if (folders.len || folders.items)
    return &folders;
  for (size_t i = 0; opt && i < opt->nlib_dirs; i++)
    jx_strings_push(&folders, jx_path_from_start(opt->lib_dirs[i]));
  static const char *const system[] = {"/usr/local/lib/%s", "/lib/%s", "/usr/lib/%s",
                                       "/usr/local/lib",    "/lib",    "/usr/lib"};
  for (size_t i = 0; i < sizeof system / sizeof *system; i++)
    jx_strings_push(&folders, jx_xasprintf(system[i], jx_arch_triple));
  char *cc = compiler_folder();
  if (cc)
    jx_strings_push(&folders, cc);
  return &folders;
}

/* ---- the search ------------------------------------------------------------ */

struct search {
  const struct jx_options *opt;
  const char *lib; /* as given, for the notes */
  bool path_given; /* lib is a path, not a name to search */
  struct jx_libfiles *out;
  struct jx_error *err;
};

/* A file of the search or of a script is named by its soname; a path given, by its name. */
static void found(struct search *s, const char *path, char *note, bool searched) {
  s->out->items = jx_xgrow(s->out->items, s->out->n, sizeof *s->out->items);
  s->out->items[s->out->n++] = (struct jx_libfile){jx_xstrdup(path), note, searched};
}

static int follow_script(struct search *s, const char *path, int depth);

/* path, which exists: a shared object is taken, a script followed, anything else skipped. */
static bool take(struct search *s, const char *path, enum kind k, int depth, const char *via) {
  if (k == KIND_OURS) {
    found(s, path, via ? jx_xasprintf("-l %s: through the GNU ld script %s", s->lib, via) : NULL,
          true);
    return true;
  }
  if (k == KIND_SCRIPT)
    return follow_script(s, path, depth + 1) == 0 && !s->err->code;
  return false;
}

/* The first folder's `file` that is ours or a script; false when none is. */
static bool in_folders(struct search *s, const char *first_dir, const char *file, int depth,
                       const char *via) {
  const struct jx_strings *dirs = search_folders(s->opt);
  for (size_t i = first_dir ? 0 : 1; i <= dirs->len; i++) {
    const char *dir = i == 0 ? first_dir : dirs->items[i - 1];
    char *p = jx_xasprintf("%s/%s", dir, file);
    enum kind k = classify(p);
    bool ok = (k == KIND_OURS || k == KIND_SCRIPT) && take(s, p, k, depth, via);
    free(p);
    if (ok || s->err->code)
      return ok;
  }
  return false;
}

/* libNAME.so.1.2.13 against libNAME.so.1: by each number in turn, then the shorter. */
static int cmp_versions(const char *a, const char *b) {
  while (*a && *b) {
    char *ea, *eb;
    unsigned long x = strtoul(a, &ea, 10), y = strtoul(b, &eb, 10);
    if (x != y)
      return x < y ? -1 : 1;
    a = *ea == '.' ? ea + 1 : ea;
    b = *eb == '.' ? eb + 1 : eb;
    if (ea == a && eb == b)
      break;
  }
  return (int)strlen(b) - (int)strlen(a); /* libz.so.1 before libz.so.1.2.13: the soname */
}

/* No `file` (libNAME.so) in any folder: the highest `file`.N of the first folder holding
 * one that is ours, with a note. */
static bool soname_fallback(struct search *s, const char *file) {
  const struct jx_strings *dirs = search_folders(s->opt);
  size_t len = strlen(file);
  for (size_t i = 0; i < dirs->len; i++) {
    DIR *d = opendir(dirs->items[i]);
    char *best = NULL;
    for (struct dirent *e; d && (e = readdir(d));) {
      const char *v = e->d_name + len + 1;
      if (strncmp(e->d_name, file, len) != 0 || e->d_name[len] != '.' || !*v ||
          strspn(v, "0123456789.") != strlen(v) || (best && cmp_versions(v, best + len + 1) <= 0))
        continue;
      char *p = jx_xasprintf("%s/%s", dirs->items[i], e->d_name);
      bool ours = classify(p) == KIND_OURS;
      free(p);
      if (ours) {
        free(best);
        best = jx_xstrdup(e->d_name);
      }
    }
    if (d)
      closedir(d);
    if (best) {
      char *p = jx_xasprintf("%s/%s", dirs->items[i], best);
      found(s, p,
            jx_xasprintf("-l %s: no %s in the library folders: took %s, the highest soname", s->lib,
                         file, best),
            true);
      free(p);
      free(best);
      return true;
    }
  }
  return false;
}

/* ---- GNU ld scripts -------------------------------------------------------- */

/* The next token of a script: a word, or one of ( ) , ; comments skipped. NULL at the end. */
static char *token(const char **p) {
  const char *s = *p;
  for (;;) {
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
      s++;
    if (s[0] == '/' && s[1] == '*') {
      const char *end = strstr(s + 2, "*/");
      s = end ? end + 2 : s + strlen(s);
      continue;
    }
    break;
  }
  if (!*s) {
    *p = s;
    return NULL;
  }
  size_t n = strchr("(),;", *s) ? 1 : strcspn(s, " \t\r\n(),;");
  if (n == 0)
    n = 1;
  *p = s + n;
  return jx_xasprintf("%.*s", (int)n, s);
}

/* One entry of INPUT(...) or GROUP(...): -lNAME, a path, or a file name looked up in the
 * script's own folder and then the search folders. Archives and missing names are skipped:
 * ld takes them from static archives (-lgcc, libc_nonshared.a). */
static void script_entry(struct search *s, const char *entry, const char *script,
                         const char *script_dir, int depth, size_t *taken) {
  size_t before = s->out->n;
  if (strncmp(entry, "-l", 2) == 0 && entry[2]) {
    char *file = jx_xasprintf("lib%s.so", entry + 2);
    in_folders(s, NULL, file, depth, script);
    free(file);
  } else if (strchr(entry, '/')) {
    take(s, entry, classify(entry), depth, script);
  } else {
    in_folders(s, script_dir, entry, depth, script);
  }
  *taken += s->out->n - before;
}

static int follow_script(struct search *s, const char *path, int depth) {
  if (depth > 8) {
    jx_fail(s->err, JX_EXIT_INPUT, "cannot load library '%s': GNU ld scripts nest too deep at %s",
            s->lib, path);
    return s->err->code;
  }
  FILE *f = fopen(path, "r");
  char *text = f ? jx_xmalloc(65537) : NULL;
  size_t n = f ? fread(text, 1, 65536, f) : 0;
  if (f)
    fclose(f);
  if (!text || memchr(text, '\0', n)) {
    free(text);
    jx_fail(s->err, JX_EXIT_INPUT, "cannot load library '%s': not an ELF file", s->lib);
    return s->err->code;
  }
  text[n] = '\0';
  char *dir = jx_xstrdup(path);
  char *slash = strrchr(dir, '/');
  if (slash)
    *slash = '\0';
  else
    strcpy(dir, ".");
  bool script = false;
  size_t taken = 0;
  int level = 0, group = 0; /* parentheses open; those of INPUT/GROUP at level `group` */
  const char *p = text;
  for (char *t; (t = token(&p)); free(t)) {
    if (strcmp(t, "(") == 0)
      level++;
    else if (strcmp(t, ")") == 0) {
      if (level == group)
        group = 0;
      level = level > 0 ? level - 1 : 0;
    } else if (level == 0 && (strcmp(t, "INPUT") == 0 || strcmp(t, "GROUP") == 0)) {
      script = true;
      group = 1;
    } else if (group && strcmp(t, "AS_NEEDED") != 0 && strcmp(t, ",") != 0) {
      script_entry(s, t, path, dir, depth, &taken);
      if (s->err->code) {
        free(t); /* the loop's own free is skipped by the break */
        break;
      }
    }
  }
  free(dir);
  free(text);
  if (s->err->code)
    return s->err->code;
  if (!script)
    jx_fail(s->err, JX_EXIT_INPUT, "cannot load library '%s': %s%s", s->lib,
            s->path_given && depth == 1 ? "" : path,
            s->path_given && depth == 1 ? "not an ELF file nor a GNU ld script"
                                        : " is not an ELF file nor a GNU ld script");
  else if (!taken)
    jx_fail(s->err, JX_EXIT_INPUT,
            "cannot load library '%s': the GNU ld script %s names no shared object for %s", s->lib,
            path, jx_arch_name);
  return s->err->code;
}

int jx_libsearch(const struct jx_options *opt, const char *lib, struct jx_libfiles *out,
                 struct jx_error *err) {
  *out = (struct jx_libfiles){0};
  struct search s = {opt, lib, strchr(lib, '/') != NULL, out, err};
  if (s.path_given) { /* a path: the file itself, or the script it is */
    char *p = jx_path_from_start(lib);
    if (classify(p) == KIND_SCRIPT)
      follow_script(&s, p, 1);
    else
      found(&s, lib, NULL, false); /* opened as given: its own error, if any */
    free(p);
    return err->code;
  }
  /* "-l foo" means libfoo.so; "-l libfoo.so.1" names the file itself */
  bool names_file = strncmp(lib, "lib", 3) == 0 && strstr(lib, ".so");
  char *file = names_file ? jx_xstrdup(lib) : jx_xasprintf("lib%s.so", lib);
  if (!in_folders(&s, NULL, file, 0, NULL) && !err->code && !names_file)
    soname_fallback(&s, file);
  free(file);
  return err->code; /* nothing found: the dynamic loader's own search is the last resort */
}

/* ---- who exports it: hints for unresolved symbols ------------------------- */

struct wanted {
  const char *name;
  size_t index; /* into names */
};

static int cmp_wanted(const void *a, const void *b) {
  return strcmp(((const struct wanted *)a)->name, ((const struct wanted *)b)->name);
}

/* Libraries that re-export libc's functions to intercept them (sanitizers, malloc
 * debuggers): never the hint. */
static bool interposer(const char *file) {
  static const char *const prefixes[] = {"libasan.",     "libtsan.",      "liblsan.",
                                         "libubsan.",    "libhwasan.",    "libc_malloc_debug.",
                                         "libmemusage.", "libpcprofile.", "libSegFault."};
  for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
    if (strncmp(file, prefixes[i], strlen(prefixes[i])) == 0)
      return true;
  return false;
}

/* What cc links anyway is the best hint: libc.so.6 for strlen, not some library that also
 * exports it. 0 for those, 1 for the others. */
static int rank_of(const char *soname) {
  const char *defaults[JX_DEFAULT_SONAMES];
  jx_default_sonames(defaults);
  for (size_t i = 0; i < JX_DEFAULT_SONAMES; i++)
    if (strcmp(soname, defaults[i]) == 0)
      return 0;
  return 1;
}

void jx_libsearch_exporters(const char **names, size_t n, char **exporter) {
  struct wanted *sorted = jx_xcalloc(n ? n : 1, sizeof *sorted);
  for (size_t i = 0; i < n; i++)
    sorted[i] = (struct wanted){names[i], i};
  qsort(sorted, n, sizeof *sorted, cmp_wanted);
  const struct jx_strings *dirs = search_folders(NULL);
  struct jx_strings seen = {0}; /* "dev:inode" of each file read: links and merged /usr */
  size_t left = n;
  for (size_t i = 0; i < dirs->len && left; i++) {
    struct dirent **list = NULL; /* sorted: the same hint on every run */
    int count = scandir(dirs->items[i], &list, NULL, alphasort);
    for (int j = 0; j < count; j++) {
      const struct dirent *e = list[j];
      if (!left || strncmp(e->d_name, "lib", 3) != 0 || !strstr(e->d_name, ".so") ||
          interposer(e->d_name))
        continue;
      char *p = jx_xasprintf("%s/%s", dirs->items[i], e->d_name);
      struct stat st;
      char *id = NULL;
      bool fresh = lstat(p, &st) == 0 && S_ISREG(st.st_mode) && classify(p) == KIND_OURS;
      if (fresh) {
        id = jx_xasprintf("%ju:%ju", (uintmax_t)st.st_dev, (uintmax_t)st.st_ino);
        for (size_t k = 0; k < seen.len && fresh; k++)
          fresh = strcmp(seen.items[k], id) != 0;
      }
      struct jx_elftable t;
      char *why = NULL;
      if (fresh && jx_elf_read_shared(p, &t, &why)) {
        jx_strings_push(&seen, id);
        id = NULL;
        for (size_t k = 0; k < t.nsyms; k++) {
          if (!t.syms[k].default_version)
            continue;
          struct wanted key = {t.syms[k].name, 0};
          struct wanted *hit = bsearch(&key, sorted, n, sizeof *sorted, cmp_wanted);
          while (hit && hit > sorted && strcmp(hit[-1].name, key.name) == 0)
            hit--; /* the first of a name declared more than once */
          const char *soname = t.soname ? t.soname : e->d_name;
          for (; hit && hit < sorted + n && strcmp(hit->name, key.name) == 0; hit++) {
            char **x = &exporter[hit->index]; /* the first folder's, by name; a default first */
            if (*x && rank_of(*x) <= rank_of(soname))
              continue;
            left -= rank_of(soname) == 0;
            free(*x);
            *x = jx_xstrdup(soname);
          }
        }
        jx_elf_free(&t);
      }
      free(why);
      free(id);
      free(p);
    }
    for (int j = 0; j < count; j++)
      free(list[j]);
    free(list);
  }
  jx_strings_free(&seen);
  free(sorted);
}

void jx_libfiles_free(struct jx_libfiles *f) {
  for (size_t i = 0; i < f->n; i++) {
    free(f->items[i].path);
    free(f->items[i].note);
  }
  free(f->items);
  *f = (struct jx_libfiles){0};
}
