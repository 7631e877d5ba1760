/* A library whose constructor does something hostile to the process that loads it, chosen
 * with -D when a case builds it (%cc-so -DWHAT %S/Inputs/ctor.c -o %t.so). Every variant
 * exports lib_value() (returns 5), so a module can use the library once it has loaded.
 *   SEGV         stores through a null pointer
 *   ABRT         calls abort()
 *   EXIT=N       calls exit(N)
 *   HANG         waits forever
 *   SIGCHLD_IGN  sets SIGCHLD to SIG_IGN (children are then reaped by the kernel)
 *   BLOCK_ALL    blocks every signal it can (the mask is inherited by forked children)
 *   DAEMON       starts a daemon the classic way (fork, setsid, fork) that writes its
 *                process id to the file named by $HOSTILE_PIDFILE, then sleeps 60 s; the
 *                constructor returns once the file is written
 *   PRINT        writes a line that looks like the start of a JSON object to stdout
 *   CHDIR        changes the working directory to /
 *   CLOSE_FDS    closes every file descriptor from 3 up (as daemonizing code does)
 *   REUSE_FDS    the same, then opens /dev/null into each freed number from 3 to 63, so
 *                that a descriptor the loading process kept now names another file
 */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

__attribute__((constructor)) static void hostile(void) {
#if defined(SEGV)
  *(volatile int *)0 = 1;
#elif defined(ABRT)
  abort();
#elif defined(EXIT)
  exit(EXIT);
#elif defined(HANG)
  for (;;)
    pause();
#elif defined(SIGCHLD_IGN)
  signal(SIGCHLD, SIG_IGN);
#elif defined(BLOCK_ALL)
  sigset_t all;
  sigfillset(&all);
  sigprocmask(SIG_BLOCK, &all, NULL);
#elif defined(DAEMON)
  const char *path = getenv("HOSTILE_PIDFILE");
  int ready[2];
  if (!path || pipe(ready) != 0)
    return;
  pid_t first = fork();
  if (first == 0) {
    setsid();
    if (fork() != 0)
      _exit(0);
    FILE *f = fopen(path, "w");
    if (f) {
      fprintf(f, "%d\n", (int)getpid());
      fclose(f);
    }
    (void)write(ready[1], "r", 1);
    sleep(60);
    _exit(0);
  }
  close(ready[1]);
  char c;
  (void)read(ready[0], &c, 1);
  close(ready[0]);
  waitpid(first, NULL, 0);
#elif defined(PRINT)
  printf("{ \"from\": \"a library constructor\",\n");
  fflush(stdout);
#elif defined(CHDIR)
  (void)chdir("/");
#elif defined(CLOSE_FDS) || defined(REUSE_FDS)
  for (int fd = 3; fd < 1024; fd++)
    close(fd);
#if defined(REUSE_FDS)
  for (int fd = 3; fd < 64; fd++)
    open("/dev/null", O_WRONLY);
#endif
#else
#error "choose a variant with -D"
#endif
}

int lib_value(void) {
  return 5;
}
