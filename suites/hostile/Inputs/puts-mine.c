/* A library of its own that defines puts: the name a NUL-holding "puts\0evil" is cut to. */
int puts(const char *s) {
  (void)s;
  return 99;
}
