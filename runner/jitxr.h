/* jitxr: the runner's stages and the data that flows between them.
 *
 * Two processes: the supervisor (main.c, supervise.c, report.c) touches no untrusted input;
 * the worker (worker.c) runs the pipeline and sends what each stage found (wire.c).
 * The pipeline, one file a stage, data flowing one way:
 *   options.c    command line             -> struct jx_options
 *   module.c     IR file                  -> struct jx_module (declarations, entry)
 *   libraries.c  -l/-L/defaults           -> struct jx_libraries (handles, ELF tables)
 *   libcalls.c   code generation          -> extra declarations the code generator adds
 *   emutls.c     thread-local globals     -> emulated TLS for ORC (+ its one implicit symbol)
 *   resolve.c    declarations x libraries -> struct jx_resolution (one jx_symbol each)
 *   thunk.c      entry                    -> generated code every engine calls the same way
 *   engine.c     module + resolution      -> an execution engine with every symbol mapped
 *   args.c       --arg, argv, envp        -> the entry's arguments
 *   invoke.c     engine + entry           -> the entry's value (value.c reads it exactly,
 *                                            decimal.c writes its digits)
 *   child.c      the child's program: engine, constructors, the call, the answer
 *   sandbox.c    runs child.c in a child process, with its time limits
 *   comptime.c   --comptime functions     -> their values, in one child
 *   compare.c    the entry on every engine (--compare-engines)
 *   normalize.c  comptime values         -> constants of the AOT module
 *   emit.c       AOT module              -> textual IR, assembly, object for --target
 *   parts.c      everything above         -> the report's parts, as JSON, to the supervisor
 *   report.c     the parts (supervisor)   -> text or JSON on stdout
 * main.c only wires options, supervisor and report. Architecture-specific code is behind arch.h.
 */
#ifndef JITXR_H
#define JITXR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>

struct json_object;

/* Exit status, as SPEC.md fixes it. */
enum jx_exit {
  JX_EXIT_OK = 0,
  JX_EXIT_USAGE = 2,
  JX_EXIT_INPUT = 3,
  JX_EXIT_RESOLVE = 4,
  JX_EXIT_ENTRY = 5,
  JX_EXIT_AOT = 6,
  JX_EXIT_DISAGREE = 7,
  JX_EXIT_BINDINGS = 8,
};

/* The first error of a run: every stage reports into one of these, the report prints it. */
struct jx_error {
  int code; /* 0: no error */
  char *message;
  size_t message_len; /* 0: strlen(message); more when it holds a NUL (a name from bitcode) */
};
/* The runner's LLVM fatal-error handler: one error line, exit 3 (the child has its own). */
void jx_llvm_fatal(const char *reason);
/* A fatal error's reason as reports show it: one line, no addresses (owned). */
char *jx_llvm_reason(const char *reason);
void jx_fail(struct jx_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The same with a message of len bytes that may hold NUL bytes (taken; freed if not kept). */
void jx_fail_len(struct jx_error *err, int code, char *message, size_t len);

/* A growable array of strings (owned). */
struct jx_strings {
  char **items;
  size_t len, cap;
};
void jx_strings_push(struct jx_strings *s, char *owned);
void jx_strings_free(struct jx_strings *s);

void *jx_xmalloc(size_t n);
void *jx_xcalloc(size_t n, size_t size);
void *jx_xrealloc(void *p, size_t n);
void *jx_xgrow(void *p, size_t len, size_t elem);
char *jx_xstrdup(const char *s);
void jx_remember_start_dir(void);
/* path as the command line meant it: relative to the folder jitxr started in (owned) */
char *jx_path_from_start(const char *path);
char *jx_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- options.c ------------------------------------------------------------ */
enum jx_engine_kind { JX_ENGINE_MCJIT, JX_ENGINE_ORC, JX_ENGINE_INTERP, JX_ENGINE_COUNT };
enum jx_invoke_kind { JX_INVOKE_AUTO, JX_INVOKE_RUNFUNCTION, JX_INVOKE_THUNK };
enum jx_jit_memory { JX_MEMORY_POOL, JX_MEMORY_LLVM };
enum jx_format { JX_FORMAT_TEXT, JX_FORMAT_JSON };

struct jx_options {
  const char *module_path;
  const char **libs; /* -l, in command-line order */
  size_t nlibs;
  const char **lib_dirs; /* -L */
  size_t nlib_dirs;
  bool no_default_libs;
  const char *entry;
  const char **args; /* --arg */
  size_t nargs;
  const char **argv; /* words after -- */
  size_t nargv;
  bool no_run;
  bool compare_engines;
  enum jx_engine_kind engine;
  enum jx_invoke_kind invoke;
  enum jx_jit_memory jit_memory;
  double timeout;         /* of the entry, from when it is called */
  double codegen_timeout; /* of every other stage of the worker */
  double limit_memory;    /* MiB of address space for the worker (0: none) */
  double limit_cpu;       /* CPU seconds */
  double limit_procs;     /* processes */
  double limit_fsize;     /* MiB a file may grow to */
  bool no_fork;
  bool program_exit; /* exit with the program's status (main's value, exit()'s) */
  unsigned opt_level;
  LLVMCodeModel code_model; /* of JIT code (MCJIT, ORC and the scan) */
  enum jx_format format;
  const char **comptime; /* --comptime, in order */
  size_t ncomptime;
  const char *emit_normalized; /* "-" for stdout */
  const char *report_path;     /* --report: NULL for stdout */
  const char *target;          /* --target, NULL for the host */
  const char *emit_asm;
  const char *emit_obj;
  const char **headers; /* --bindings, in order */
  size_t nheaders;
  const char **include_dirs; /* -I */
  size_t ninclude_dirs;
  const char **defines; /* -D */
  size_t ndefines;
  bool bindings_debug_info;  /* --bindings-debug-info: the -l libraries' DWARF */
  const char *emit_bindings; /* "-" for stdout */
};
/* Returns -1 to go on, or an exit status (0 after --help/--version, 2 on a usage error). */
int jx_options_parse(int argc, char **argv, struct jx_options *opt);
void jx_options_free(struct jx_options *opt);
const char *jx_engine_name(enum jx_engine_kind e);

/* ---- module.c --------------------------------------------------------------- */
enum jx_kind { JX_KIND_FUNC, JX_KIND_DATA, JX_KIND_TLS };

struct jx_decl {
  char *name;        /* owned: normalization may delete the declaration */
  size_t name_len;   /* a bitcode name may hold NUL bytes: name is cut there as a C string */
  enum jx_kind kind; /* as the module declares it */
  bool weak;         /* extern_weak */
  bool implicit;     /* not in the IR: a call the code generator introduces */
  uint64_t size;     /* allocation size of a data declaration, 0 when unsized */
};

struct jx_module {
  const char *path;
  LLVMContextRef ctx;
  LLVMModuleRef mod;
  LLVMTargetDataRef layout;
  bool host_filled;   /* the file named no triple or no layout: the host's were filled in */
  bool triple_filled; /* the file named no triple: target-neutral IR */
  struct jx_decl *decls;
  size_t ndecls;
};
int jx_module_load(const char *path, struct jx_module *m, struct jx_error *err);
/* jx_module_load in two halves: reading, parsing and verifying need no target; checking
 * the triple and data layout, naming and listing do (jx_arch_init_llvm first). */
int jx_module_parse(const char *path, struct jx_module *m, struct jx_error *err);
int jx_module_check(struct jx_module *m, struct jx_error *err);
void jx_module_free(struct jx_module *m);
/* A diagnostic handler (LLVMContextSetDiagnosticHandler) that keeps the first error's text,
 * one line, in *(char **)ctx (owned; set it NULL first). LLVM's default handler prints
 * "error: ..." and calls exit(1): install this around bitcode reading and code generation. */
void jx_keep_first_error(LLVMDiagnosticInfoRef di, void *ctx);
/* Whether d's name holds a NUL byte, which no C string, ELF name or dlsym can carry. */
bool jx_decl_has_nul(const struct jx_decl *d);
/* The function or global of mod named exactly as d (NUL bytes included), or NULL. */
LLVMValueRef jx_decl_value(LLVMModuleRef mod, const struct jx_decl *d);
/* Adds a declaration that only code generation introduces (libcalls.c). */
void jx_module_add_implicit(struct jx_module *m, const char *name);
/* Whether the module defines g itself, for the linker: a body or an initializer, and not
 * available_externally (a copy for the optimizer of what is defined elsewhere). */
bool jx_defined_here(LLVMValueRef g);
/* Turns a definition into the declaration of the same name (its body or initializer gone). */
void jx_drop_definition(LLVMValueRef g);
/* Every available_externally definition becomes a declaration: the engines then take the
 * symbol from the libraries, as a linker does, instead of running the module's copy. */
void jx_module_externalize(LLVMModuleRef mod);

/* ---- elfsyms.c: what an ELF file defines, read with libelf --------------- */
enum jx_elf_type {
  JX_ELF_NOTYPE,
  JX_ELF_FUNC,
  JX_ELF_IFUNC,
  JX_ELF_OBJECT,
  JX_ELF_TLS,
  JX_ELF_OTHER
};

struct jx_elfsym {
  char *name;
  char *version; /* NULL when unversioned */
  enum jx_elf_type type;
  uint64_t size;
  uint64_t value; /* st_value: the offset from the load base in a shared object */
  bool weak;
  bool default_version; /* unversioned, or foo@@V */
};

struct jx_elftable {
  struct jx_elfsym *syms; /* exported definitions of .dynsym, sorted by name */
  size_t nsyms;
  char **hidden; /* hidden or local definitions of .symtab, sorted (for hints) */
  size_t nhidden;
  struct jx_strings needed;   /* DT_NEEDED */
  char *soname;               /* DT_SONAME, or NULL */
  struct jx_strings versions; /* version definitions' names (ZLIB_1.2.9): not symbols */
};
/* Reads a shared object's tables; on failure returns false with *why set (owned). */
bool jx_elf_read_shared(const char *path, struct jx_elftable *t, char **why);
void jx_elf_free(struct jx_elftable *t);
/* The default-version definition of name, or NULL; *other set when only non-default ones exist. */
const struct jx_elfsym *jx_elf_lookup(const struct jx_elftable *t, const char *name,
                                      const struct jx_elfsym **other);
bool jx_elf_has_hidden(const struct jx_elftable *t, const char *name);
/* The undefined global symbols of a relocatable object in memory, appended to out. */
bool jx_elf_undefined(const void *obj, size_t size, struct jx_strings *out, char **why);

/* ---- libraries.c --------------------------------------------------------- */
struct jx_library {
  char *name; /* base name, as given or found */
  char *path; /* absolute */
  bool is_default;
  char *note; /* how it was found, when not plainly: an ld script, a soname fallback */
  void *handle;
  struct jx_elftable elf;
};

/* libsearch.c: the files `-l LIB` means, as ld finds them (folders, ld scripts, the
 * soname fallback); none when no folder has it (the dynamic loader's search is left). */
struct jx_libfile {
  char *path;
  char *note;    /* or NULL */
  bool searched; /* found in a folder, not given as a path: named by its soname */
};
struct jx_libfiles {
  struct jx_libfile *items;
  size_t n;
};
/* libraries.c: the sonames of what cc links into every program, in load order (libc, libm,
 * libgcc_s, the dynamic loader); libjitxr-rt.so follows them. */
#define JX_DEFAULT_SONAMES 4
void jx_default_sonames(const char *out[JX_DEFAULT_SONAMES]);
int jx_libsearch(const struct jx_options *opt, const char *lib, struct jx_libfiles *out,
                 struct jx_error *err);
void jx_libfiles_free(struct jx_libfiles *f);
/* For each of names, the soname of the first installed library (the search folders) that
 * exports it, into exporter[i] (owned; left NULL when none does): hints only, so that a
 * run whose symbols all resolve never pays for reading the system's libraries. */
void jx_libsearch_exporters(const char **names, size_t n, char **exporter);

struct jx_libraries {
  struct jx_library *libs; /* load order: -l in order, then the defaults */
  size_t nlibs;
};
int jx_libraries_load(const struct jx_options *opt, struct jx_libraries *libs,
                      struct jx_error *err);
void jx_libraries_free(struct jx_libraries *libs);
/* The object or function a loaded library exports at address p (of aliases, the name a
 * program would use), its library and its start; NULL when none holds p. */
const struct jx_elfsym *jx_libraries_export_at(const struct jx_libraries *libs, uintptr_t p,
                                               const struct jx_library **lib, uintptr_t *start);

/* ---- libcalls.c ---------------------------------------------------------- */
/* Compiles a copy of the module as the JIT will and adds to it, as implicit declarations,
 * the symbols the generated code references but the IR does not declare. */
int jx_libcalls_scan(struct jx_module *m, const struct jx_options *opt, struct jx_error *err);
/* Adds the calls the interpreter's intrinsic lowering makes by name (sqrt, memmove, ...). */
void jx_libcalls_interp(struct jx_module *m);

/* ---- emutls.c: a module's own TLS for ORC, as -femulated-tls lowers it ------ */
/* Whether the module defines a thread-local global. */
bool jx_emutls_wanted(LLVMModuleRef mod);
/* The first thread-local definition used other than by an instruction (owned), or NULL. */
char *jx_emutls_refusal(LLVMModuleRef mod);
/* Rewrites every thread-local definition into an __emutls_v control object, each access
 * into a call to __emutls_get_address. */
void jx_emutls_lower(LLVMModuleRef mod, LLVMTargetDataRef td);

/* ---- resolve.c ----------------------------------------------------------- */
enum jx_status { JX_MAPPED, JX_UNRESOLVED, JX_WEAK_NULL, JX_REFUSED };

struct jx_symbol {
  const struct jx_decl *decl;
  enum jx_status status;
  int provider;     /* index into jx_libraries, -1 when none */
  size_t *shadowed; /* indices of later libraries that also define it */
  size_t nshadowed;
  void *addr;        /* where it is mapped (never printed by default) */
  uint64_t elf_size; /* the provider's st_size */
  bool ifunc;        /* a GNU indirect function: addr is the selected implementation */
  struct jx_strings warnings;
};

struct jx_resolution {
  const struct jx_libraries *libs; /* what it was resolved from */
  struct jx_symbol *syms;          /* one per declaration, in module order */
  size_t nsyms;
  size_t nunresolved, nrefused;
};
int jx_resolve(const struct jx_module *m, const struct jx_libraries *libs, struct jx_resolution *r,
               struct jx_error *err);
void jx_resolution_free(struct jx_resolution *r);

/* ---- headers.c: what the C compiler makes of C headers (--bindings) ---------- */
struct jx_cparam {
  char *name; /* NULL when the prototype names none */
  char *type; /* as clang spells it */
};
struct jx_cdecl {
  char *symbol; /* the name the linker sees (an asm label's, where one is given) */
  char *cname;
  bool is_func;
  char *type; /* the C type: a function's "int (Bytef *, uLong)", an object's */
  char *ret;  /* a function's return type spelled, or NULL */
  struct jx_cparam *params;
  size_t nparams;
  bool variadic, prototyped;
  bool wanted; /* lowered: the module names it, or every declaration is asked for */
  /* for each IR parameter of the lowering: its C parameter (-1: the hidden sret), which
   * part of it and of how many parts (x86-64 splits a struct into two registers) */
  size_t nir;
  int *ir_param, *ir_part, *ir_parts;
};
struct jx_cheaders {
  struct jx_cdecl *decls; /* what the headers declare with a symbol: functions, objects */
  size_t ndecls;
  LLVMContextRef ctx;
  LLVMModuleRef mod; /* the compiler's lowering: the declarations wanted, for the target */
};
/* Reads the headers (with -I/-D) as clang does for triple and lowers those of names (all
 * when names is NULL). An error is exit 3 with the compiler's first error line. */
int jx_headers_read(const struct jx_options *opt, const char *const *headers, size_t nheaders,
                    const char *triple, const char *const *names, size_t nnames,
                    struct jx_cheaders *h, struct jx_error *err);
const struct jx_cdecl *jx_headers_find(const struct jx_cheaders *h, const char *symbol);
void jx_headers_free(struct jx_cheaders *h);

/* ---- dwarf.c: a library's debug info as C declarations ------------------------ */
/* The C declarations (a header's text) of what the DWARF of the shared object at path
 * defines with external linkage: its functions and objects, the types they use. Returns
 * NULL with *why (owned) when it has none or they cannot be read. */
char *jx_dwarf_header(const char *path, char **why);

/* ---- bindings.c: the module's declarations against the C compiler's ------------- */
enum jx_binding_status { JX_BINDING_OK, JX_BINDING_MISMATCH, JX_BINDING_NOT_IN_HEADER };
struct jx_binding {
  char *name;
  enum jx_binding_status status;
  char *expected; /* the declaration the headers lower to (or NULL) */
  char *actual;   /* the module's */
  struct jx_strings differences;
};
struct jx_bindings {
  struct jx_binding *items; /* in module order */
  size_t n, nmismatch;
};
/* Checks every declaration of m against the headers and debug info of the options; a
 * mismatch is exit 8. Writes --emit-bindings. */
int jx_bindings_check(const struct jx_module *m, const struct jx_libraries *libs,
                      const struct jx_options *opt, struct jx_bindings *b, struct jx_error *err);
void jx_bindings_free(struct jx_bindings *b);
/* "const char sqlite3_version[]": a C declaration from clang's type spelling and a name. */
char *jx_c_declarator(const char *type, const char *name);
struct json_object *jx_part_bindings(const struct jx_bindings *b);

/* ---- args.c: the entry's arguments ----------------------------------------- */
/* One argument, parsed by its parameter's type into the bytes of that type. */
struct jx_arg {
  union { /* an integer zero-extended from its width */
    unsigned __int128 i;
    float f;
    double d;
    _Float16 h;
    void *p;
  };
  uint8_t *wide; /* an integer wider than 128 bits: its wide_size bytes (owned) */
  size_t wide_size;
};
bool jx_type_is_int(LLVMTypeRef t, unsigned w);
bool jx_type_is_ptr(LLVMTypeRef t);
/* (argc, argv), (argc, argv, envp), and main(argc) alone, as lli runs it. */
bool jx_main_shaped(LLVMTypeRef fnty, const char *name);
/* --arg values against the parameters (a usage error when they do not fit). */
int jx_args_check(LLVMTypeRef fnty, const struct jx_options *opt, struct jx_error *err);
/* The arguments: argc, argv and envp for a main-shaped entry, else the parsed --arg. */
void jx_args_build(LLVMTypeRef fnty, const struct jx_options *opt, const char *path,
                   struct jx_arg *args, char ***argv);
void jx_args_free(struct jx_arg *args, unsigned n); /* their wide integers */

/* ---- invoke.c: the entry and its value ----------------------------------- */
enum jx_entry_status {
  JX_ENTRY_NOT_RUN,
  JX_ENTRY_OK,
  JX_ENTRY_CRASHED,
  JX_ENTRY_TIMEOUT,
  JX_ENTRY_EXITED,
  JX_ENTRY_UNSUPPORTED,
};

struct jx_entry {
  const char *name;
  enum jx_engine_kind engine;
  const char *invoke; /* "runfunction" or "thunk" (NULL until chosen) */
  enum jx_entry_status status;
  const char *signal;         /* "SIGSEGV" when crashed */
  int exit_status;            /* when exited (or -1) */
  struct json_object *result; /* SPEC.md VALUE, NULL when none */
  char *failure;              /* why it did not run or failed, for --compare-engines (owned) */
  char *output[2];            /* --compare-engines: the program's stdout and stderr (owned) */
  size_t output_len[2];
  struct jx_strings warnings; /* comptime: what the build should know (owned) */
  struct json_object *memory; /* comptime: jx_value_memory of an sret value, or NULL */
};
const char *jx_entry_status_name(enum jx_entry_status s);
void jx_entry_free(struct jx_entry *e);
/* Checks that the entry exists and is defined here: before resolution, which would
 * otherwise report a declared-only entry as one more unresolved symbol. */
int jx_invoke_find(const struct jx_module *m, const struct jx_options *opt, struct jx_error *err);
/* interp.c: why LLVM's interpreter cannot run the code fn reaches (owned), or NULL; a
 * program's entry reaches the module's constructors and destructors too. */
char *jx_interp_refusal(LLVMModuleRef mod, const char *fn, bool program, bool no_fork);
/* Checks the entry's arguments and chooses how e->engine calls it; sets e->invoke. */
int jx_invoke_plan(const struct jx_module *m, const struct jx_options *opt, struct jx_entry *e,
                   struct jx_error *err);
/* Runs the entry on e->engine (in a child unless --no-fork) and fills e. */
int jx_invoke_run(struct jx_module *m, const struct jx_resolution *r, const struct jx_options *opt,
                  struct jx_entry *e, struct jx_error *err);
/* The error of a child that crashed, timed out or exited (false for any other end). */
struct jx_outcome;
bool jx_outcome_fail(const struct jx_outcome *oc, const char *what, const struct jx_options *opt,
                     struct jx_error *err);

/* ---- child.c: the program of the child that runs JIT code ------------------ */
struct jx_job {
  struct jx_module *m;
  const struct jx_resolution *r;
  const struct jx_options *opt;
  struct jx_entry *e;         /* the entry; NULL for the comptime functions */
  bool in_place;              /* --no-fork: no worker reads the answer of an LLVM fatal error */
  enum jx_engine_kind engine; /* of the comptime functions (the entry's is e->engine) */
};
/* Creates the engine, runs the job, writes its answer to out (wire.c's child format). */
int jx_child_run(void *job, FILE *out);

/* ---- comptime.c ------------------------------------------------------------ */
/* The type a void function's only parameter, sret(T), returns through memory (a C function
 * returning a large struct: x86-64 over 16 bytes); NULL for any other function. */
LLVMTypeRef jx_comptime_sret(LLVMValueRef fn);
/* What a comptime function's value is: its sret type, else its return type. */
LLVMTypeRef jx_comptime_value_type(LLVMValueRef fn);
/* --comptime: each function exists, is defined and takes no parameters (but an sret one). */
int jx_comptime_plan(const struct jx_module *m, const struct jx_options *opt, struct jx_error *err);
/* Runs the comptime functions on engine in one child, in order, through the thunk; fills
 * fns[i] (one per --comptime) and *contents: the contents of each writable module global a
 * result points into, as the functions left them ({"name": VALUE}). */
int jx_comptime_run(struct jx_module *m, const struct jx_resolution *r,
                    const struct jx_options *opt, enum jx_engine_kind engine, struct jx_entry *fns,
                    struct json_object **contents, struct jx_error *err);
/* Why LLVMRunFunction on this engine cannot call this signature without undefined
 * behaviour or an abort, or NULL when it can. */
const char *jx_runfunction_refusal(enum jx_engine_kind engine, LLVMTypeRef fnty);

/* ---- normalize.c: compile-time values become constants of the AOT module --- */
/* Replaces every call to each comptime function by its value, gives the writable globals
 * its values point into their contents, prunes what only comptime code used, verifies. */
int jx_normalize(struct jx_module *m, const struct jx_entry *fns, size_t n,
                 struct json_object *contents, struct jx_error *err);
/* The LLVM constant of type ty for a VALUE (NULL with *why set when it cannot be carried). */
LLVMValueRef jx_value_constant(struct jx_module *m, LLVMTypeRef ty, struct json_object *v,
                               char **why);

/* ---- emit.c -------------------------------------------------------------- */
/* --emit-normalized, and --emit-asm / --emit-obj for --target (default: the host). */
int jx_emit(struct jx_module *m, const struct jx_options *opt, struct jx_error *err);

/* ---- compare.c ------------------------------------------------------------ */
/* --compare-engines: the entry on every engine, each in its own child; first is the run
 * of --engine. Fills out[JX_ENGINE_COUNT]; exit 7 when they disagree. */
/* --compare-engines: the program's stdout and stderr of one run, caught in memory files
 * (the run's children inherit them), then kept in e->output; jx_capture_replay writes a
 * run's output where it would have gone, once the runs are compared. */
struct jx_capture {
  int fd[2], saved[2];
};
bool jx_capture_begin(struct jx_capture *c);
void jx_capture_end(struct jx_capture *c, struct jx_entry *e);
void jx_capture_replay(const struct jx_entry *e);
int jx_compare_engines(struct jx_module *m, const struct jx_resolution *r,
                       const struct jx_options *opt, const struct jx_entry *first,
                       struct jx_entry *out, struct jx_error *err);
/* --compare-engines --comptime: the comptime functions on every engine, each engine in its
 * own child; first (opt->ncomptime) and first_contents are the run of --engine. Fills
 * out[fn * JX_ENGINE_COUNT + engine]; exit 7 when they disagree on a function's status or
 * value, or on what the functions left in the globals their values point into. */
int jx_compare_comptime(struct jx_module *m, const struct jx_resolution *r,
                        const struct jx_options *opt, const struct jx_entry *first,
                        struct json_object *first_contents, struct jx_entry *out,
                        struct jx_error *err);

/* ---- thunk.c: generated functions every engine calls the same way ------------ */
struct jx_call {
  char *name;       /* __jitxr_call_N, or another name when the module has that one */
  LLVMTypeRef fnty; /* the target's type */
  unsigned nparams;
  uint64_t *offsets; /* of each argument's slot in the args buffer */
  uint64_t args_size;
  uint64_t ret_size;      /* 0 for void */
  LLVMTypeRef value_type; /* what ret holds: the return type, or a comptime sret's type */
};
struct jx_thunk {
  struct jx_call *calls; /* one per target */
  size_t ncalls;
  const char **globals; /* module globals and functions, in __jitxr_addrs order */
  uint64_t *sizes;
  size_t nglobals;
  char *addrs, *ctors, *dtors; /* the names __jitxr_addrs, __jitxr_ctors, __jitxr_dtors got */
};
/* Adds __jitxr_call_N for each target, __jitxr_ctors, __jitxr_dtors and __jitxr_addrs. */
void jx_thunk_build(struct jx_module *m, const char *const *targets, size_t n, bool comptime,
                    struct jx_thunk *t);
void jx_thunk_free(struct jx_thunk *t);

/* ---- engine.c ------------------------------------------------------------ */
struct jx_engine;
/* Creates the engine for m (consumed) with every resolved symbol mapped. */
struct jx_engine *jx_engine_create(struct jx_module *m, const struct jx_resolution *r,
                                   const struct jx_options *opt, enum jx_engine_kind kind,
                                   char **why);
/* Warns on the mapped symbols an engine will not use (the interpreter's built-ins). */
void jx_engine_annotate(enum jx_engine_kind kind, struct jx_resolution *r);
/* The ExecutionEngine of mcjit and interp (for LLVMRunFunction); NULL for orc. */
LLVMExecutionEngineRef jx_engine_ee(struct jx_engine *e);
/* Generates the code of the module (and so of name) without running any of it. */
bool jx_engine_compile(struct jx_engine *e, const char *name, char **why);
/* Calls the module's void name(ptr, ptr) with its first nargs arguments. */
bool jx_engine_call(struct jx_engine *e, const char *name, unsigned nargs, void *a, void *b,
                    char **why);
/* interp: ends the process as a C program's return from main does, the handlers given to the
 * interpreter's built-in atexit first. */
_Noreturn void jx_engine_interp_exit(struct jx_engine *e, int status);

/* ---- mempool.c ----------------------------------------------------------- */
LLVMMCJITMemoryManagerRef jx_mempool_create(void);

/* ---- value.c ------------------------------------------------------------- */
/* Where pointers may point, so that a pointer is reported as symbol/global + offset. */
struct jx_region {
  const char *name;
  bool is_symbol; /* an external symbol (else a module global or function) */
  uintptr_t start;
  uint64_t size;
  const char *library; /* a library's export the module does not declare: the library */
  bool func;           /* ... and it is a function (else an object) */
};
struct jx_regions {
  struct jx_region *items;
  size_t len, cap;
  const struct jx_libraries *libs; /* asked when no region holds a pointer (or NULL) */
};
void jx_regions_add(struct jx_regions *rs, const char *name, bool is_symbol, uintptr_t start,
                    uint64_t size);
/* The elements of a struct, array or vector type (0 for any other), and element i's type
 * and byte offset. */
unsigned jx_aggregate_count(LLVMTypeRef ty);
/* A vector whose lanes are not at byte offsets in LLVM's layout of it (<8 x i1>, <4 x i24>):
 * lane i is bits [i * w, (i + 1) * w) of it. */
bool jx_vector_packed(LLVMTargetDataRef td, LLVMTypeRef ty);
LLVMTypeRef jx_aggregate_element(LLVMTargetDataRef td, LLVMTypeRef ty, unsigned i, uint64_t *off);
/* A VALUE nests aggregates (a struct of a struct of ... of i32) at most this deep: a deeper
 * return type is refused before anything runs, a deeper global is not read. */
#define JX_VALUE_DEPTH_MAX 1000
/* JSON nesting every message and report that carries VALUEs is parsed with: a VALUE takes
 * 2 levels an aggregate (its object, "fields") and 1 for the scalar; messages put it at
 * most 3 levels in ({"part": "comptime", "value": [{"result": V}]}). */
#define JX_JSON_DEPTH (2 * JX_VALUE_DEPTH_MAX + 8)
/* How deep ty nests structs, arrays and vectors (0 for a scalar); counts no further than
 * JX_VALUE_DEPTH_MAX + 1. */
unsigned jx_type_depth(LLVMTypeRef ty);
/* SPEC.md VALUE of the object of type ty stored at mem. */
struct json_object *jx_value_read(LLVMTargetDataRef td, LLVMTypeRef ty, const void *mem,
                                  const struct jx_regions *rs);
/* The bytes of a struct or array object at mem as hex, byte 0 first, when some byte outside
 * its fields is not zero (a union's other members: clang's IR type of a union is its
 * largest member's, with padding); else NULL. What the binary's copy of it must hold too,
 * though no VALUE shows it. Objects above JX_VALUE_MEMORY_MAX bytes are not read. */
#define JX_VALUE_MEMORY_MAX (1u << 20)
struct json_object *jx_value_memory(LLVMTargetDataRef td, LLVMTypeRef ty, const void *mem);
/* Rewrites the floats of a VALUE re-parsed from JSON from their exact bits. */
void jx_value_restore(struct json_object *v);
/* One line for the text report: "i32 42", "double 0.5 (0x3fe0000000000000)". */
char *jx_value_text(struct json_object *v);

/* ---- decimal.c: exact decimals of numbers of any size ----------------------- */
/* Exact decimal of a little-endian two's-complement integer of `bits` bits (owned). */
char *jx_int_decimal(const void *mem, unsigned bits, bool is_signed);
enum jx_int_parse { JX_INT_OK, JX_INT_SYNTAX, JX_INT_RANGE };
/* An integer as --arg and VALUE spell it: decimal or 0x hex, after an optional '-'. Writes
 * its two's complement in `bits` bits to out ((bits + 7) / 8 bytes, little-endian, the bits
 * above the width zero). It fits from -2^(bits-1) (signed) to 2^bits - 1 (unsigned). */
enum jx_int_parse jx_int_parse(const char *s, unsigned bits, void *out);
/* The shortest decimal that reads back as (-1)^negative * f * 2^e in a binary format of
 * `precision` bits (the leading one included) whose subnormals have exponent min_e: the
 * text printf's %.*g gives at the smallest precision that reads back ("1", "0.1",
 * "1e+100", "-0"), as value.c prints a double (owned). */
char *jx_float_decimal(bool negative, unsigned __int128 f, int e, unsigned precision, int min_e);

/* ---- sandbox.c ----------------------------------------------------------- */
struct jx_outcome {
  enum jx_entry_status status; /* OK: message holds what the child sent */
  const char *signal;
  int exit_status;
  char *message; /* what the child wrote to its pipe (owned) */
  bool started;  /* the child called jx_sandbox_started: its code was generated */
};
/* Runs fn(ctx, out) in a child process that writes its answer to out. The child has
 * start_limit seconds until it calls jx_answer_started (code generation), then timeout. */
void jx_sandbox_run(int (*fn)(void *ctx, FILE *out), void *ctx, double start_limit, double timeout,
                    struct jx_outcome *out);
const char *jx_signal_name(int sig);
/* In the child: LLVM's static destructors must run at its end (the interpreter's printf
 * writes to a stream only they flush). */
void jx_sandbox_keep_llvm_teardown(void);

/* ---- parts.c: the report's parts, built in the worker ------------------- */
struct json_object *jx_part_libraries(const struct jx_libraries *libs);
struct json_object *jx_part_symbols(const struct jx_resolution *res,
                                    const struct jx_libraries *libs);
struct json_object *jx_part_entry(const struct jx_entry *e);
/* comptime: each run is a comptime function's, named by the key "comptime" */
struct json_object *jx_part_engines(const struct jx_entry *engines, size_t n, bool comptime);
struct json_object *jx_part_comptime(const struct jx_entry *fns, size_t n);

/* ---- worker.c: the pipeline ------------------------------------------------ */
int jx_work(const struct jx_options *opt);
/* stdout back where the report goes, after loaded code's output was set aside (JSON) */
void jx_work_output_back(void);

/* ---- wire.c: worker -> supervisor messages ------------------------------- */
/* A pipe to the parent process that survives loaded code closing or reusing its descriptor. */
struct jx_channel {
  int fd;
  pid_t parent;
  int parent_fd; /* the parent's (read) end, kept open while it listens */
  dev_t dev;
  ino_t ino;
};
void jx_channel_open(struct jx_channel *c, int fd, int parent_fd);
void jx_channel_write(struct jx_channel *c, const char *s, size_t n);
FILE *jx_channel_stream(struct jx_channel *c); /* a buffered stream over it */
void jx_wire_to_fd(int fd, int parent_fd);
/* --no-fork: messages go to take; last_words, which does not return, prints the report of an
 * LLVM fatal error (the process cannot go back to the pipeline). */
void jx_wire_to_local(void (*take)(void *ctx, struct json_object *msg),
                      void (*last_words)(void *ctx), void *ctx);
_Noreturn void jx_wire_last_words(void);
/* The fd messages go to (-1 with --no-fork): a child of the worker closes it. */
int jx_wire_fd(void);
void jx_wire_stage(const char *stage, const char *subject);
void jx_wire_part(const char *key, struct json_object *value); /* consumes value */
void jx_wire_end(const struct jx_error *err);
_Noreturn void jx_wire_fatal(const char *reason);
/* child -> worker */
void jx_answer_started(FILE *out);
void jx_answer(FILE *out, struct json_object *o);            /* the last answer; consumes o */
void jx_answer_line(FILE *out, struct json_object *o);       /* one of several; consumes o */
int jx_answer_error(FILE *out, const char *what, char *why); /* frees why; returns 1 */
void jx_answer_fatal(FILE *out, const char *why, bool started);
bool jx_answer_finished(const char *msg);
void jx_answer_bye(struct jx_channel *c, int status);
bool jx_answer_has_bye(const char *msg, size_t len);
/* Strips the child's last word from the end of msg; true (and its status) if it was there. */
bool jx_answer_take_bye(char *msg, size_t *len, int *status);
struct jx_wire_reader {
  char *buf;
  size_t len, cap;
  size_t garbled; /* lines that were not JSON objects */
};
/* A message of jitxr's processes (JX_JSON_DEPTH deep at most), or NULL. */
struct json_object *jx_wire_parse(const char *s);
void jx_wire_feed(struct jx_wire_reader *r, const char *data, size_t n,
                  void (*take)(void *ctx, struct json_object *msg), void *ctx);
void jx_wire_reader_free(struct jx_wire_reader *r);

/* ---- supervise.c ----------------------------------------------------------- */
struct jx_verdict {
  struct json_object *parts; /* "libraries", "symbols", "entry", ...: as the worker sent them */
  char *stage, *subject;     /* the stage in progress */
  bool stage_changed;
  char *fatal; /* LLVM's reason, when it gave up */
  bool ended;  /* the worker sent its last message */
  struct jx_error error;
};
void jx_verdict_init(struct jx_verdict *v);
void jx_verdict_take(void *ctx, struct json_object *msg);
void jx_verdict_free(struct jx_verdict *v);
/* Runs work in a worker process (in this one with --no-fork) and fills v. */
int jx_supervise(const struct jx_options *opt, int (*work)(const struct jx_options *),
                 struct jx_verdict *v, bool stdout_ok);
/* After the report: ends and reaps whatever of the run is left (the worker may still be
 * ending when the verdict is complete). */
void jx_supervise_end(void);
int jx_stage_exit_code(const char *stage);
char *jx_stage_failure(const char *stage, const char *subject, const char *what,
                       const char *detail);

/* ---- report.c (supervisor) ------------------------------------------------ */
/* Prints the report and the error line; returns the exit status. */
int jx_report(const struct jx_verdict *v, const struct jx_options *opt, bool stdout_ok);
/* s with control bytes, backslash and bytes that are not UTF-8 as \XX (owned). */
char *jx_escape(const char *s);
/* The same for the n bytes at s (s[n] is a NUL), NUL bytes included (\00). */
char *jx_escape_len(const char *s, size_t n);

/* ---- arch.h seam (arch_<name>.c) ---------------------------------------- */
#include "arch.h"

#endif
