/* libuuid on fixed strings (no generation): parse, unparse in both cases, compare and sort,
 * type and variant, a null UUID and a malformed string: `cc uuid.c -luuid`. */
#include <stdio.h>
#include <string.h>
#include <uuid/uuid.h>

int main(void) {
  const char *text[] = {
      "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "886313E1-3B8A-5372-9B90-0C9AEE199E5D",
      "123e4567-e89b-42d3-a456-426614174000", "00000000-0000-0000-0000-000000000000"};
  uuid_t u[4], tmp;
  for (int i = 0; i < 4; i++)
    if (uuid_parse(text[i], u[i]) != 0)
      return 1;
  for (int i = 1; i < 4; i++) /* insertion sort by uuid_compare */
    for (int j = i; j > 0 && uuid_compare(u[j - 1], u[j]) > 0; j--) {
      uuid_copy(tmp, u[j]);
      uuid_copy(u[j], u[j - 1]);
      uuid_copy(u[j - 1], tmp);
    }
  char out[UUID_STR_LEN];
  for (int i = 0; i < 4; i++) {
    uuid_unparse_upper(u[i], out);
    printf("%d %s version %d variant %d%s\n", i, out, uuid_type(u[i]), uuid_variant(u[i]),
           uuid_is_null(u[i]) ? " (null)" : "");
  }
  uuid_unparse_lower(u[3], out);
  printf("lower %s, last byte %02x\n", out, u[3][15]);
  uuid_clear(tmp);
  int bad = uuid_parse("123e4567-e89b-42d3-a456-42661417400", tmp);
  printf("short string: %d, tmp still null: %d\n", bad, uuid_is_null(tmp));
  return 10 * uuid_type(u[3]) + uuid_variant(u[3]);
}
