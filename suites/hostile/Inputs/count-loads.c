/* Counts how many times its constructor ran in this process: load_count() returns it. */
static int loads;

__attribute__((constructor)) static void counted(void) {
  loads++;
}

int load_count(void) {
  return loads;
}
