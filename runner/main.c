/* jitxr: wires the command line to the stages (see jitxr.h for the pipeline). */
#include "jitxr.h"

#include <stdlib.h>

int main(int argc, char **argv) {
  struct jx_options opt;
  int rc = jx_options_parse(argc, argv, &opt);
  if (rc >= 0) {
    jx_options_free(&opt);
    return rc;
  }
  jx_arch_init_llvm();

  struct jx_error err = {0};
  struct jx_module module = {0};
  struct jx_libraries libs = {0};
  struct jx_resolution res = {0};
  struct jx_entry entry = {.name = opt.entry, .exit_status = -1};
  struct jx_run run = {.opt = &opt, .error = &err, .entry = opt.no_run ? NULL : &entry};

  if (!jx_module_load(opt.module_path, &module, &err))
    run.module = &module;
  if (!err.code && !jx_libraries_load(&opt, &libs, &err))
    run.libs = &libs;
  if (!err.code)
    jx_libcalls_scan(&module, opt.opt_level, &err);
  if (!err.code && !opt.no_run)
    jx_invoke_find(&module, &opt, &err);
  if (!err.code) {
    jx_resolve(&module, &libs, &res, &err);
    run.res = &res;
  }
  if (!err.code && !opt.no_run)
    jx_invoke_plan(&module, &opt, &entry, &err);
  if (!err.code && !opt.no_run)
    jx_invoke_run(&module, &res, &opt, &entry, &err);

  jx_report(&run);

  jx_entry_free(&entry);
  jx_resolution_free(&res);
  jx_libraries_free(&libs);
  jx_module_free(&module);
  free(err.message);
  jx_options_free(&opt);
  return err.code;
}
