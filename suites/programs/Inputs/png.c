/* libpng: write a 4x3 RGB image into memory through a write callback (a JIT function libpng
 * calls), then check its signature: `cc png.c -lpng16`. */
#include <png.h>
#include <stdio.h>
#include <string.h>

struct sink {
  unsigned char data[4096];
  size_t len;
};

static void put(png_structp p, png_bytep d, png_size_t n) {
  struct sink *s = png_get_io_ptr(p);
  if (s->len + n <= sizeof s->data) {
    memcpy(s->data + s->len, d, n);
    s->len += n;
  }
}

static void flush(png_structp p) {
  (void)p;
}

int main(void) {
  static struct sink s;
  png_structp p = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  png_infop info = png_create_info_struct(p);
  if (setjmp(png_jmpbuf(p)))
    return 1;
  png_set_write_fn(p, &s, put, flush);
  png_set_IHDR(p, info, 4, 3, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(p, info);
  png_byte row[12];
  for (int y = 0; y < 3; y++) {
    for (int x = 0; x < 12; x++)
      row[x] = (png_byte)(x * 20 + y * 7);
    png_write_row(p, row);
  }
  png_write_end(p, NULL);
  png_destroy_write_struct(&p, &info);
  printf("libpng %s: %zu bytes, signature %s\n", png_get_libpng_ver(NULL), s.len,
         png_sig_cmp(s.data, 0, 8) == 0 ? "ok" : "bad");
  return s.len > 50;
}
