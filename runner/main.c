/* jitxr: wires the command line to the stages (see jitxr.h for the pipeline). */
#include "jitxr.h"

#include <json-c/json.h>
#include <stdlib.h>

#include <llvm-c/ErrorHandling.h>

int main(int argc, char **argv) {
  struct jx_options opt;
  int rc = jx_options_parse(argc, argv, &opt);
  if (rc >= 0) {
    jx_options_free(&opt);
    return rc;
  }
  jx_arch_init_llvm();
  LLVMInstallFatalErrorHandler(jx_llvm_fatal); /* never LLVM's bare exit(1) */

  struct jx_error err = {0};
  struct jx_module module = {0};
  struct jx_libraries libs = {0};
  struct jx_resolution res = {0};
  struct jx_entry entry = {.name = opt.entry, .engine = opt.engine, .exit_status = -1};
  struct jx_entry engines[JX_ENGINE_COUNT] = {0};
  struct jx_entry *comptime = jx_xcalloc(opt.ncomptime, sizeof *comptime);
  struct json_object *contents = NULL;
  bool run_entry = !opt.no_run && !opt.ncomptime; /* comptime code runs instead of the entry */
  struct jx_run run = {.opt = &opt, .error = &err, .entry = run_entry ? &entry : NULL};

  if (!jx_module_load(opt.module_path, &module, &err))
    run.module = &module;
  if (!err.code && !jx_libraries_load(&opt, &libs, &err))
    run.libs = &libs;
  bool interp = opt.engine == JX_ENGINE_INTERP || opt.compare_engines;
  if (!err.code)
    jx_libcalls_scan(&module, &opt, &err);
  if (!err.code && interp)
    jx_libcalls_interp(&module);
  if (!err.code && run_entry)
    jx_invoke_find(&module, &opt, &err);
  if (!err.code)
    jx_comptime_plan(&module, &opt, &err);
  if (!err.code) {
    jx_resolve(&module, &libs, &res, &err);
    jx_engine_annotate(interp ? JX_ENGINE_INTERP : opt.engine, &res);
    run.res = &res;
  }
  if (!err.code && run_entry)
    jx_invoke_plan(&module, &opt, &entry, &err);
  if (!err.code && run_entry)
    jx_invoke_run(&module, &res, &opt, &entry, &err);
  /* each engine in its own child, from the module as the first run had it */
  bool compared = opt.compare_engines && run_entry && run.res && !res.nunresolved &&
                  !res.nrefused && (!err.code || err.code == JX_EXIT_ENTRY);
  if (compared) {
    jx_compare_engines(&module, &res, &opt, &entry, engines, &err);
    run.engines = engines;
    run.nengines = JX_ENGINE_COUNT;
  }
  if (!err.code && opt.ncomptime && !opt.no_run) {
    jx_comptime_run(&module, &res, &opt, comptime, &contents, &err);
    run.comptime = comptime;
    run.ncomptime = opt.ncomptime;
    if (!err.code)
      jx_normalize(&module, comptime, opt.ncomptime, contents, &err);
  }
  if (!err.code && (opt.emit_normalized || opt.emit_asm || opt.emit_obj))
    jx_emit(&module, &opt, &err);

  jx_report(&run);

  jx_entry_free(&entry);
  for (size_t k = 0; k < opt.ncomptime; k++)
    jx_entry_free(&comptime[k]);
  free(comptime);
  json_object_put(contents);
  for (size_t k = 0; k < run.nengines; k++)
    jx_entry_free(&engines[k]);
  jx_resolution_free(&res);
  jx_libraries_free(&libs);
  jx_module_free(&module);
  free(err.message);
  jx_options_free(&opt);
  return err.code;
}
