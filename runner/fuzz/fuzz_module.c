/* libFuzzer target: the module loader (module.c, jx_module_load) on any bytes, as a file.
 * Textual IR and bitcode are told apart by content, as jitxr does. Checks that a load
 * either succeeds with a module whose declarations are listed, or fails with exit 3 and
 * one error line. LLVM's own crashes on hostile input (deep recursion in the IR parser)
 * are kept out by a pre-filter: see known-llvm-crashes/README.md. */
#include "fuzz_util.h"
#include "jitxr.h"

#include <string.h>

#include <llvm-c/ErrorHandling.h>

static struct fuzz_file file;

/* jitxr's worker turns an LLVM fatal error into a report; here it is a finding. */
static void llvm_fatal(const char *reason) {
  fprintf(stderr, "fuzz_module: LLVM ERROR: %s\n", reason);
  abort();
}

/* Leaks of LLVM's own, on bitcode it rejects (known-llvm-crashes/README.md): the worker
 * exits after a failed parse, so they cost jitxr nothing. Each is named by an LLVM function
 * of the bitcode reader that allocates what it then drops (forward references; the values
 * and metadata it materializes), never by a jitxr function or by libLLVM as a whole: a
 * module or a context that jitxr does not dispose is allocated outside these, and is found. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) {
  return "leak:llvm::BitcodeReaderValueList::getValueFwdRef\n"
         "leak:llvm::Module::materializeAll\n";
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  jx_arch_init_llvm();
  LLVMInstallFatalErrorHandler(llvm_fatal);
  fuzz_file_open(&file, "module");
  return 0;
}

/* LLVM's IR parser recurses once per level of nesting of types and constants and overflows
 * the stack some thousands of levels down (known-llvm-crashes/): in jitxr that happens in
 * the worker and is reported as "LLVM crashed parsing", here it would stop every run. */
enum { MAX_NESTING = 256 };

static bool too_deep(const uint8_t *data, size_t size) {
  if (size >= 4 && ((data[0] == 'B' && data[1] == 'C') || (data[0] == 0xDE && data[1] == 0xC0)))
    return false; /* bitcode */
  int depth = 0;
  for (size_t i = 0; i < size; i++) {
    switch (data[i]) {
    case '(':
    case '[':
    case '{':
    case '<':
      if (++depth > MAX_NESTING)
        return true;
      break;
    case ')':
    case ']':
    case '}':
    case '>':
      depth -= depth > 0;
      break;
    }
  }
  return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (too_deep(data, size))
    return -1; /* not added to the corpus */
  const char *path = fuzz_file_set(&file, data, size);
  struct jx_module m;
  struct jx_error err = {0};
  int rc = jx_module_load(path, &m, &err);
  FUZZ_CHECK(rc == err.code, "returned %d, error code %d", rc, err.code);
  if (rc == 0) {
    FUZZ_CHECK(m.mod && m.layout, "loaded without a module or a layout");
    FUZZ_CHECK(*LLVMGetTarget(m.mod), "loaded without a triple");
    for (size_t i = 0; i < m.ndecls; i++) {
      const struct jx_decl *d = &m.decls[i];
      FUZZ_CHECK(d->name, "declaration %zu has no name", i);
      FUZZ_CHECK(d->kind == JX_KIND_FUNC || d->kind == JX_KIND_DATA || d->kind == JX_KIND_TLS,
                 "declaration '%s' has kind %d", d->name, (int)d->kind);
      FUZZ_CHECK(!d->implicit, "declaration '%s' is implicit after loading", d->name);
      FUZZ_CHECK(LLVMLookupIntrinsicID(d->name, strlen(d->name)) == 0, "intrinsic '%s' listed",
                 d->name);
    }
  } else {
    FUZZ_CHECK(rc == JX_EXIT_INPUT, "failed with %d (not 3): %s", rc, err.message);
    FUZZ_CHECK(err.message && *err.message, "failed without a message");
    /* LLVM's parser messages are cut to their first line; the module's own strings (a data
     * layout, a triple) may hold a newline, which the report escapes (fuzz_report) */
    if (strncmp(err.message, "cannot parse", 12) == 0)
      FUZZ_CHECK(!strchr(err.message, '\n'), "the error is more than one line: %s", err.message);
  }
  free(err.message);
  jx_module_free(&m);
  return 0;
}
