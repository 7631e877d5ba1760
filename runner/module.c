/* Stage 1: the module. Reads textual IR or bitcode (told apart by content), checks that it
 * is valid and meant for this architecture, and lists its external declarations. */
#include "jitxr.h"
#include "target.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/BitReader.h>
#include <llvm-c/Comdat.h>
#include <llvm-c/IRReader.h>

static bool is_bitcode(const char *data, size_t n) {
  static const unsigned char raw[] = {'B', 'C', 0xC0, 0xDE};
  static const unsigned char wrapper[] = {0xDE, 0xC0, 0x17, 0x0B};
  return n >= 4 && (memcmp(data, raw, 4) == 0 || memcmp(data, wrapper, 4) == 0);
}

/* The architecture part of a triple, with the aliases LLVM accepts folded. */
static void triple_arch(const char *triple, char *out, size_t n) {
  size_t len = strcspn(triple, "-");
  snprintf(out, n, "%.*s", (int)len, triple);
  if (strcmp(out, "arm64") == 0)
    snprintf(out, n, "aarch64");
  else if (strcmp(out, "amd64") == 0)
    snprintf(out, n, "x86_64");
}

static LLVMMemoryBufferRef read_file(const char *path, struct jx_error *err) {
  struct stat st;
  if (stat(path, &st) != 0) {
    jx_fail(err, JX_EXIT_INPUT, "cannot read module '%s': %s", path, strerror(errno));
    return NULL;
  }
  if (S_ISDIR(st.st_mode)) {
    jx_fail(err, JX_EXIT_INPUT, "cannot read module '%s': is a directory", path);
    return NULL;
  }
  /* a device never ends (/dev/zero): only the address-space limit would stop the read, and
   * qemu-user does not apply that limit; a pipe or FIFO ends when its writer does */
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
    int fd = open(path, O_RDONLY);
    char byte;
    ssize_t n = fd >= 0 ? read(fd, &byte, 1) : -1;
    if (fd >= 0)
      close(fd);
    if (n == 0) { /* /dev/null */
      jx_fail(err, JX_EXIT_INPUT, "module '%s' is empty", path);
      return NULL;
    }
    jx_fail(err, JX_EXIT_INPUT, "cannot read module '%s': is a device, not a file", path);
    return NULL;
  }
  LLVMMemoryBufferRef buf = NULL;
  char *msg = NULL;
  if (LLVMCreateMemoryBufferWithContentsOfFile(path, &buf, &msg)) {
    jx_fail(err, JX_EXIT_INPUT, "cannot read module '%s': %s", path, msg);
    LLVMDisposeMessage(msg);
    return NULL;
  }
  if (LLVMGetBufferSize(buf) == 0) {
    jx_fail(err, JX_EXIT_INPUT, "module '%s' is empty", path);
    LLVMDisposeMemoryBuffer(buf);
    return NULL;
  }
  return buf;
}

void jx_keep_first_error(LLVMDiagnosticInfoRef di, void *ctx) {
  char **first = ctx;
  if (LLVMGetDiagInfoSeverity(di) != LLVMDSError || *first)
    return;
  char *text = LLVMGetDiagInfoDescription(di);
  text[strcspn(text, "\n")] = '\0'; /* one line: inline asm errors add the source and a caret */
  *first = jx_xstrdup(text);
  LLVMDisposeMessage(text);
}

static bool parse(struct jx_module *m, LLVMMemoryBufferRef buf, struct jx_error *err) {
  char *msg = NULL;
  bool bitcode = is_bitcode(LLVMGetBufferStart(buf), LLVMGetBufferSize(buf));
  bool failed;
  if (bitcode) {
    /* The reader reports through the context's diagnostic handler: keep its message. */
    char *why = NULL;
    LLVMContextSetDiagnosticHandler(m->ctx, jx_keep_first_error, &why);
    failed = LLVMParseBitcodeInContext2(m->ctx, buf, &m->mod);
    LLVMContextSetDiagnosticHandler(m->ctx, NULL, NULL);
    LLVMDisposeMemoryBuffer(buf); /* the bitcode reader does not take it */
    if (failed)
      msg = why ? jx_xasprintf("invalid or truncated bitcode (%s)", why)
                : jx_xstrdup("invalid or truncated bitcode");
    free(why);
  } else {
    failed = LLVMParseIRInContext(m->ctx, buf, &m->mod, &msg); /* takes buf */
  }
  if (failed) {
    /* LLVM's parser message starts with "<file>:line:col: error:"; keep line and column. */
    const char *text = msg ? msg : "unknown error";
    if (msg) /* one line: LLVM adds the source line and a caret below */
      msg[strcspn(msg, "\n")] = '\0';
    const char *after = strstr(text, ": error: ");
    const char *colon = strchr(text, ':');
    if (after && colon && colon < after)
      jx_fail(err, JX_EXIT_INPUT, "cannot parse module '%s':%.*s: %s", m->path,
              (int)(after - colon - 1), colon + 1, after + strlen(": error: "));
    else
      jx_fail(err, JX_EXIT_INPUT, "cannot parse module '%s': %s", m->path, text);
    if (bitcode)
      free(msg);
    else
      LLVMDisposeMessage(msg);
    m->mod = NULL;
    return false;
  }
  return true;
}

/* The mangling mode of a data layout string ('e' for m:e), or 0 when it names none. */
static char mangling(const char *dl) {
  for (const char *p = dl; p && *p; p = strchr(p, '-'), p = p ? p + 1 : NULL)
    if (p[0] == 'm' && p[1] == ':' && p[2])
      return p[2];
  return 0;
}

static const char *mangling_name(char mode) {
  switch (mode) {
  case 'e':
    return "ELF";
  case 'o':
    return "Mach-O";
  case 'x':
    return "Windows x86 COFF";
  case 'w':
    return "Windows COFF";
  case 'a':
    return "XCOFF";
  case 'l':
    return "GOFF";
  case 'm':
    return "MIPS";
  default:
    return "unknown";
  }
}

/* The module must be for this architecture; fill in what it leaves open. */
static bool check_target(struct jx_module *m, struct jx_error *err) {
  char *host = LLVMGetDefaultTargetTriple();
  const char *triple = LLVMGetTarget(m->mod);
  char want[32];
  triple_arch(host, want, sizeof want);
  bool ok = true;
  if (!*triple) {
    LLVMSetTarget(m->mod, host);
    m->host_filled = m->triple_filled = true;
  } else {
    char have[32];
    triple_arch(triple, have, sizeof have);
    if (strcmp(have, want) != 0) {
      jx_fail(err, JX_EXIT_INPUT, "module '%s' targets '%s'; this runner runs %s code", m->path,
              triple, jx_arch_name);
      ok = false;
    }
  }
  char *why = NULL;
  LLVMTargetMachineRef tm = ok ? jx_target_machine(host, 0, LLVMCodeModelJITDefault, &why) : NULL;
  if (ok && !tm) {
    jx_fail(err, JX_EXIT_INPUT, "no LLVM target for '%s': %s", host, why);
    LLVMDisposeMessage(why);
    ok = false;
  }
  if (ok) {
    LLVMTargetDataRef native = LLVMCreateTargetDataLayout(tm);
    const char *dl = LLVMGetDataLayoutStr(m->mod);
    if (!*dl) {
      m->host_filled = true;
      char *s = LLVMCopyStringRepOfTargetData(native);
      LLVMSetDataLayout(m->mod, s);
      LLVMDisposeMessage(s);
    } else {
      /* the module's own, as the parser read it: parsing its string again could meet
       * LLVM's fatal error ("Trailing separator") for a string the parser let through */
      LLVMTargetDataRef mine = LLVMGetModuleDataLayout(m->mod);
      char *nat = LLVMCopyStringRepOfTargetData(native);
      char want_m = mangling(nat), have_m = mangling(dl);
      LLVMDisposeMessage(nat);
      if (LLVMPointerSize(mine) != LLVMPointerSize(native) ||
          LLVMByteOrder(mine) != LLVMByteOrder(native)) {
        jx_fail(err, JX_EXIT_INPUT,
                "module '%s' has data layout '%s' (%u-byte pointers, %s-endian), not %s's", m->path,
                dl, LLVMPointerSize(mine), LLVMByteOrder(mine) == LLVMBigEndian ? "big" : "little",
                jx_arch_name);
        ok = false;
      } else if (have_m && have_m != want_m) {
        /* the mangling names the object's symbols (m:o: "_main" for @main): another object
         * format's would look every symbol up by another name, and ORC refuses it */
        jx_fail(err, JX_EXIT_INPUT,
                "module '%s' has data layout '%s' with %s mangling (m:%c), but %s code here is "
                "%s (m:%c): its symbols would not have the names the IR gives them",
                m->path, dl, mangling_name(have_m), have_m, jx_arch_name, mangling_name(want_m),
                want_m);
        ok = false;
      }
    }
    LLVMDisposeTargetData(native);
    LLVMDisposeTargetMachine(tm);
  }
  LLVMDisposeMessage(host);
  return ok;
}

/* A declaration's name with its length: names in bitcode may hold NUL bytes. */
static struct jx_decl named(LLVMValueRef v) {
  size_t len;
  const char *name = LLVMGetValueName2(v, &len);
  char *copy = jx_xmalloc(len + 1);
  memcpy(copy, name, len);
  copy[len] = '\0';
  return (struct jx_decl){.name = copy, .name_len = len};
}

bool jx_decl_has_nul(const struct jx_decl *d) {
  return strlen(d->name) != d->name_len;
}

static bool same_name(LLVMValueRef v, const struct jx_decl *d) {
  size_t len;
  const char *name = v ? LLVMGetValueName2(v, &len) : NULL;
  return name && len == d->name_len && memcmp(name, d->name, len) == 0;
}

LLVMValueRef jx_decl_value(LLVMModuleRef mod, const struct jx_decl *d) {
  bool func = d->kind == JX_KIND_FUNC;
  LLVMValueRef v = func ? LLVMGetNamedFunction(mod, d->name) : LLVMGetNamedGlobal(mod, d->name);
  if (same_name(v, d))
    return v;
  if (!jx_decl_has_nul(d)) /* a C-string look-up is exact for a name without NUL */
    return NULL;
  for (v = func ? LLVMGetFirstFunction(mod) : LLVMGetFirstGlobal(mod); v;
       v = func ? LLVMGetNextFunction(v) : LLVMGetNextGlobal(v))
    if (same_name(v, d))
      return v;
  return NULL;
}

static void add_decl(struct jx_module *m, struct jx_decl d) {
  m->decls = jx_xgrow(m->decls, m->ndecls, sizeof *m->decls);
  m->decls[m->ndecls++] = d;
}

/* A pointer is reported, and normalized, by the name of what it points into: give the
 * module's unnamed globals (@0, @1, ...) names, as `opt -passes=name-anon-globals` would. */
static void name_anonymous(struct jx_module *m) {
  unsigned n = 0;
  for (LLVMValueRef g = LLVMGetFirstGlobal(m->mod); g; g = LLVMGetNextGlobal(g)) {
    size_t len;
    LLVMGetValueName2(g, &len);
    if (len)
      continue;
    char name[32];
    do /* not a name the module already uses */
      snprintf(name, sizeof name, "anon.%u", n++);
    while (LLVMGetNamedGlobal(m->mod, name) || LLVMGetNamedFunction(m->mod, name));
    LLVMSetValueName2(g, name, strlen(name));
  }
}

bool jx_defined_here(LLVMValueRef g) {
  return !LLVMIsDeclaration(g) && LLVMGetLinkage(g) != LLVMAvailableExternallyLinkage;
}

void jx_drop_definition(LLVMValueRef g) {
  if (LLVMIsAFunction(g)) {
    for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(g); b; b = LLVMGetNextBasicBlock(b))
      for (LLVMValueRef in = LLVMGetFirstInstruction(b); in; in = LLVMGetNextInstruction(in))
        if (LLVMGetTypeKind(LLVMTypeOf(in)) != LLVMVoidTypeKind)
          LLVMReplaceAllUsesWith(in, LLVMGetPoison(LLVMTypeOf(in)));
    for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(g); b; b = LLVMGetNextBasicBlock(b))
      for (LLVMValueRef in = LLVMGetLastInstruction(b); in;) {
        LLVMValueRef prev = LLVMGetPreviousInstruction(in);
        LLVMInstructionEraseFromParent(in);
        in = prev;
      }
    while (LLVMGetFirstBasicBlock(g)) /* a blockaddress elsewhere becomes inttoptr 1, as
                                         Function::deleteBody leaves it */
      LLVMDeleteBasicBlock(LLVMGetFirstBasicBlock(g));
    if (LLVMHasPersonalityFn(g))
      LLVMSetPersonalityFn(g, NULL);
  } else {
    LLVMSetInitializer(g, NULL);
  }
  LLVMSetLinkage(g, LLVMExternalLinkage);
  LLVMSetVisibility(g, LLVMDefaultVisibility);
  LLVMSetComdat(g, NULL);
}

void jx_module_externalize(LLVMModuleRef mod) {
  for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g; g = LLVMGetNextGlobal(g))
    if (LLVMGetLinkage(g) == LLVMAvailableExternallyLinkage && !LLVMIsDeclaration(g))
      jx_drop_definition(g);
  for (LLVMValueRef f = LLVMGetFirstFunction(mod); f; f = LLVMGetNextFunction(f))
    if (LLVMGetLinkage(f) == LLVMAvailableExternallyLinkage && !LLVMIsDeclaration(f))
      jx_drop_definition(f);
}

/* A name with a NUL byte (bitcode can spell one) cannot be an object file's: code generation
 * cuts it at the NUL, so the definition would take another symbol's name ("g\0x" becomes
 * "g", the same as @g's on MCJIT, not on the interpreter). Declarations with one are
 * listed, and never resolved (resolve.c); a definition with one is refused. */
static bool check_definition_names(struct jx_module *m, struct jx_error *err) {
  for (int pass = 0; pass < 3; pass++) {
    LLVMValueRef v = pass == 0   ? LLVMGetFirstGlobal(m->mod)
                     : pass == 1 ? LLVMGetFirstFunction(m->mod)
                                 : LLVMGetFirstGlobalAlias(m->mod);
    for (; v; v = pass == 0   ? LLVMGetNextGlobal(v)
                  : pass == 1 ? LLVMGetNextFunction(v)
                              : LLVMGetNextGlobalAlias(v)) {
      size_t len;
      const char *name = LLVMGetValueName2(v, &len);
      if (LLVMIsDeclaration(v) || strlen(name) == len)
        continue;
      char *msg = NULL; /* the name as it is, NUL bytes included: the report escapes it */
      size_t n = 0;
      FILE *f = open_memstream(&msg, &n);
      fprintf(f, "module '%s' defines '", m->path);
      fwrite(name, 1, len, f);
      fprintf(f,
              "', a name with a NUL byte, which no object file can hold (code generation "
              "would cut it to '%s')",
              name);
      fclose(f);
      jx_fail_len(err, JX_EXIT_INPUT, msg, n);
      return false;
    }
  }
  return true;
}

/* An available_externally alias names a symbol defined elsewhere too, but the C API cannot
 * remove an alias to leave its declaration: refused, rather than run the module's copy. */
static bool check_aliases(struct jx_module *m, struct jx_error *err) {
  for (LLVMValueRef a = LLVMGetFirstGlobalAlias(m->mod); a; a = LLVMGetNextGlobalAlias(a)) {
    if (LLVMGetLinkage(a) != LLVMAvailableExternallyLinkage)
      continue;
    size_t len; /* the name raw: the report escapes the message */
    jx_fail(err, JX_EXIT_INPUT,
            "module '%s' has the available_externally alias '%s': jitxr cannot make it the "
            "declaration it stands for",
            m->path, LLVMGetValueName2(a, &len));
    return false;
  }
  return true;
}

/* Every external declaration, globals first, each list in module order: what the module
 * does not define itself, available_externally copies included. */
static void list_declarations(struct jx_module *m) {
  for (LLVMValueRef g = LLVMGetFirstGlobal(m->mod); g; g = LLVMGetNextGlobal(g)) {
    if (jx_defined_here(g))
      continue;
    LLVMTypeRef ty = LLVMGlobalGetValueType(g);
    struct jx_decl d = named(g);
    d.kind = LLVMIsThreadLocal(g) ? JX_KIND_TLS : JX_KIND_DATA;
    d.weak = LLVMGetLinkage(g) == LLVMExternalWeakLinkage;
    d.size = LLVMTypeIsSized(ty) ? LLVMABISizeOfType(m->layout, ty) : 0;
    add_decl(m, d);
  }
  for (LLVMValueRef f = LLVMGetFirstFunction(m->mod); f; f = LLVMGetNextFunction(f)) {
    /* an intrinsic is one LLVM knows: `declare i32 @llvm.notanintrinsic(i32)` parses as an
     * ordinary function, which code generation calls by its name like any other */
    if (jx_defined_here(f) || LLVMGetIntrinsicID(f) != 0)
      continue;
    struct jx_decl d = named(f);
    d.kind = JX_KIND_FUNC;
    d.weak = LLVMGetLinkage(f) == LLVMExternalWeakLinkage;
    add_decl(m, d);
  }
}

int jx_module_parse(const char *path, struct jx_module *m, struct jx_error *err) {
  *m = (struct jx_module){.path = path, .ctx = LLVMContextCreate()};
  LLVMMemoryBufferRef buf = read_file(path, err);
  if (!buf || !parse(m, buf, err))
    return err->code;
  char *msg = NULL;
  if (LLVMVerifyModule(m->mod, LLVMReturnStatusAction, &msg)) {
    msg[strcspn(msg, "\n")] = '\0'; /* the first problem; LLVM lists the rest */
    jx_fail(err, JX_EXIT_INPUT, "module '%s' is invalid: %s", path, msg);
    LLVMDisposeMessage(msg);
    return err->code;
  }
  LLVMDisposeMessage(msg);
  return 0;
}

int jx_module_check(struct jx_module *m, struct jx_error *err) {
  if (!check_target(m, err))
    return err->code;
  if (!check_aliases(m, err) || !check_definition_names(m, err))
    return err->code;
  m->layout = LLVMGetModuleDataLayout(m->mod);
  name_anonymous(m);
  list_declarations(m);
  return 0;
}

int jx_module_load(const char *path, struct jx_module *m, struct jx_error *err) {
  if (jx_module_parse(path, m, err))
    return err->code;
  return jx_module_check(m, err);
}

void jx_module_add_implicit(struct jx_module *m, const char *name) {
  /* A declaration gives LLVMAddGlobalMapping a value to map; its type does not matter to
   * the code generator, which calls the symbol by name. */
  LLVMTypeRef fnty = LLVMFunctionType(LLVMVoidTypeInContext(m->ctx), NULL, 0, 0);
  struct jx_decl d = named(LLVMAddFunction(m->mod, name, fnty));
  d.kind = JX_KIND_FUNC;
  d.implicit = true;
  add_decl(m, d);
}

void jx_module_free(struct jx_module *m) {
  for (size_t i = 0; i < m->ndecls; i++)
    free(m->decls[i].name);
  free(m->decls);
  if (m->mod)
    LLVMDisposeModule(m->mod);
  if (m->ctx)
    LLVMContextDispose(m->ctx);
  *m = (struct jx_module){0};
}
