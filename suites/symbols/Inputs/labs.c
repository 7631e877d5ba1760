/* Defines labs, which libc.so.6 defines too: a library named with -l comes before the
 * defaults, so this definition wins. */
long labs(long x) {
  return x * 1000 + 1;
}
