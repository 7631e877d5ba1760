/* libcrypto's EVP digests and HMAC: `cc sha256.c -lcrypto`. */
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdio.h>
#include <string.h>

static void hex(const char *what, const unsigned char *d, unsigned n) {
  printf("%s ", what);
  for (unsigned i = 0; i < n; i++)
    printf("%02x", d[i]);
  putchar('\n');
}

int main(void) {
  const char *msg = "The quick brown fox jumps over the lazy dog";
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned n = 0;
  EVP_MD_CTX *c = EVP_MD_CTX_new();
  EVP_DigestInit_ex(c, EVP_sha256(), NULL);
  EVP_DigestUpdate(c, msg, strlen(msg));
  EVP_DigestFinal_ex(c, md, &n);
  EVP_MD_CTX_free(c);
  hex("sha256", md, n);
  unsigned char *h = HMAC(EVP_sha1(), "key", 3, (const unsigned char *)msg, strlen(msg), md, &n);
  hex("hmac-sha1", h, n);
  return md[0] & 0x7f;
}
