/* setjmp/longjmp, errno, strtol's range errors, getenv, strerror: `cc jumps-errno.c`. */
#include <errno.h>
#include <limits.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf env;

static int depth(int n) {
  if (n == 0)
    longjmp(env, 42);
  return depth(n - 1) + 1;
}

int main(void) {
  int got = setjmp(env);
  if (got == 0) {
    depth(10);
    puts("not reached");
  }
  printf("longjmp gave %d\n", got);
  errno = 0;
  long v = strtol("99999999999999999999999", NULL, 10);
  printf("strtol: %ld, errno %s, %s\n", v, errno == ERANGE ? "ERANGE" : "other", strerror(errno));
  const char *home = getenv("LC_ALL");
  printf("LC_ALL is %s\n", home ? home : "(unset)");
  fprintf(stderr, "to stderr: %d\n", v == LONG_MAX);
  return 0;
}
