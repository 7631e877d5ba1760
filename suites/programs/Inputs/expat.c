/* expat: a SAX parse whose element and character-data handlers are JIT functions the library
 * calls, with user data, then a malformed document's error and line: `cc expat.c -lexpat`. */
#include <expat.h>
#include <stdio.h>
#include <string.h>

struct counts {
  int elements, attributes, depth, deepest, text;
};

static void XMLCALL start(void *data, const XML_Char *name, const XML_Char **attr) {
  struct counts *c = data;
  c->elements++;
  for (int i = 0; attr[i]; i += 2, c->attributes++)
    printf("%*s%s@%s=%s\n", 2 * c->depth, "", name, attr[i], attr[i + 1]);
  if (++c->depth > c->deepest)
    c->deepest = c->depth;
}

static void XMLCALL end(void *data, const XML_Char *name) {
  struct counts *c = data;
  c->depth--;
  if (!strcmp(name, "book"))
    printf("%*send of book\n", 2 * c->depth, "");
}

static void XMLCALL chars(void *data, const XML_Char *s, int len) {
  for (int i = 0; i < len; i++)
    ((struct counts *)data)->text += s[i] != ' ' && s[i] != '\n';
}

int main(void) {
  const char *doc =
      "<library name=\"city\">\n <book id=\"1\" lang=\"en\"><title>Dune</title></book>\n"
      " <book id=\"2\"><title>Emma</title><note>&lt;classic&gt;</note></book>\n"
      "</library>\n";
  struct counts c = {0};
  XML_Parser p = XML_ParserCreate(NULL);
  XML_SetUserData(p, &c);
  XML_SetElementHandler(p, start, end);
  XML_SetCharacterDataHandler(p, chars);
  enum XML_Status st = XML_Parse(p, doc, (int)strlen(doc), 1);
  printf("status %d: %d elements, %d attributes, depth %d, %d text chars\n", (int)st, c.elements,
         c.attributes, c.deepest, c.text);
  XML_ParserReset(p, NULL);
  const char *bad = "<a>\n<b></a>\n";
  st = XML_Parse(p, bad, (int)strlen(bad), 1);
  printf("bad: status %d, %s at line %lu\n", (int)st, XML_ErrorString(XML_GetErrorCode(p)),
         (unsigned long)XML_GetCurrentLineNumber(p));
  XML_ParserFree(p);
  return c.elements;
}
