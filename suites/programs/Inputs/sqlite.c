/* sqlite3, in memory: a table, a transaction, a prepared statement, and sqlite3_exec calling
 * a JIT function back for each row: `cc sqlite.c -lsqlite3`. */
#include <sqlite3.h>
#include <stdio.h>

static int row(void *ctx, int n, char **values, char **names) {
  int *count = ctx;
  printf("row %d:", ++*count);
  for (int i = 0; i < n; i++)
    printf(" %s=%s", names[i], values[i] ? values[i] : "NULL");
  putchar('\n');
  return 0;
}

int main(void) {
  sqlite3 *db;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK)
    return 1;
  char *err = NULL;
  sqlite3_exec(db, "CREATE TABLE t(k INTEGER PRIMARY KEY, v TEXT); BEGIN;", NULL, NULL, &err);
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "INSERT INTO t(v) VALUES (?)", -1, &st, NULL);
  const char *words[] = {"alpha", "beta", "gamma", NULL};
  for (int i = 0; words[i]; i++) {
    sqlite3_bind_text(st, 1, words[i], -1, SQLITE_STATIC);
    sqlite3_step(st);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  sqlite3_exec(db, "COMMIT;", NULL, NULL, &err);
  int count = 0;
  int rc =
      sqlite3_exec(db, "SELECT k, v, length(v) AS n FROM t ORDER BY v DESC", row, &count, &err);
  printf("rc %d, %d rows, changes %d\n", rc, count, sqlite3_total_changes(db));
  sqlite3_close(db);
  return count;
}
