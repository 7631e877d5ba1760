/* libFuzzer target: the command line (options.c, jx_options_parse). The input is argv[1..],
 * its words apart by NUL bytes. Checks that a parse either stops with 0 or 2, or goes on
 * with a module and values in their ranges, every string pointing into the words given. */
#include "fuzz_util.h"
#include "jitxr.h"

#include <fcntl.h>
#include <math.h>
#include <sanitizer/common_interface_defs.h>
#include <string.h>

static int null_fd, out_fd, err_fd;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  /* usage errors and --help go to /dev/null; the sanitizers keep reporting on stderr */
  null_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
  out_fd = dup(STDOUT_FILENO);
  err_fd = dup(STDERR_FILENO);
  __sanitizer_set_report_fd((void *)(intptr_t)err_fd);
  return 0;
}

static bool inside(const char *s, const char *buf, size_t size) {
  return s && s >= buf && s <= buf + size;
}

static void check_list(const char **list, size_t n, const char *buf, size_t size,
                       const char *what) {
  FUZZ_CHECK(n == 0 || list, "%s: %zu items, no list", what, n);
  for (size_t i = 0; i < n; i++)
    FUZZ_CHECK(inside(list[i], buf, size), "%s %zu points outside the words", what, i);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *buf = malloc(size + 1);
  memcpy(buf, data, size);
  buf[size] = '\0';
  size_t words = 1;
  for (size_t i = 0; i < size; i++)
    words += buf[i] == '\0';
  if (size && buf[size - 1] == '\0')
    words--; /* a final NUL ends the last word */
  char **argv = calloc(words + 2, sizeof *argv);
  int argc = 0;
  argv[argc++] = "jitxr";
  for (size_t i = 0, start = 0; size && i <= size; i++) {
    if (i == size || buf[i] == '\0') {
      if (i < size || start < size)
        argv[argc++] = buf + start;
      start = i + 1;
    }
  }
  argv[argc] = NULL;

  fflush(stdout);
  dup2(null_fd, STDOUT_FILENO);
  dup2(null_fd, STDERR_FILENO);
  struct jx_options opt;
  int rc = jx_options_parse(argc, argv, &opt);
  fflush(stdout);
  dup2(out_fd, STDOUT_FILENO);
  dup2(err_fd, STDERR_FILENO);

  FUZZ_CHECK(rc == -1 || rc == 0 || rc == JX_EXIT_USAGE, "returned %d", rc);
  if (rc == -1) {
    FUZZ_CHECK(inside(opt.module_path, buf, size), "module outside the words");
    FUZZ_CHECK(opt.entry && *opt.entry, "no entry name");
    FUZZ_CHECK(strcmp(opt.entry, "main") == 0 || inside(opt.entry, buf, size), "entry");
    check_list(opt.libs, opt.nlibs, buf, size, "-l");
    check_list(opt.lib_dirs, opt.nlib_dirs, buf, size, "-L");
    check_list(opt.args, opt.nargs, buf, size, "--arg");
    check_list(opt.argv, opt.nargv, buf, size, "argv");
    check_list(opt.comptime, opt.ncomptime, buf, size, "--comptime");
    FUZZ_CHECK(opt.engine < JX_ENGINE_COUNT, "engine %d", (int)opt.engine);
    FUZZ_CHECK(opt.invoke <= JX_INVOKE_THUNK, "invoke %d", (int)opt.invoke);
    FUZZ_CHECK(opt.jit_memory <= JX_MEMORY_LLVM, "jit memory %d", (int)opt.jit_memory);
    FUZZ_CHECK(opt.format <= JX_FORMAT_JSON, "format %d", (int)opt.format);
    FUZZ_CHECK(opt.opt_level <= 3, "-O%u", opt.opt_level);
    FUZZ_CHECK(isfinite(opt.timeout) && opt.timeout > 0 && opt.timeout <= 86400, "timeout %g",
               opt.timeout);
    FUZZ_CHECK(isfinite(opt.codegen_timeout) && opt.codegen_timeout > 0, "codegen timeout %g",
               opt.codegen_timeout);
    const double limits[] = {opt.limit_memory, opt.limit_cpu, opt.limit_procs, opt.limit_fsize};
    for (size_t k = 0; k < 4; k++)
      FUZZ_CHECK(isfinite(limits[k]) && limits[k] >= 0, "limit %zu is %g", k, limits[k]);
    FUZZ_CHECK(!(opt.compare_engines && opt.no_fork), "--compare-engines with --no-fork");
    FUZZ_CHECK(!opt.target || *opt.target, "empty --target");
  }
  jx_options_free(&opt);
  free(argv);
  free(buf);
  return 0;
}
