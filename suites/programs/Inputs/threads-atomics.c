/* pthreads and C11 atomics: `cc threads-atomics.c -lpthread`. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_long counter;
static long plain;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void *work(void *arg) {
  long n = (long)arg;
  for (long i = 0; i < n; i++) {
    atomic_fetch_add_explicit(&counter, 1, memory_order_relaxed);
    pthread_mutex_lock(&lock);
    plain += 2;
    pthread_mutex_unlock(&lock);
  }
  return NULL;
}

int main(void) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&t[i], NULL, work, (void *)10000L);
  for (int i = 0; i < 4; i++)
    pthread_join(t[i], NULL);
  long expected = 40000;
  _Bool swapped = atomic_compare_exchange_strong(&counter, &expected, 7);
  printf("counter %ld, plain %ld, swapped %d\n", (long)atomic_load(&counter), plain, swapped);
  return 0;
}
