/* suites/aot/comptime-inlined.ll: an external comptime function, which clang -O1 inlines
 * into main (and keeps); and one whose value it cannot fold into its caller. */
volatile int base = 90;
int answer(void) {
  return 6 * 7;
}
__attribute__((noinline)) int kept(void) {
  return base + 9;
}
int main(void) {
  return answer() + kept();
}
