/* libjpeg: compress a 16x8 gray image into memory: `cc jpeg.c -ljpeg`. */
#include <stdio.h>
#include <stdlib.h>

#include <jpeglib.h> /* after stdio.h: it uses FILE and size_t without including them */

int main(void) {
  struct jpeg_compress_struct c;
  struct jpeg_error_mgr e;
  c.err = jpeg_std_error(&e);
  jpeg_create_compress(&c);
  unsigned char *out = NULL;
  unsigned long len = 0;
  jpeg_mem_dest(&c, &out, &len);
  c.image_width = 16;
  c.image_height = 8;
  c.input_components = 1;
  c.in_color_space = JCS_GRAYSCALE;
  jpeg_set_defaults(&c);
  jpeg_set_quality(&c, 75, TRUE);
  jpeg_start_compress(&c, TRUE);
  JSAMPLE row[16];
  while (c.next_scanline < c.image_height) {
    for (int x = 0; x < 16; x++)
      row[x] = (JSAMPLE)(x * 16 + c.next_scanline);
    JSAMPROW rows[1] = {row};
    jpeg_write_scanlines(&c, rows, 1);
  }
  jpeg_finish_compress(&c);
  printf("jpeg: %lu bytes, starts %02x%02x, ends %02x%02x\n", len, out[0], out[1], out[len - 2],
         out[len - 1]);
  jpeg_destroy_compress(&c);
  free(out);
  return 0;
}
