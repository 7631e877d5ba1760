/* C headers -> the C compiler's own declarations for a target (--bindings). The compiler is
 * clang, run as a subprocess (native speed on either host, and the exact lowering of its
 * CodeGen for x86-64 SysV and AAPCS64 from one binary): a first run lists what the headers
 * declare (-ast-dump=json), a second compiles a translation unit that takes the address of
 * each declaration wanted, so that clang emits its declaration with the ABI lowering, and
 * defines for each function a probe with the same parameter and return types, whose
 * arguments clang names after the C parameters ("p3", "p3.coerce0", "agg.result"): that is
 * how a lowered parameter is traced back to the C parameter it comes from. */
#include "jitxr.h"

#include <errno.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <llvm-c/IRReader.h>

#ifndef JITXR_CLANG
#define JITXR_CLANG "clang"
#endif

/* ---- running the compiler --------------------------------------------------- */

static char *read_fd(int fd, size_t *len) {
  off_t end = lseek(fd, 0, SEEK_END);
  size_t n = end > 0 ? (size_t)end : 0;
  char *buf = jx_xmalloc(n + 1);
  size_t got = 0;
  while (got < n) {
    ssize_t r = pread(fd, buf + got, n - got, (off_t)got);
    if (r <= 0)
      break;
    got += (size_t)r;
  }
  buf[got] = '\0';
  *len = got;
  return buf;
}

/* The first line of clang's diagnostics that says "error", without the temporary file's
 * folder (the report is deterministic): "zlib.h:3:10: fatal error: 'x.h' file not found". */
static char *first_error(const char *text, const char *tu_path) {
  const char *line = strstr(text, "error:");
  if (!line)
    return jx_xstrdup(*text ? text : "no diagnostics");
  while (line > text && line[-1] != '\n')
    line--;
  size_t n = strcspn(line, "\n");
  char *s = jx_xasprintf("%.*s", (int)n, line);
  size_t tl = strlen(tu_path);
  if (strncmp(s, tu_path, tl) == 0) { /* the generated unit: name it as such */
    char *t = jx_xasprintf("<bindings>%s", s + tl);
    free(s);
    s = t;
  }
  return s;
}

/* Runs the compiler with args; its stdout into *out. Returns false with *why (owned). */
static bool run_clang(const char *const *args, size_t nargs, const char *tu_path, char **out,
                      size_t *out_len, char **why) {
  const char *clang = getenv("JITXR_CLANG");
  if (!clang || !*clang)
    clang = JITXR_CLANG;
  int fd[2] = {memfd_create("jitxr-clang-out", MFD_CLOEXEC),
               memfd_create("jitxr-clang-err", MFD_CLOEXEC)};
  if (fd[0] < 0 || fd[1] < 0) {
    *why = jx_xasprintf("cannot capture the C compiler's output: %s", strerror(errno));
    return false;
  }
  const char **argv = jx_xcalloc(nargs + 2, sizeof *argv);
  argv[0] = clang;
  memcpy(argv + 1, args, nargs * sizeof *argv);
  fflush(NULL);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fd[0], STDOUT_FILENO);
    dup2(fd[1], STDERR_FILENO);
    int null = open("/dev/null", O_RDONLY);
    if (null >= 0)
      dup2(null, STDIN_FILENO);
    signal(SIGPIPE, SIG_DFL);
    execvp(clang, (char *const *)argv);
    fprintf(stderr, "error: cannot run %s: %s\n", clang, strerror(errno));
    _exit(127);
  }
  free(argv);
  int status = 0;
  bool ok = pid > 0;
  if (ok)
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
      ;
  size_t err_len;
  char *err_text = read_fd(fd[1], &err_len);
  if (!ok) {
    *why = jx_xasprintf("cannot start the C compiler: %s", strerror(errno));
  } else if (WIFSIGNALED(status)) {
    ok = false;
    *why = jx_xasprintf("the C compiler (%s) died of %s reading the headers", clang,
                        jx_signal_name(WTERMSIG(status)));
  } else if (WEXITSTATUS(status) != 0) {
    ok = false;
    char *e = first_error(err_text, tu_path);
    *why = WEXITSTATUS(status) == 127 && strstr(err_text, "cannot run")
               ? jx_xasprintf("cannot run the C compiler '%s' (set JITXR_CLANG)", clang)
               : jx_xasprintf("the C compiler cannot read the headers: %s", e);
    free(e);
  }
  free(err_text);
  if (ok)
    *out = read_fd(fd[0], out_len);
  close(fd[0]);
  close(fd[1]);
  return ok;
}

/* ---- what the headers declare (the AST, as JSON) -------------------------------- */

static const char *jstr(struct json_object *o, const char *key) {
  struct json_object *x;
  return json_object_object_get_ex(o, key, &x) && json_object_is_type(x, json_type_string)
             ? json_object_get_string(x)
             : NULL;
}

static bool jbool(struct json_object *o, const char *key) {
  struct json_object *x;
  return json_object_object_get_ex(o, key, &x) && json_object_get_boolean(x);
}

static const char *qual_type(struct json_object *o) {
  struct json_object *t;
  return json_object_object_get_ex(o, "type", &t) ? jstr(t, "qualType") : NULL;
}

/* A type clang spells in a way that is no C ("struct (unnamed struct at h.h:3:9)"). */
static bool unspellable(const char *type) {
  return !type || strstr(type, "(unnamed") || strstr(type, "(anonymous");
}

/* The return type of a function type as clang spells it ("int (Bytef *, uLong)"), when the
 * spelling is that simple; NULL for one that returns a function pointer. */
static char *return_spelling(const char *fntype) {
  const char *paren = strchr(fntype, '(');
  if (!paren || paren == fntype)
    return NULL;
  size_t n = (size_t)(paren - fntype);
  while (n && fntype[n - 1] == ' ')
    n--;
  return jx_xasprintf("%.*s", (int)n, fntype);
}

static struct jx_cdecl *find_decl(struct jx_cheaders *h, const char *symbol) {
  for (size_t i = 0; i < h->ndecls; i++)
    if (strcmp(h->decls[i].symbol, symbol) == 0)
      return &h->decls[i];
  return NULL;
}

static void take_decl(struct jx_cheaders *h, struct json_object *n) {
  const char *kind = jstr(n, "kind"), *name = jstr(n, "name");
  bool func = kind && strcmp(kind, "FunctionDecl") == 0;
  if (!name || !*name || (!func && (!kind || strcmp(kind, "VarDecl") != 0)) ||
      jbool(n, "isImplicit"))
    return;
  const char *storage = jstr(n, "storageClass");
  if (storage && strcmp(storage, "static") == 0)
    return; /* no symbol: each unit has its own */
  if (!func && jstr(n, "tls"))
    return; /* thread-local objects: not bindings the JIT maps (SPEC: refused) */
  const char *symbol = jstr(n, "mangledName") ? jstr(n, "mangledName") : name;
  const char *type = qual_type(n);
  if (!type)
    return;
  struct jx_cdecl *d = find_decl(h, symbol);
  struct json_object *inner = NULL;
  json_object_object_get_ex(n, "inner", &inner);
  if (d) { /* a redeclaration: parameter names it adds are taken */
    if (d->is_func && func && inner)
      for (size_t i = 0, k = 0; i < json_object_array_length(inner); i++) {
        struct json_object *p = json_object_array_get_idx(inner, i);
        const char *pk = jstr(p, "kind");
        if (!pk || strcmp(pk, "ParmVarDecl") != 0)
          continue;
        if (k < d->nparams && !d->params[k].name && jstr(p, "name"))
          d->params[k].name = jx_xstrdup(jstr(p, "name"));
        k++;
      }
    return;
  }
  h->decls = jx_xgrow(h->decls, h->ndecls, sizeof *h->decls);
  d = &h->decls[h->ndecls++];
  *d = (struct jx_cdecl){.symbol = jx_xstrdup(symbol),
                         .cname = jx_xstrdup(name),
                         .is_func = func,
                         .type = jx_xstrdup(type)};
  if (!func)
    return;
  d->variadic = jbool(n, "variadic");
  size_t tl = strlen(type);
  d->prototyped = !(tl >= 2 && strcmp(type + tl - 2, "()") == 0); /* K&R: "int ()" */
  d->ret = return_spelling(type);
  for (size_t i = 0; inner && i < json_object_array_length(inner); i++) {
    struct json_object *p = json_object_array_get_idx(inner, i);
    const char *pk = jstr(p, "kind");
    if (!pk || strcmp(pk, "ParmVarDecl") != 0)
      continue;
    d->params = jx_xgrow(d->params, d->nparams, sizeof *d->params);
    d->params[d->nparams++] =
        (struct jx_cparam){.name = jstr(p, "name") ? jx_xstrdup(jstr(p, "name")) : NULL,
                           .type = jx_xstrdup(qual_type(p) ? qual_type(p) : "?")};
  }
}

static bool list_declarations(struct jx_cheaders *h, const char *text, size_t len, char **why) {
  /* the AST nests as deep as the headers' inline functions' expressions */
  struct json_tokener *tok = json_tokener_new_ex(1 << 16);
  struct json_object *ast = tok ? json_tokener_parse_ex(tok, text, (int)len) : NULL;
  if (tok)
    json_tokener_free(tok);
  struct json_object *inner;
  if (!ast || !json_object_object_get_ex(ast, "inner", &inner) ||
      !json_object_is_type(inner, json_type_array)) {
    json_object_put(ast);
    *why = jx_xstrdup("the C compiler's AST of the headers is not readable");
    return false;
  }
  for (size_t i = 0; i < json_object_array_length(inner); i++)
    take_decl(h, json_object_array_get_idx(inner, i));
  json_object_put(ast);
  return true;
}

/* ---- the translation unit that makes clang lower them -------------------------- */

static bool probe_able(const struct jx_cdecl *d) {
  if (!d->is_func || !d->prototyped || !d->nparams || unspellable(d->type))
    return false;
  for (size_t k = 0; k < d->nparams; k++)
    if (unspellable(d->params[k].type))
      return false;
  return true;
}

static void write_unit(FILE *f, const struct jx_cheaders *h, const char *const *headers,
                       size_t nheaders, bool probes) {
  fputs("/* written by jitxr --bindings */\n", f);
  for (size_t i = 0; i < nheaders; i++) {
    bool path = strchr(headers[i], '/') || access(headers[i], F_OK) == 0;
    if (path) {
      char *p = jx_path_from_start(headers[i]);
      fprintf(f, "#include \"%s\"\n", p);
      free(p);
    } else {
      fprintf(f, "#include <%s>\n", headers[i]);
    }
  }
  /* a name the headers also define as a macro (stdout, a function-like putc) means here the
   * declaration itself */
  for (size_t i = 0; i < h->ndecls; i++)
    if (h->decls[i].wanted)
      fprintf(f, "#undef %s\n", h->decls[i].cname);
  for (size_t i = 0; probes && i < h->ndecls; i++) {
    const struct jx_cdecl *d = &h->decls[i];
    if (!d->wanted || !probe_able(d))
      continue;
    for (size_t k = 0; k < d->nparams; k++)
      fprintf(f, "typedef __typeof__(%s) __jx_t%zu_%zu;\n", d->params[k].type, i, k);
    fprintf(f, "typedef __typeof__(%s(", d->cname);
    for (size_t k = 0; k < d->nparams; k++)
      fprintf(f, "%s*(__jx_t%zu_%zu *)0", k ? ", " : "", i, k);
    fprintf(f, ")) __jx_r%zu;\n__jx_r%zu __jx_probe%zu(", i, i, i);
    for (size_t k = 0; k < d->nparams; k++)
      fprintf(f, "%s__jx_t%zu_%zu p%zu", k ? ", " : "", i, k, k);
    fputs(") { __builtin_unreachable(); }\n", f);
  }
  fputs("void *const __jx_refs[] = {\n", f);
  size_t n = 0;
  for (size_t i = 0; i < h->ndecls; i++)
    if (h->decls[i].wanted) {
      fprintf(f, "  (void *)&%s,\n", h->decls[i].cname);
      n++;
    }
  if (!n)
    fputs("  0\n", f);
  fputs("};\n", f);
}

/* IR argument k of a probe, named by clang after its C parameter: "p3" and "p3.coerce" are
 * parameter 3, "p3.coerce0" / "p3.coerce1" its two parts, "agg.result" the hidden sret. */
static void trace_parameters(struct jx_cdecl *d, LLVMValueRef probe, LLVMValueRef ref) {
  unsigned n = LLVMCountParams(probe);
  if (!ref || n != LLVMCountParams(ref))
    return;
  d->nir = n;
  d->ir_param = jx_xcalloc(n, sizeof *d->ir_param);
  d->ir_part = jx_xcalloc(n, sizeof *d->ir_part);
  d->ir_parts = jx_xcalloc(n, sizeof *d->ir_parts);
  for (unsigned i = 0; i < n; i++) {
    size_t len;
    const char *name = LLVMGetValueName2(LLVMGetParam(probe, i), &len);
    d->ir_param[i] = -1;
    d->ir_parts[i] = 1;
    char *end;
    if (name[0] == 'p' && name[1] >= '0' && name[1] <= '9') {
      long k = strtol(name + 1, &end, 10);
      if (k >= 0 && (size_t)k < d->nparams)
        d->ir_param[i] = (int)k;
      if (strncmp(end, ".coerce", 7) == 0 && end[7] >= '0' && end[7] <= '9')
        d->ir_part[i] = (int)strtol(end + 7, NULL, 10);
    }
  }
  for (unsigned i = 0; i < n; i++) /* how many IR arguments each C parameter became */
    for (unsigned j = 0; j < n; j++)
      if (i != j && d->ir_param[i] >= 0 && d->ir_param[j] == d->ir_param[i])
        d->ir_parts[i]++;
}

static bool lower(struct jx_cheaders *h, const char *const *args, size_t nargs, const char *tu_path,
                  char **why) {
  char *ir = NULL;
  size_t len = 0;
  if (!run_clang(args, nargs, tu_path, &ir, &len, why))
    return false;
  h->ctx = LLVMContextCreate();
  char *keep = NULL;
  LLVMContextSetDiagnosticHandler(h->ctx, jx_keep_first_error, &keep);
  LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(ir, len, "bindings");
  free(ir);
  char *msg = NULL;
  if (LLVMParseIRInContext(h->ctx, buf, &h->mod, &msg)) {
    *why =
        jx_xasprintf("the C compiler's IR for the headers does not parse here: %s", msg    ? msg
                                                                                    : keep ? keep
                                                                                           : "?");
    LLVMDisposeMessage(msg);
    free(keep);
    h->mod = NULL;
    return false;
  }
  free(keep);
  LLVMModuleRef m = h->mod;
  for (size_t i = 0; i < h->ndecls; i++) {
    char name[64];
    snprintf(name, sizeof name, "__jx_probe%zu", i);
    LLVMValueRef probe = LLVMGetNamedFunction(m, name);
    if (probe) {
      trace_parameters(&h->decls[i], probe, LLVMGetNamedFunction(m, h->decls[i].symbol));
      LLVMDeleteFunction(probe);
    }
  }
  LLVMValueRef refs = LLVMGetNamedGlobal(m, "__jx_refs");
  if (refs)
    LLVMDeleteGlobal(refs);
  /* what only the probes used (llvm.memcpy for a coerced argument) */
  for (LLVMValueRef f = LLVMGetFirstFunction(m), next; f; f = next) {
    next = LLVMGetNextFunction(f);
    if (!LLVMGetFirstUse(f) && LLVMGetIntrinsicID(f))
      LLVMDeleteFunction(f);
  }
  LLVMSetSourceFileName(m, "bindings", 8);
  LLVMSetModuleIdentifier(m, "bindings", 8);
  return true;
}

int jx_headers_read(const struct jx_options *opt, const char *const *headers, size_t nheaders,
                    const char *triple, const char *const *names, size_t nnames,
                    struct jx_cheaders *h, struct jx_error *err) {
  char tu_path[] = "/tmp/jitxr-bindings-XXXXXX.c";
  int fd = mkstemps(tu_path, 2);
  if (fd < 0) {
    jx_fail(err, JX_EXIT_INPUT, "cannot write the bindings' unit: %s", strerror(errno));
    return err->code;
  }
  close(fd);
  /* cc's own reading: the target's folders, -I and -D as given, no warnings */
  struct jx_strings words = {0};
  jx_strings_push(&words, jx_xasprintf("--target=%s", triple));
  jx_strings_push(&words, jx_xstrdup("-x"));
  jx_strings_push(&words, jx_xstrdup("c"));
  jx_strings_push(&words, jx_xstrdup("-std=gnu17"));
  jx_strings_push(&words, jx_xstrdup("-w"));
  jx_strings_push(&words, jx_xstrdup("-ferror-limit=1"));
  for (size_t i = 0; i < opt->ninclude_dirs; i++) {
    char *p = jx_path_from_start(opt->include_dirs[i]);
    jx_strings_push(&words, jx_xasprintf("-I%s", p));
    free(p);
  }
  for (size_t i = 0; i < opt->ndefines; i++)
    jx_strings_push(&words, jx_xasprintf("-D%s", opt->defines[i]));
  size_t common = words.len;
  jx_strings_push(&words, jx_xstrdup("-fsyntax-only"));
  jx_strings_push(&words, jx_xstrdup("-Xclang"));
  jx_strings_push(&words, jx_xstrdup("-ast-dump=json"));
  jx_strings_push(&words, jx_xstrdup(tu_path));

  char *why = NULL, *ast = NULL;
  size_t ast_len = 0;
  FILE *f = fopen(tu_path, "w");
  bool ok = f != NULL;
  if (f) {
    write_unit(f, h, headers, nheaders, false); /* the headers alone */
    ok = fclose(f) == 0;
  }
  if (!ok)
    why = jx_xasprintf("cannot write the bindings' unit: %s", strerror(errno));
  ok = ok && run_clang((const char *const *)words.items, words.len, tu_path, &ast, &ast_len, &why);
  ok = ok && list_declarations(h, ast, ast_len, &why);
  free(ast);
  for (size_t i = 0; ok && i < h->ndecls; i++) {
    h->decls[i].wanted = !names;
    for (size_t k = 0; names && k < nnames && !h->decls[i].wanted; k++)
      h->decls[i].wanted = strcmp(names[k], h->decls[i].symbol) == 0;
  }
  if (ok) {
    /* the lowering: the same words, compiling the unit that references them */
    for (size_t k = common; k < words.len; k++)
      free(words.items[k]);
    words.len = common;
    static const char *const emit[] = {"-S", "-emit-llvm", "-O0", "-fno-discard-value-names",
                                       "-o", "-"};
    for (size_t k = 0; k < sizeof emit / sizeof *emit; k++)
      jx_strings_push(&words, jx_xstrdup(emit[k]));
    jx_strings_push(&words, jx_xstrdup(tu_path));
    for (int probes = 1; probes >= 0; probes--) {
      f = fopen(tu_path, "w");
      if (!f)
        break;
      write_unit(f, h, headers, nheaders, probes);
      fclose(f);
      free(why);
      why = NULL;
      /* a probe clang refuses (a type its own spelling cannot name again) costs the names
       * of parameters, not the check: the second time without them */
      if ((ok = lower(h, (const char *const *)words.items, words.len, tu_path, &why)))
        break;
      if (h->mod)
        LLVMDisposeModule(h->mod);
      if (h->ctx)
        LLVMContextDispose(h->ctx);
      h->mod = NULL;
      h->ctx = NULL;
    }
  }
  unlink(tu_path);
  jx_strings_free(&words);
  if (!ok) {
    jx_fail(err, JX_EXIT_INPUT, "%s", why ? why : "cannot read the headers");
    free(why);
    return err->code;
  }
  free(why);
  return 0;
}

const struct jx_cdecl *jx_headers_find(const struct jx_cheaders *h, const char *symbol) {
  for (size_t i = 0; i < h->ndecls; i++)
    if (strcmp(h->decls[i].symbol, symbol) == 0)
      return &h->decls[i];
  return NULL;
}

void jx_headers_free(struct jx_cheaders *h) {
  for (size_t i = 0; i < h->ndecls; i++) {
    struct jx_cdecl *d = &h->decls[i];
    free(d->symbol);
    free(d->cname);
    free(d->type);
    free(d->ret);
    for (size_t k = 0; k < d->nparams; k++) {
      free(d->params[k].name);
      free(d->params[k].type);
    }
    free(d->params);
    free(d->ir_param);
    free(d->ir_part);
    free(d->ir_parts);
  }
  free(h->decls);
  if (h->mod)
    LLVMDisposeModule(h->mod);
  if (h->ctx)
    LLVMContextDispose(h->ctx);
  *h = (struct jx_cheaders){0};
}
