/* A library built several times with a different PICK, each copy in its own folder or under
 * its own name: which copy provides pick_value tells where jitxr found the library. */
int pick_value(void) {
  return PICK;
}
