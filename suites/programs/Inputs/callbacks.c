/* qsort and bsearch calling JIT functions back, a variadic function of the program's own
 * (va_list), snprintf: `cc callbacks.c`. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_value(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static int sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++)
    s += va_arg(ap, int);
  va_end(ap);
  return s;
}

int main(void) {
  int v[] = {42, 7, 19, 3, 88, 61, 5, 23};
  size_t n = sizeof v / sizeof *v;
  qsort(v, n, sizeof *v, by_value);
  char buf[128];
  size_t len = 0;
  for (size_t i = 0; i < n; i++)
    len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%d", i ? "," : "", v[i]);
  printf("sorted: %s (%zu chars)\n", buf, len);
  int key = 61;
  int *hit = bsearch(&key, v, n, sizeof *v, by_value);
  printf("61 at %td\n", hit ? hit - v : -1);
  printf("sum: %d\n", sum(5, 1, 2, 3, 4, 5));
  return (int)(len % 10);
}
