/* jitxr: the command line, the supervisor around the worker's pipeline, the report
 * (see jitxr.h for the pipeline). */
#include "jitxr.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

/* A closed standard stream would hand its number to the next pipe or file opened, and the
 * program's output or the report would land there: keep 0, 1 and 2 open, on /dev/null.
 * Returns whether stdout was open. */
static bool keep_standard_streams(void) {
  bool stdout_ok = true;
  for (int fd = 0; fd <= 2; fd++) {
    if (fcntl(fd, F_GETFD) != -1)
      continue;
    if (fd == STDOUT_FILENO)
      stdout_ok = false;
    int n = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
    if (n >= 0 && n != fd) {
      dup2(n, fd);
      close(n);
    }
  }
  return stdout_ok;
}

int main(int argc, char **argv) {
  bool stdout_ok = keep_standard_streams();
  struct jx_options opt;
  int rc = jx_options_parse(argc, argv, &opt);
  if (rc >= 0) {
    jx_options_free(&opt);
    return rc;
  }
  signal(SIGPIPE, SIG_IGN); /* a closed reader is an error to report, not a silent death */
  struct jx_verdict v;
  jx_verdict_init(&v);
  jx_supervise(&opt, jx_work, &v, stdout_ok);
  rc = jx_report(&v, &opt, stdout_ok);
  jx_supervise_end();
#ifndef __SANITIZE_ADDRESS__
  /* the report is out: freeing it and LLVM's static objects (some milliseconds) is waste */
  fflush(NULL);
  _exit(rc);
#endif
  jx_verdict_free(&v);
  jx_options_free(&opt);
  return rc;
}
