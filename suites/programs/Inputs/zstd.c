/* zstd: a simple round trip (ZSTD_compress, ZSTD_getFrameContentSize, ZSTD_decompress), a
 * context with a checksum parameter (ZSTD_compress2), and a destination too small:
 * `cc zstd.c -lzstd`. */
#include <stdio.h>
#include <string.h>
#include <zstd.h>
#include <zstd_errors.h>

int main(void) {
  static char text[5000], packed[6000], back[6000];
  for (size_t i = 0; i < sizeof text; i++)
    text[i] = "It was the best of times, it was the worst of times. "[i % 53];
  size_t bound = ZSTD_compressBound(sizeof text);
  size_t n = ZSTD_compress(packed, sizeof packed, text, sizeof text, 3);
  if (ZSTD_isError(n))
    return 1;
  unsigned long long size = ZSTD_getFrameContentSize(packed, n);
  size_t m = ZSTD_decompress(back, sizeof back, packed, n);
  printf("zstd %s: %zu -> %zu (bound %zu) -> %zu bytes, frame says %llu, %s\n",
         ZSTD_versionString(), sizeof text, n, bound, m, size,
         m == sizeof text && !memcmp(text, back, m) ? "identical" : "DIFFERENT");
  ZSTD_CCtx *cctx = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, 19);
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
  size_t n2 = ZSTD_compress2(cctx, packed, sizeof packed, text, sizeof text);
  ZSTD_freeCCtx(cctx);
  printf("level 19 with checksum: %zu bytes (%+d against level 3)\n", n2, (int)n2 - (int)n);
  size_t r = ZSTD_decompress(back, 100, packed, n2);
  printf("into 100 bytes: %s (%s)\n", ZSTD_isError(r) ? "error" : "ok", ZSTD_getErrorName(r));
  return ZSTD_getErrorCode(r);
}
