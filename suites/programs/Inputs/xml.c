/* libxml2: parse a document from memory, walk it, XPath: `cc xml.c -lxml2`
 * (cflags: -I/usr/include/libxml2). */
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <stdio.h>
#include <string.h>

static int walk(xmlNode *n, int depth) {
  int count = 0;
  for (; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE) {
      xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
      printf("%*s%s%s%s\n", depth * 2, "", (const char *)n->name, id ? " id=" : "",
             id ? (const char *)id : "");
      xmlFree(id);
      count += 1 + walk(n->children, depth + 1);
    }
  return count;
}

int main(void) {
  const char *text = "<lib><book id='a'><title>C</title></book><book id='b'/><note/></lib>";
  xmlDoc *doc = xmlReadMemory(text, (int)strlen(text), "m.xml", NULL, 0);
  if (!doc)
    return 1;
  int n = walk(xmlDocGetRootElement(doc), 0);
  xmlXPathContext *ctx = xmlXPathNewContext(doc);
  xmlXPathObject *r = xmlXPathEvalExpression((const xmlChar *)"count(//book)", ctx);
  printf("%d elements, %g books\n", n, r->floatval);
  xmlXPathFreeObject(r);
  xmlXPathFreeContext(ctx);
  xmlFreeDoc(doc);
  xmlCleanupParser();
  return n;
}
