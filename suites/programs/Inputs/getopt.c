/* getopt_long over the program's arguments (short and long options, an option writing a flag
 * through struct option, optarg, optind, opterr and optopt from libc), strtol on the operands,
 * and exit() with a computed status: `cc getopt.c`. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static int verbose, brief;

int main(int argc, char **argv) {
  static const struct option longs[] = {{"verbose", no_argument, &verbose, 1},
                                        {"brief", no_argument, &brief, 1},
                                        {"scale", required_argument, NULL, 's'},
                                        {"name", required_argument, NULL, 'n'},
                                        {NULL, 0, NULL, 0}};
  long scale = 1;
  const char *name = "nobody";
  int unknown = 0, c, index;
  opterr = 0; /* no message naming argv[0], which differs between the runs */
  while ((c = getopt_long(argc, argv, "s:n:v", longs, &index)) != -1) {
    switch (c) {
    case 0:
      printf("long option --%s sets a flag\n", longs[index].name);
      break;
    case 'v':
      verbose++;
      break;
    case 's':
      scale = strtol(optarg, NULL, 0);
      break;
    case 'n':
      name = optarg;
      break;
    default:
      fprintf(stderr, "unknown option '%c'\n", optopt);
      unknown++;
    }
  }
  long total = 0;
  for (int i = optind; i < argc; i++) {
    char *end;
    long v = strtol(argv[i], &end, 10);
    printf("operand %d: %s -> %ld%s\n", i - optind, argv[i], v, *end ? " (trailing text)" : "");
    total += v;
  }
  printf("%s: verbose %d, brief %d, scale %ld, total %ld, %d unknown\n", name, verbose, brief,
         scale, total * scale, unknown);
  exit((int)(total * scale % 256));
}
