/* Shared by the libFuzzer targets (runner/fuzz/fuzz_*.c): fuzz bytes as a file, the
 * properties the targets check, and an abort that libFuzzer reports as a crash. */
#ifndef JITXR_FUZZ_UTIL_H
#define JITXR_FUZZ_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

/* A property failed: say which, and abort (libFuzzer keeps the input as crash-*). */
#define FUZZ_CHECK(cond, ...)                                                                      \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "fuzz: property failed (%s:%d): %s: ", __FILE__, __LINE__, #cond);           \
      fprintf(stderr, __VA_ARGS__);                                                                \
      fputc('\n', stderr);                                                                         \
      abort();                                                                                     \
    }                                                                                              \
  } while (0)

/* A file in memory that each input is written to, named as a path the stages can open. */
struct fuzz_file {
  int fd;
  char path[64];
};

static inline void fuzz_file_open(struct fuzz_file *f, const char *name) {
  f->fd = memfd_create(name, MFD_CLOEXEC);
  FUZZ_CHECK(f->fd >= 0, "memfd_create failed");
  snprintf(f->path, sizeof f->path, "/proc/self/fd/%d", f->fd);
}

/* The file holds exactly data (the stages open it by f->path). */
static inline const char *fuzz_file_set(struct fuzz_file *f, const uint8_t *data, size_t size) {
  FUZZ_CHECK(ftruncate(f->fd, 0) == 0, "ftruncate failed");
  size_t done = 0;
  while (done < size) {
    ssize_t w = pwrite(f->fd, data + done, size - done, (off_t)done);
    FUZZ_CHECK(w > 0, "pwrite failed");
    done += (size_t)w;
  }
  return f->path;
}

/* Whether s[0..n) is valid UTF-8 (no overlong forms, no surrogates, at most U+10FFFF).
 * On failure *at is the offset of the first bad byte. */
static inline bool fuzz_utf8_valid(const unsigned char *s, size_t n, size_t *at) {
  for (size_t i = 0; i < n;) {
    unsigned c = s[i];
    size_t len = c < 0x80                 ? 1
                 : c >= 0xC2 && c <= 0xDF ? 2
                 : c >= 0xE0 && c <= 0xEF ? 3
                 : c >= 0xF0 && c <= 0xF4 ? 4
                                          : 0;
    bool ok = len && i + len <= n;
    for (size_t k = 1; ok && k < len; k++)
      ok = (s[i + k] & 0xC0) == 0x80;
    if (ok && len == 3)
      ok = !(c == 0xE0 && s[i + 1] < 0xA0) && !(c == 0xED && s[i + 1] >= 0xA0);
    if (ok && len == 4)
      ok = !(c == 0xF0 && s[i + 1] < 0x90) && !(c == 0xF4 && s[i + 1] >= 0x90);
    if (!ok) {
      *at = i;
      return false;
    }
    i += len;
  }
  return true;
}

#endif
