/* zlib, libm, atexit and argv: the cc line is `cc zlib-crc.c -lz -lm`. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static void bye(void) {
  puts("bye");
}

int main(int argc, char **argv) {
  atexit(bye);
  const char *s = argc > 1 ? argv[1] : "hello";
  unsigned long crc = crc32(0L, (const Bytef *)s, (uInt)strlen(s));
  printf("crc32(%s) = %08lx, sqrt(2) = %.6f, zlib %s\n", s, crc, sqrt(2.0), zlibVersion());
  return crc % 7 == 0 ? 0 : 3;
}
