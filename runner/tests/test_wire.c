/* wire.c and report.c's escaper: what crosses between the processes, and how any bytes
 * become valid UTF-8 on one line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h> /* after the four above, which it needs */

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "jitxr.h"

static void test_escape(void **state) {
  (void)state;
  static const struct {
    const char *in, *out;
  } rows[] = {
      {"plain_name", "plain_name"},
      {"a\nb", "a\\0Ab"},
      {"tab\there", "tab\\09here"},
      {"back\\slash", "back\\5Cslash"},
      {"\xff\xfe", "\\FF\\FE"},
      {"caf\xc3\xa9", "caf\xc3\xa9"},           /* valid UTF-8 stays */
      {"\xc0\xaf", "\\C0\\AF"},                 /* overlong */
      {"\xed\xa0\x80", "\\ED\\A0\\80"},         /* a surrogate */
      {"\xf4\x90\x80\x80", "\\F4\\90\\80\\80"}, /* beyond U+10FFFF */
      {"\xe2\x82", "\\E2\\82"},                 /* cut short */
      {"\x7f", "\\7F"},
  };
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    char *e = jx_escape(rows[i].in);
    assert_string_equal(e, rows[i].out);
    free(e);
  }
}

static void test_llvm_reason(void **state) {
  (void)state;
  char *r = jx_llvm_reason("Cannot select: 0x55982eb31dc0: i64 = X86ISD::PEXT\n  0x1: dump");
  assert_string_equal(r, "Cannot select: 0x?: i64 = X86ISD::PEXT");
  free(r);
  r = jx_llvm_reason("value 0x10 stays");
  assert_string_equal(r, "value 0x10 stays");
  free(r);
}

struct seen {
  int n;
  char last[64];
};

static void take(void *ctx, struct json_object *msg) {
  struct seen *s = ctx;
  struct json_object *x;
  s->n++;
  if (json_object_object_get_ex(msg, "stage", &x))
    snprintf(s->last, sizeof s->last, "%s", json_object_get_string(x));
  json_object_put(msg);
}

/* Lines split anywhere between reads arrive whole; garbage lines are counted, not taken. */
static void test_feed(void **state) {
  (void)state;
  const char *text = "{\"stage\":\"parse\"}\n{\"sta"
                     "ge\":\"load\",\"subject\":\"x\"}\nnot json\n[1,2]\n{\"stage\":\"scan\"}\n";
  for (size_t cut = 1; cut < strlen(text); cut++) {
    struct jx_wire_reader r = {0};
    struct seen s = {0};
    jx_wire_feed(&r, text, cut, take, &s);
    jx_wire_feed(&r, text + cut, strlen(text) - cut, take, &s);
    assert_int_equal(s.n, 3);
    assert_string_equal(s.last, "scan");
    assert_int_equal(r.garbled, 2);
    jx_wire_reader_free(&r);
  }
}

/* The child's last word ends its answer and carries its status; only at the very end. */
static void test_bye(void **state) {
  (void)state;
  char msg[] = "\n{\"result\":{\"type\":\"i32\",\"value\":5}}\x04"
               "1";
  size_t len = sizeof msg - 1;
  int status = -1;
  assert_true(jx_answer_has_bye(msg, len));
  assert_true(jx_answer_take_bye(msg, &len, &status));
  assert_int_equal(status, 1);
  assert_int_equal(len, strlen(msg));
  assert_true(jx_answer_finished(msg));
  assert_false(jx_answer_has_bye(msg, len));
  char none[] = "{\"done\":true}";
  size_t n = sizeof none - 1;
  assert_false(jx_answer_take_bye(none, &n, &status));
  assert_int_equal(n, sizeof none - 1);
  assert_false(jx_answer_has_bye("\x04", 1));
}

static void test_verdict(void **state) {
  (void)state;
  struct jx_verdict v;
  jx_verdict_init(&v);
  jx_verdict_take(&v, json_tokener_parse("{\"stage\":\"load\",\"subject\":\"libx.so\"}"));
  jx_verdict_take(&v, json_tokener_parse("{\"part\":\"libraries\",\"value\":[]}"));
  jx_verdict_take(&v, json_tokener_parse("{\"fatal\":\"boom 0x0123456789ab\\nmore\"}"));
  assert_string_equal(v.stage, "load");
  assert_string_equal(v.subject, "libx.so");
  assert_string_equal(v.fatal, "boom 0x?");
  assert_false(v.ended);
  assert_true(json_object_object_get_ex(v.parts, "libraries", NULL));
  jx_verdict_take(&v, json_tokener_parse("{\"end\":{\"code\":4,\"message\":\"2 unresolved\"}}"));
  assert_true(v.ended);
  assert_int_equal(v.error.code, 4);
  assert_string_equal(v.error.message, "2 unresolved");
  jx_verdict_free(&v);
  assert_int_equal(jx_stage_exit_code("parse"), JX_EXIT_INPUT);
  assert_int_equal(jx_stage_exit_code("emit"), JX_EXIT_AOT);
  assert_int_equal(jx_stage_exit_code("run"), JX_EXIT_ENTRY);
  char *m = jx_stage_failure("parse", "m.ll", "LLVM crashed", "SIGSEGV");
  assert_string_equal(m, "LLVM crashed parsing 'm.ll': SIGSEGV");
  free(m);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_escape),  cmocka_unit_test(test_llvm_reason),
      cmocka_unit_test(test_feed),    cmocka_unit_test(test_bye),
      cmocka_unit_test(test_verdict),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
