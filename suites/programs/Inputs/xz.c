/* liblzma: the .xz container in one call each way (lzma_easy_buffer_encode,
 * lzma_stream_buffer_decode), CRC-64, and a corrupted stream: `cc xz.c -llzma`. */
#include <inttypes.h>
#include <lzma.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  static uint8_t text[3000], packed[4096], back[4096];
  for (size_t i = 0; i < sizeof text; i++)
    text[i] = (uint8_t)("abracadabra "[i % 12] + i / 1000);
  size_t packed_len = 0;
  lzma_ret ret = lzma_easy_buffer_encode(6, LZMA_CHECK_CRC64, NULL, text, sizeof text, packed,
                                         &packed_len, sizeof packed);
  if (ret != LZMA_OK)
    return 1;
  uint64_t memlimit = UINT64_MAX;
  size_t in_pos = 0, back_len = 0;
  ret = lzma_stream_buffer_decode(&memlimit, 0, NULL, packed, &in_pos, packed_len, back, &back_len,
                                  sizeof back);
  printf("xz %s: %zu -> %zu -> %zu bytes, ret %d, %s\n", lzma_version_string(), sizeof text,
         packed_len, back_len, (int)ret,
         back_len == sizeof text && !memcmp(text, back, back_len) ? "identical" : "DIFFERENT");
  printf("crc64 %016" PRIx64 ", crc32 %08" PRIx32 ", check size %" PRIu32 "\n",
         lzma_crc64(text, sizeof text, 0), lzma_crc32(text, sizeof text, 0),
         lzma_check_size(LZMA_CHECK_SHA256));
  packed[packed_len / 2] ^= 0x55;
  in_pos = back_len = 0;
  ret = lzma_stream_buffer_decode(&memlimit, 0, NULL, packed, &in_pos, packed_len, back, &back_len,
                                  sizeof back);
  printf("corrupted: ret %d%s\n", (int)ret, ret == LZMA_DATA_ERROR ? " (LZMA_DATA_ERROR)" : "");
  return 40 + (int)ret;
}
