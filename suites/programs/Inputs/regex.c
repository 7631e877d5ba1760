/* pcre2 (8-bit): compile, match with groups, substitute: `cc regex.c -lpcre2-8`. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  int errcode;
  PCRE2_SIZE erroff;
  pcre2_code *re = pcre2_compile((PCRE2_SPTR) "(\\w+)@(\\w+)\\.org", PCRE2_ZERO_TERMINATED, 0,
                                 &errcode, &erroff, NULL);
  if (!re)
    return 1;
  const char *subject = "mail alice@example.org or bob@llvm.org";
  pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
  PCRE2_SIZE start = 0;
  int found = 0;
  while (pcre2_match(re, (PCRE2_SPTR)subject, strlen(subject), start, 0, md, NULL) > 0) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    printf("match %.*s user %.*s host %.*s\n", (int)(ov[1] - ov[0]), subject + ov[0],
           (int)(ov[3] - ov[2]), subject + ov[2], (int)(ov[5] - ov[4]), subject + ov[4]);
    start = ov[1];
    found++;
  }
  PCRE2_UCHAR out[128];
  PCRE2_SIZE outlen = sizeof out;
  int n =
      pcre2_substitute(re, (PCRE2_SPTR)subject, PCRE2_ZERO_TERMINATED, 0, PCRE2_SUBSTITUTE_GLOBAL,
                       md, NULL, (PCRE2_SPTR) "<$2:$1>", PCRE2_ZERO_TERMINATED, out, &outlen);
  printf("%d substitutions: %s\n", n, (char *)out);
  pcre2_match_data_free(md);
  pcre2_code_free(re);
  return found;
}
