/* suites/programs/thread-local.test: each thread its own __thread variables. */
#include <pthread.h>
#include <stdio.h>
static __thread int counter = 10;
__thread long zeroed;
static void *work(void *arg) {
  int n = (int)(long)arg;
  for (int i = 0; i < n; i++)
    counter++, zeroed += 2;
  return (void *)(long)(counter * 1000 + zeroed);
}
int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++)
    pthread_create(&t[i], NULL, work, (void *)(i + 1));
  long sum = 0;
  for (int i = 0; i < 3; i++) {
    void *r;
    pthread_join(t[i], &r);
    printf("thread %d: %ld\n", i, (long)r);
    sum += (long)r;
  }
  printf("main: %d %ld\n", counter, zeroed);
  return (int)(sum % 256);
}
