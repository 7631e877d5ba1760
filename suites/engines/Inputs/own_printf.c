/* A printf of a library's own, as a binding might ship: it prints nothing, returns 1234. */
int printf(const char *fmt, ...) {
  (void)fmt;
  return 1234;
}
