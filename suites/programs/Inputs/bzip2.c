/* libbz2: a buffer compressed and decompressed in one call each, the same stream decompressed
 * in small pieces through a bz_stream, and a truncated stream: `cc bzip2.c -lbz2`. */
#include <bzlib.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  static char text[4096], packed[4096], back[4096];
  unsigned len = 0;
  for (int i = 0; len + 64 < sizeof text; i++)
    len += (unsigned)snprintf(text + len, sizeof text - len, "%d: the quick brown fox\n", i % 13);
  unsigned packed_len = sizeof packed, back_len = sizeof back;
  if (BZ2_bzBuffToBuffCompress(packed, &packed_len, text, len, 9, 0, 30) != BZ_OK)
    return 1;
  int rc = BZ2_bzBuffToBuffDecompress(back, &back_len, packed, packed_len, 0, 0);
  printf("bzip2 %s: %u -> %u -> %u bytes, rc %d, %s\n", BZ2_bzlibVersion(), len, packed_len,
         back_len, rc, back_len == len && !memcmp(text, back, len) ? "identical" : "DIFFERENT");
  bz_stream s;
  memset(&s, 0, sizeof s);
  BZ2_bzDecompressInit(&s, 0, 0);
  s.next_in = packed;
  s.avail_in = packed_len;
  int calls = 0;
  do {
    char piece[500];
    s.next_out = piece;
    s.avail_out = sizeof piece;
    rc = BZ2_bzDecompress(&s);
    calls++;
  } while (rc == BZ_OK);
  printf("stream: rc %d after %d calls, %u bytes out\n", rc, calls, s.total_out_lo32);
  BZ2_bzDecompressEnd(&s);
  back_len = sizeof back;
  rc = BZ2_bzBuffToBuffDecompress(back, &back_len, packed, packed_len / 2, 0, 0);
  printf("truncated: rc %d%s\n", rc, rc == BZ_UNEXPECTED_EOF ? " (BZ_UNEXPECTED_EOF)" : "");
  return 10 - rc;
}
