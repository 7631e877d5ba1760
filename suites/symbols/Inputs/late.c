/* A library that only JIT code uses, called last: at the end of main and from a module
 * destructor, after everything else in the run. Its state (calls) lives in the library. */
#include <stdio.h>

static int calls;

int late_value(int x) {
  return x * 3 + ++calls;
}

void late_report(void) {
  printf("late_report: %d calls, last from a destructor\n", ++calls);
  fflush(stdout);
}
