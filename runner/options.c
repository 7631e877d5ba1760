/* The command line (SPEC.md): jitxr [OPTIONS] MODULE [-- ARG...] */
#include "jitxr.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Core.h>

static const char usage_text[] =
    "usage: jitxr [OPTIONS] MODULE [-- ARG...]\n"
    "\n"
    "Loads an LLVM IR module (.ll or .bc, told apart by content), resolves each of its\n"
    "external declarations against shared objects, maps them into an execution engine\n"
    "with LLVMAddGlobalMapping, runs the entry in a child process and reports.\n"
    "\n"
    "libraries:\n"
    "  -l LIB, --lib LIB     load a shared object: a path if LIB has a '/', else libLIB.so\n"
    "                        from the -L folders, then from the dynamic loader; repeatable,\n"
    "                        order is precedence\n"
    "  -L DIR                add a folder to the library search\n"
    "  --no-default-libs     do not load the defaults (what cc links into every program:\n"
    "                        libc, libm, libgcc_s, the dynamic loader; and libjitxr-rt.so)\n"
    "\n"
    "running:\n"
    "  --entry NAME          the function to run (default: main)\n"
    "  --arg VALUE           an argument for the entry, typed by its parameter; for a\n"
    "                        main(argc, argv[, envp]) entry the words after -- are argv[1..]\n"
    "  --no-run              resolve and report; run nothing\n"
    "  --engine mcjit|orc|interp\n"
    "                        the execution engine (default: mcjit)\n"
    "  --invoke auto|runfunction|thunk\n"
    "                        how the entry is called: LLVMRunFunction, refused (never\n"
    "                        attempted) for a signature the engine cannot pass safely; a\n"
    "                        generated thunk, for any signature; auto (default): runfunction\n"
    "                        where it is safe, else the thunk\n"
    "  --compare-engines     run the entry (with --comptime: the comptime functions) on\n"
    "                        every engine, each in its own process, and compare the\n"
    "                        results (exit 7 when they disagree)\n"
    "  --jit-memory pool|llvm\n"
    "                        MCJIT memory: one contiguous region (default), or LLVM's own\n"
    "                        section memory manager (llvm-project issue 71963 on AArch64)\n"
    "  --code-model default|tiny|small|medium|large\n"
    "                        code model of JIT code (default: LLVM's JIT default)\n"
    "  --timeout SECONDS     wall-clock limit for the entry, from when it is called\n"
    "                        (default: 10)\n"
    "  --codegen-timeout SECONDS\n"
    "                        wall-clock limit for each other stage: parsing, loading,\n"
    "                        code generation (default: 600)\n"
    "  --limit-memory MIB, --limit-cpu SECONDS, --limit-procs N, --limit-fsize MIB\n"
    "                        the worker's resource limits (defaults: 16384, 3600, 4096,\n"
    "                        4096; 0: none)\n"
    "  --no-fork             everything in the runner's own process (for a debugger):\n"
    "                        a crash is then not contained\n"
    "  -O0 .. -O3            optimization level of JIT and AOT code generation (default: -O0)\n"
    "\n"
    "compile time (AOT):\n"
    "  --comptime NAME       a parameterless function to run at compile time (repeatable);\n"
    "                        its value replaces every call to it in the normalized module,\n"
    "                        and the entry is not run\n"
    "  --emit-normalized FILE\n"
    "                        write the normalized module as textual IR ('-': stdout)\n"
    "  --target TRIPLE       target of --emit-asm / --emit-obj (default: the host)\n"
    "  --emit-asm FILE, --emit-obj FILE\n"
    "                        compile the (normalized) module for the target\n"
    "\n"
    "bindings (checked before anything runs; exit 8 on a mismatch):\n"
    "  --bindings HEADER     check each declaration of the module against the C headers, as\n"
    "                        the C compiler lowers them for the module's target (repeatable)\n"
    "  -I DIR, -D NAME[=VALUE]\n"
    "                        for reading the headers, as for cc\n"
    "  --bindings-debug-info check against the DWARF of the -l libraries that carry it\n"
    "  --emit-bindings FILE  write the declarations the headers (or the debug info) give for\n"
    "                        the target, as textual IR ('-': stdout)\n"
    "\n"
    "output:\n"
    "  --format text|json    the report on stdout (default: text)\n"
    "  --program-exit        exit with the program's own status, as lli does (main's\n"
    "                        value, or what it passed to exit()); jitxr's failures keep theirs\n"
    "  --report FILE         the report to FILE instead, so that stdout is the program's\n"
    "                        alone (also with --format json)\n"
    "  --help, --version\n"
    "\n"
    "exit status: 0 ok, 2 usage, 3 input, 4 resolution, 5 entry failed, 6 AOT,\n"
    "7 engines disagree, 8 bindings disagree with the headers.\n";

const char *jx_engine_name(enum jx_engine_kind e) {
  static const char *const names[] = {"mcjit", "orc", "interp"};
  return e < JX_ENGINE_COUNT ? names[e] : "?";
}

__attribute__((format(printf, 1, 2))) static int usage_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("jitxr: error: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputs(" (see jitxr --help)\n", stderr);
  va_end(ap);
  return JX_EXIT_USAGE;
}

static void push(const char ***list, size_t *n, const char *s) {
  *list = jx_xgrow(*list, *n, sizeof **list);
  (*list)[(*n)++] = s;
}

/* Picks one of the names in choices (NULL-terminated); returns its index or -1. */
static int choose(const char *value, const char *const *choices) {
  for (int i = 0; choices[i]; i++)
    if (strcmp(value, choices[i]) == 0)
      return i;
  return -1;
}

static void print_version(void) {
  unsigned major, minor, patch;
  LLVMGetVersion(&major, &minor, &patch);
  printf("jitxr %s (LLVM %u.%u.%u, %s)\n", JITXR_VERSION, major, minor, patch, jx_arch_name);
}

int jx_options_parse(int argc, char **argv, struct jx_options *opt) {
  /* The worker's limits: generous for 100,000 declarations under qemu, yet a parse that
   * runs away, a fork bomb in a constructor or a file that grows without end is stopped. */
  *opt = (struct jx_options){.entry = "main",
                             .timeout = 10.0,
                             .codegen_timeout = 600.0,
                             .limit_memory = 16384.0,
                             .limit_cpu = 3600.0,
                             .limit_procs = 4096.0,
                             .limit_fsize = 4096.0,
                             .code_model = LLVMCodeModelJITDefault};
  static const char *const engines[] = {"mcjit", "orc", "interp", NULL};
  static const char *const invokes[] = {"auto", "runfunction", "thunk", NULL};
  static const char *const memories[] = {"pool", "llvm", NULL};
  static const char *const formats[] = {"text", "json", NULL};

  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) {
      for (i++; i < argc; i++)
        push(&opt->argv, &opt->nargv, argv[i]);
      break;
    }
    if (a[0] != '-' || a[1] == '\0') {
      if (opt->module_path)
        return usage_error("more than one module: '%s' and '%s'", opt->module_path, a);
      opt->module_path = a;
      continue;
    }

    /* Split "--name=value"; short options take "-lfoo" or "-l foo". */
    char name[64];
    const char *value = NULL;
    const char *eq = strchr(a, '=');
    if (a[1] == '-' && eq) {
      size_t n = (size_t)(eq - a);
      if (n >= sizeof name)
        return usage_error("unknown option '%s'", a);
      memcpy(name, a, n);
      name[n] = '\0';
      value = eq + 1;
    } else if (a[1] != '-' && strchr("lLOID", a[1]) && a[2]) {
      name[0] = '-', name[1] = a[1], name[2] = '\0';
      value = a + 2;
    } else {
      snprintf(name, sizeof name, "%s", a);
    }

#define FLAG(s) (strcmp(name, (s)) == 0)
#define NEED_VALUE()                                                                               \
  do {                                                                                             \
    if (!value) {                                                                                  \
      if (i + 1 >= argc)                                                                           \
        return usage_error("option '%s' needs a value", name);                                     \
      value = argv[++i];                                                                           \
    }                                                                                              \
  } while (0)
#define NO_VALUE()                                                                                 \
  do {                                                                                             \
    if (value)                                                                                     \
      return usage_error("option '%s' takes no value", name);                                      \
  } while (0)
#define CHOICE(field, list, type)                                                                  \
  do {                                                                                             \
    NEED_VALUE();                                                                                  \
    int c_ = choose(value, list);                                                                  \
    if (c_ < 0)                                                                                    \
      return usage_error("invalid value '%s' for %s", value, name);                                \
    opt->field = (type)c_;                                                                         \
  } while (0)

    if (FLAG("-l") || FLAG("--lib")) {
      NEED_VALUE();
      push(&opt->libs, &opt->nlibs, value);
    } else if (FLAG("-L")) {
      NEED_VALUE();
      push(&opt->lib_dirs, &opt->nlib_dirs, value);
    } else if (FLAG("--bindings")) {
      NEED_VALUE();
      if (!*value)
        return usage_error("empty --bindings header");
      push(&opt->headers, &opt->nheaders, value);
    } else if (FLAG("-I")) {
      NEED_VALUE();
      push(&opt->include_dirs, &opt->ninclude_dirs, value);
    } else if (FLAG("-D")) {
      NEED_VALUE();
      if (!*value || *value == '=')
        return usage_error("-D needs a macro name");
      push(&opt->defines, &opt->ndefines, value);
    } else if (FLAG("--bindings-debug-info")) {
      NO_VALUE();
      opt->bindings_debug_info = true;
    } else if (FLAG("--emit-bindings")) {
      NEED_VALUE();
      opt->emit_bindings = value;
    } else if (FLAG("--no-default-libs")) {
      NO_VALUE();
      opt->no_default_libs = true;
    } else if (FLAG("--entry")) {
      NEED_VALUE();
      if (!*value)
        return usage_error("empty --entry name");
      opt->entry = value;
    } else if (FLAG("--arg")) {
      NEED_VALUE();
      push(&opt->args, &opt->nargs, value);
    } else if (FLAG("--compare-engines")) {
      NO_VALUE();
      opt->compare_engines = true;
    } else if (FLAG("--no-run")) {
      NO_VALUE();
      opt->no_run = true;
    } else if (FLAG("--engine")) {
      CHOICE(engine, engines, enum jx_engine_kind);
    } else if (FLAG("--invoke")) {
      CHOICE(invoke, invokes, enum jx_invoke_kind);
    } else if (FLAG("--jit-memory")) {
      CHOICE(jit_memory, memories, enum jx_jit_memory);
    } else if (FLAG("--format")) {
      CHOICE(format, formats, enum jx_format);
    } else if (FLAG("--code-model")) {
      static const char *const models[] = {"default", "tiny", "small", "medium", "large", NULL};
      static const LLVMCodeModel values[] = {LLVMCodeModelJITDefault, LLVMCodeModelTiny,
                                             LLVMCodeModelSmall, LLVMCodeModelMedium,
                                             LLVMCodeModelLarge};
      NEED_VALUE();
      int c = choose(value, models);
      if (c < 0)
        return usage_error("invalid value '%s' for %s", value, name);
      if (values[c] == LLVMCodeModelTiny && strcmp(jx_arch_name, "aarch64") != 0)
        return usage_error("--code-model tiny: %s has no tiny code model", jx_arch_name);
      opt->code_model = values[c];
    } else if (FLAG("--timeout")) {
      NEED_VALUE();
      char *end;
      errno = 0;
      double t = strtod(value, &end);
      if (errno || end == value || *end || !isfinite(t) || t <= 0 || t > 86400)
        return usage_error("invalid value '%s' for %s (seconds, more than 0, at most 86400)", value,
                           name);
      opt->timeout = t;
    } else if (FLAG("--codegen-timeout") || FLAG("--limit-memory") || FLAG("--limit-cpu") ||
               FLAG("--limit-procs") || FLAG("--limit-fsize")) {
      NEED_VALUE();
      char *end;
      errno = 0;
      double x = strtod(value, &end);
      bool timeout = FLAG("--codegen-timeout");
      if (errno || end == value || *end || !isfinite(x) || x < 0 || (timeout && x == 0) || x > 1e9)
        return usage_error("invalid value '%s' for %s (a number, %s)", value, name,
                           timeout ? "more than 0" : "0 for no limit");
      double *field = timeout                  ? &opt->codegen_timeout
                      : FLAG("--limit-memory") ? &opt->limit_memory
                      : FLAG("--limit-cpu")    ? &opt->limit_cpu
                      : FLAG("--limit-procs")  ? &opt->limit_procs
                                               : &opt->limit_fsize;
      *field = x;
    } else if (FLAG("--comptime")) {
      NEED_VALUE();
      if (!*value)
        return usage_error("empty --comptime name");
      push(&opt->comptime, &opt->ncomptime, value);
    } else if (FLAG("--emit-normalized")) {
      NEED_VALUE();
      opt->emit_normalized = value;
    } else if (FLAG("--report")) {
      NEED_VALUE();
      if (!*value)
        return usage_error("empty --report file name");
      opt->report_path = value;
    } else if (FLAG("--target")) {
      NEED_VALUE();
      if (!*value)
        return usage_error("empty --target triple");
      opt->target = value;
    } else if (FLAG("--emit-asm")) {
      NEED_VALUE();
      opt->emit_asm = value;
    } else if (FLAG("--emit-obj")) {
      NEED_VALUE();
      opt->emit_obj = value;
    } else if (FLAG("--no-fork")) {
      NO_VALUE();
      opt->no_fork = true;
    } else if (FLAG("--program-exit")) {
      NO_VALUE();
      opt->program_exit = true;
    } else if (FLAG("-O")) {
      if (!value || strlen(value) != 1 || value[0] < '0' || value[0] > '3')
        return usage_error("invalid optimization level '%s' (use -O0 .. -O3)", a);
      opt->opt_level = (unsigned)(value[0] - '0');
    } else if (FLAG("--help") || FLAG("-h")) {
      NO_VALUE();
      fputs(usage_text, stdout);
      return 0;
    } else if (FLAG("--version")) {
      NO_VALUE();
      print_version();
      return 0;
    } else {
      return usage_error("unknown option '%s'", a);
    }
#undef FLAG
#undef NEED_VALUE
#undef NO_VALUE
#undef CHOICE
  }
  if (!opt->module_path)
    return usage_error("no module given");
  if (opt->emit_bindings && !opt->nheaders && !opt->bindings_debug_info)
    return usage_error("--emit-bindings writes what the headers declare: name them with "
                       "--bindings (or use --bindings-debug-info)");
  if (opt->compare_engines && opt->no_fork)
    return usage_error("--compare-engines runs each engine in its own process: not with --no-fork");
  if (opt->compare_engines && opt->no_run)
    return usage_error("--compare-engines runs code on every engine: not with --no-run");
  /* the normalized module holds the comptime values: without the run there are none */
  const char *emit = opt->emit_normalized ? "--emit-normalized"
                     : opt->emit_asm      ? "--emit-asm"
                     : opt->emit_obj      ? "--emit-obj"
                                          : NULL;
  if (opt->no_run && opt->ncomptime && emit)
    return usage_error("%s with --comptime writes the module normalized with the comptime "
                       "values, which --no-run does not compute",
                       emit);
  return -1;
}

void jx_options_free(struct jx_options *opt) {
  free(opt->libs);
  free(opt->lib_dirs);
  free(opt->args);
  free(opt->argv);
  free(opt->comptime);
  free(opt->headers);
  free(opt->include_dirs);
  free(opt->defines);
}
