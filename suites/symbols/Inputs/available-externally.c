/* The definitions a module's available_externally copies stand for, with other values than
 * the copies: which one ran shows in the result. json_c_version_num is also in the runner's
 * own process (json-c 0.16 gives 4096), which must never be the one called. */
int ae_value(void) {
  return 1000;
}
int ae_data = 11;
int json_c_version_num(void) {
  return 12345;
}
