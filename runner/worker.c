/* The worker: the pipeline, stage by stage, in a process of its own (supervise.c). Each
 * stage says when it begins and sends what it found as soon as it has it (wire.c), so that
 * whatever a later stage does to this process, the report keeps the earlier ones. */
#include "jitxr.h"

#include <json-c/json.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <llvm-c/ErrorHandling.h>

/* With --format json stdout is the report's alone: what loaded code writes there (library
 * constructors, the entry, comptime functions, in this process or its children) goes to
 * stderr, as SPEC.md says of the module's output. The real stdout is kept, to put back. */
static int saved_stdout = -1;

static void module_output_aside(const struct jx_options *opt) {
  if (opt->format != JX_FORMAT_JSON || opt->report_path) /* --report: stdout is the program's */
    return;
  fflush(stdout);
  saved_stdout = dup(STDOUT_FILENO);
  dup2(STDERR_FILENO, STDOUT_FILENO);
}

void jx_work_output_back(void) {
  if (saved_stdout < 0)
    return;
  fflush(stdout);
  dup2(saved_stdout, STDOUT_FILENO); /* --emit-* - and, with --no-fork, the report */
  close(saved_stdout);
  saved_stdout = -1;
}

static void *init_llvm(void *unused) {
  (void)unused;
  jx_arch_init_llvm();
  return NULL;
}

int jx_work(const struct jx_options *opt) {
  jx_remember_start_dir();
  module_output_aside(opt);
  LLVMInstallFatalErrorHandler(jx_llvm_fatal); /* never LLVM's bare exit(1) */
  /* registering the targets (some milliseconds) needs no input: on the other core, while
   * this one reads and parses the module */
  pthread_t init;
  bool threaded = pthread_create(&init, NULL, init_llvm, NULL) == 0;
  if (!threaded)
    jx_arch_init_llvm();

  struct jx_error err = {0};
  struct jx_module module = {0};
  struct jx_libraries libs = {0};
  struct jx_resolution res = {0};
  struct jx_entry entry = {.name = opt->entry, .engine = opt->engine, .exit_status = -1};
  struct jx_entry engines[JX_ENGINE_COUNT] = {0};
  /* --compare-engines --comptime: each comptime function on each engine */
  struct jx_entry *comptime_runs =
      jx_xcalloc(opt->ncomptime * JX_ENGINE_COUNT, sizeof *comptime_runs);
  struct jx_entry *comptime = jx_xcalloc(opt->ncomptime, sizeof *comptime);
  struct json_object *contents = NULL;
  struct jx_bindings bindings = {0};
  bool run_entry = !opt->no_run && !opt->ncomptime; /* comptime code runs instead of the entry */
  bool have_res = false, compared = false, ran_comptime = false, compared_comptime = false;

  jx_wire_stage("parse", opt->module_path);
  jx_module_parse(opt->module_path, &module, &err);
  if (threaded)
    pthread_join(init, NULL);
  if (!err.code)
    jx_module_check(&module, &err);
  if (!err.code) {
    jx_libraries_load(opt, &libs, &err);
    jx_wire_part("libraries", jx_part_libraries(&libs));
  }
  bool interp = opt->engine == JX_ENGINE_INTERP || opt->compare_engines;
  if (!err.code && (opt->engine != JX_ENGINE_INTERP || opt->compare_engines)) {
    jx_wire_stage("scan", opt->module_path);
    jx_libcalls_scan(&module, opt, &err);
  }
  if (!err.code && interp)
    jx_libcalls_interp(&module);
  /* ORC's emulated TLS (emutls.c) calls libgcc_s's __emutls_get_address */
  if (!err.code && (opt->engine == JX_ENGINE_ORC || opt->compare_engines) &&
      jx_emutls_wanted(module.mod) && !LLVMGetNamedFunction(module.mod, "__emutls_get_address"))
    jx_module_add_implicit(&module, "__emutls_get_address");
  if (!err.code && run_entry)
    jx_invoke_find(&module, opt, &err);
  if (!err.code)
    jx_comptime_plan(&module, opt, &err);
  if (!err.code) {
    jx_wire_stage("resolve", opt->module_path);
    jx_resolve(&module, &libs, &res, &err);
    jx_engine_annotate(interp ? JX_ENGINE_INTERP : opt->engine, &res);
    have_res = true;
    jx_wire_part("symbols", jx_part_symbols(&res, &libs));
  }
  /* the declarations against the C headers: before any of the module's code runs; an
   * unresolved symbol (exit 4) keeps its code, and both are reported */
  if (have_res && (opt->nheaders || opt->bindings_debug_info) &&
      (!err.code || err.code == JX_EXIT_RESOLVE)) {
    jx_wire_stage("bindings", opt->module_path);
    struct jx_error berr = {0};
    jx_work_output_back(); /* --emit-bindings - */
    jx_bindings_check(&module, &libs, opt, &bindings, &berr);
    module_output_aside(opt);
    jx_wire_part("bindings", jx_part_bindings(&bindings));
    if (!err.code)
      err = berr;
    else
      free(berr.message);
  }
  if (!err.code && run_entry)
    jx_invoke_plan(&module, opt, &entry, &err);
  if (!err.code && run_entry) {
    jx_wire_stage("run", opt->entry);
    struct jx_capture cap; /* the engines' outputs are compared too */
    bool caught = opt->compare_engines && jx_capture_begin(&cap);
    jx_invoke_run(&module, &res, opt, &entry, &err);
    if (caught)
      jx_capture_end(&cap, &entry);
  }
  if (run_entry)
    jx_wire_part("entry", jx_part_entry(&entry));
  /* each engine in its own child, from the module as the first run had it */
  if (opt->compare_engines && run_entry && have_res && !res.nunresolved && !res.nrefused &&
      (!err.code || err.code == JX_EXIT_ENTRY)) {
    jx_compare_engines(&module, &res, opt, &entry, engines, &err);
    compared = true;
    jx_wire_part("engines", jx_part_engines(engines, JX_ENGINE_COUNT, false));
  }
  jx_capture_replay(&entry); /* the first engine's output, where it would have gone */
  if (!err.code && opt->ncomptime && !opt->no_run) {
    jx_wire_stage("run", opt->comptime[0]);
    jx_comptime_run(&module, &res, opt, opt->engine, comptime, &contents, &err);
    ran_comptime = true;
    jx_wire_part("comptime", jx_part_comptime(comptime, opt->ncomptime));
    if (opt->compare_engines && (!err.code || err.code == JX_EXIT_ENTRY)) {
      jx_compare_comptime(&module, &res, opt, comptime, contents, comptime_runs, &err);
      compared_comptime = true;
      jx_wire_part("engines",
                   jx_part_engines(comptime_runs, opt->ncomptime * JX_ENGINE_COUNT, true));
    }
    if (!err.code) {
      jx_wire_stage("normalize", opt->module_path);
      jx_normalize(&module, comptime, opt->ncomptime, contents, &err);
    }
  }
  jx_work_output_back();
  if (!err.code && (opt->emit_normalized || opt->emit_asm || opt->emit_obj)) {
    jx_wire_stage("emit", opt->module_path);
    jx_emit(&module, opt, &err);
  }
  jx_wire_end(&err);
#ifndef __SANITIZE_ADDRESS__
  if (jx_wire_fd() >= 0) { /* the supervisor has it all: freeing 100,000 symbols is waste */
    fflush(NULL);
    _exit(0);
  }
#endif

  jx_entry_free(&entry);
  for (size_t k = 0; ran_comptime && k < opt->ncomptime; k++)
    jx_entry_free(&comptime[k]);
  free(comptime);
  json_object_put(contents);
  for (size_t k = 0; compared && k < JX_ENGINE_COUNT; k++)
    jx_entry_free(&engines[k]);
  for (size_t k = 0; compared_comptime && k < opt->ncomptime * JX_ENGINE_COUNT; k++)
    jx_entry_free(&comptime_runs[k]);
  free(comptime_runs);
  jx_bindings_free(&bindings);
  jx_resolution_free(&res);
  jx_libraries_free(&libs);
  jx_module_free(&module);
  int code = err.code;
  free(err.message);
  return code;
}
