/* A shared object's debug info -> the C declarations of what it defines (--bindings-debug-
 * info). The DWARF (read with elfutils' libdw) is written back as a header: the functions
 * and objects with external linkage the library defines, and every type they use, spelled
 * as C again (structs with their members, packed and aligned where the offsets say so,
 * bitfields, enums with their values, arrays, function pointers). headers.c then lowers that
 * header with the same compiler as a real one, so that both sources give the same verdicts. */
#include "jitxr.h"

#include <dwarf.h>
#include <elfutils/libdw.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- what has been written: one record per type DIE ----------------------------- */

enum state { NONE, DECLARED, DEFINING, DEFINED };
struct seen {
  Dwarf_Off off; /* 0: an empty slot */
  enum state state;
  char *name; /* the tag or typedef name this DIE is written as */
};

struct writer {
  Dwarf *dw;
  FILE *fwd, *defs, *decls; /* forward declarations, type definitions, the declarations */
  char *fwd_buf, *defs_buf, *decls_buf;
  size_t fwd_len, defs_len, decls_len;
  struct seen *table;
  size_t cap, count;
  struct jx_strings tags, typedefs, symbols; /* names written, against duplicates */
  bool failed;
};

static struct seen *seen_of(struct writer *w, Dwarf_Off off) {
  if (2 * (w->count + 1) > w->cap) { /* grow the open-addressed table */
    size_t cap = w->cap ? 2 * w->cap : 256;
    struct seen *t = jx_xcalloc(cap, sizeof *t);
    for (size_t i = 0; i < w->cap; i++)
      if (w->table[i].off) {
        size_t h = (size_t)(w->table[i].off * 0x9E3779B97F4A7C15ull) & (cap - 1);
        while (t[h].off)
          h = (h + 1) & (cap - 1);
        t[h] = w->table[i];
      }
    free(w->table);
    w->table = t;
    w->cap = cap;
  }
  size_t h = (size_t)(off * 0x9E3779B97F4A7C15ull) & (w->cap - 1);
  while (w->table[h].off && w->table[h].off != off)
    h = (h + 1) & (w->cap - 1);
  if (!w->table[h].off) {
    w->table[h].off = off;
    w->count++;
  }
  return &w->table[h];
}

static bool has_name(const struct jx_strings *s, const char *name) {
  for (size_t i = 0; i < s->len; i++)
    if (strcmp(s->items[i], name) == 0)
      return true;
  return false;
}

/* ---- DIE attributes ------------------------------------------------------------------ */

static const char *die_name(Dwarf_Die *d) {
  Dwarf_Attribute a;
  return dwarf_formstring(dwarf_attr_integrate(d, DW_AT_name, &a));
}

static bool die_flag(Dwarf_Die *d, int at) {
  Dwarf_Attribute a;
  bool v = false;
  return dwarf_attr_integrate(d, at, &a) && dwarf_formflag(&a, &v) == 0 && v;
}

static bool die_udata(Dwarf_Die *d, int at, Dwarf_Word *v) {
  Dwarf_Attribute a;
  return dwarf_attr_integrate(d, at, &a) && dwarf_formudata(&a, v) == 0;
}

/* The DIE's DW_AT_type, or false for void. */
static bool die_type(Dwarf_Die *d, Dwarf_Die *out) {
  Dwarf_Attribute a;
  return dwarf_attr_integrate(d, DW_AT_type, &a) && dwarf_formref_die(&a, out) != NULL;
}

static Dwarf_Word die_size(Dwarf_Die *d) {
  Dwarf_Word s = 0;
  if (die_udata(d, DW_AT_byte_size, &s))
    return s;
  Dwarf_Die t;
  int tag = dwarf_tag(d);
  if ((tag == DW_TAG_typedef || tag == DW_TAG_const_type || tag == DW_TAG_volatile_type ||
       tag == DW_TAG_atomic_type) &&
      die_type(d, &t))
    return die_size(&t);
  return tag == DW_TAG_pointer_type ? 8 : 0;
}

/* ---- alignment, to tell a packed struct ------------------------------------------------- */

static bool is_packed(Dwarf_Die *d);

static Dwarf_Word die_align(Dwarf_Die *d, int depth) {
  Dwarf_Word a = 0;
  if (die_udata(d, DW_AT_alignment, &a))
    return a;
  Dwarf_Die t;
  if (depth > 64)
    return 1;
  switch (dwarf_tag(d)) {
  case DW_TAG_typedef:
  case DW_TAG_const_type:
  case DW_TAG_volatile_type:
  case DW_TAG_atomic_type:
  case DW_TAG_array_type:
    return die_type(d, &t) ? die_align(&t, depth + 1) : 1;
  case DW_TAG_structure_type:
  case DW_TAG_union_type: {
    if (is_packed(d))
      return 1;
    Dwarf_Word m = 1;
    Dwarf_Die c;
    if (dwarf_child(d, &c) == 0)
      do
        if (dwarf_tag(&c) == DW_TAG_member && die_type(&c, &t)) {
          Dwarf_Word x = die_align(&t, depth + 1);
          m = x > m ? x : m;
        }
      while (dwarf_siblingof(&c, &c) == 0);
    return m;
  }
  case DW_TAG_pointer_type:
    return 8;
  case DW_TAG_subroutine_type:
    return 1;
  default: { /* base types and enums: their size, up to 16 (long double, __int128) */
    Dwarf_Word s = die_size(d);
    return s == 0 ? 1 : s > 16 ? 16 : s;
  }
  }
}

/* A struct whose members do not sit where natural alignment would put them. */
static bool is_packed(Dwarf_Die *d) {
  Dwarf_Die c, t;
  Dwarf_Word m = 1;
  if (dwarf_child(d, &c) != 0)
    return false;
  do {
    if (dwarf_tag(&c) != DW_TAG_member || !die_type(&c, &t))
      continue;
    Dwarf_Word off = 0, bits;
    if (die_udata(&c, DW_AT_bit_size, &bits))
      continue; /* bitfields pack by their own rules */
    Dwarf_Word a = die_align(&t, 1);
    m = a > m ? a : m;
    if (die_udata(&c, DW_AT_data_member_location, &off) && a && off % a)
      return true;
  } while (dwarf_siblingof(&c, &c) == 0);
  Dwarf_Word size = die_size(d);
  return size && m && size % m;
}

/* ---- spelling types --------------------------------------------------------------------- */

static char *spell(struct writer *w, Dwarf_Die *d, const char *inner);
static void define(struct writer *w, Dwarf_Die *d);

static const char *base_name(Dwarf_Die *d) {
  Dwarf_Word enc = 0, size = die_size(d);
  die_udata(d, DW_AT_encoding, &enc);
  const char *name = die_name(d);
  bool u = enc == DW_ATE_unsigned || enc == DW_ATE_unsigned_char;
  switch (enc) {
  case DW_ATE_boolean:
    return "_Bool";
  case DW_ATE_signed_char:
  case DW_ATE_unsigned_char:
    if (name && strcmp(name, "char") == 0)
      return "char";
    return u ? "unsigned char" : "signed char";
  case DW_ATE_signed:
  case DW_ATE_unsigned:
    if (name && strstr(name, "long long"))
      return u ? "unsigned long long" : "long long";
    switch (size) {
    case 1:
      return u ? "unsigned char" : "signed char";
    case 2:
      return u ? "unsigned short" : "short";
    case 4:
      return u ? "unsigned int" : "int";
    case 8:
      return u ? "unsigned long" : "long";
    case 16:
      return u ? "unsigned __int128" : "__int128";
    default:
      return "int";
    }
  case DW_ATE_float:
    if (name && (strcmp(name, "_Float128") == 0 || strcmp(name, "__float128") == 0))
      return "_Float128";
    return size == 2 ? "_Float16" : size == 4 ? "float" : size == 8 ? "double" : "long double";
  case DW_ATE_complex_float:
    return size == 8 ? "_Complex float" : size == 16 ? "_Complex double" : "_Complex long double";
  default:
    return name ? name : "int";
  }
}

/* The tag keyword and the name a struct, union or enum is written as. */
static const char *tag_name(struct writer *w, Dwarf_Die *d) {
  struct seen *s = seen_of(w, dwarf_dieoffset(d));
  if (!s->name) {
    const char *n = die_name(d);
    /* clang has its own struct __va_list_tag / __va_list: another name for gcc's */
    if (!n || strncmp(n, "__va_list", 9) == 0)
      s->name = jx_xasprintf("__jx_tag_%llx", (unsigned long long)dwarf_dieoffset(d));
    else
      s->name = jx_xstrdup(n);
  }
  return s->name;
}

static const char *keyword(Dwarf_Die *d) {
  int tag = dwarf_tag(d);
  return tag == DW_TAG_union_type ? "union" : tag == DW_TAG_enumeration_type ? "enum" : "struct";
}

static char *cat(const char *a, const char *b) {
  return jx_xasprintf("%s%s%s", a, *a && *b ? " " : "", b);
}

static char *spell_params(struct writer *w, Dwarf_Die *fn) {
  char *s = jx_xstrdup("");
  bool any = false, dots = false;
  Dwarf_Die c, t;
  if (dwarf_child(fn, &c) == 0)
    do {
      int tag = dwarf_tag(&c);
      if (tag == DW_TAG_unspecified_parameters) {
        dots = true;
      } else if (tag == DW_TAG_formal_parameter) {
        const char *pn = dwarf_tag(fn) == DW_TAG_subprogram ? die_name(&c) : NULL;
        char *p = die_type(&c, &t) ? spell(w, &t, pn ? pn : "") : cat("int", pn ? pn : "");
        char *n = jx_xasprintf("%s%s%s", s, any ? ", " : "", p);
        free(p);
        free(s);
        s = n;
        any = true;
      }
    } while (dwarf_siblingof(&c, &c) == 0);
  char *r;
  if (!any && !dots)
    r = jx_xstrdup(die_flag(fn, DW_AT_prototyped) ? "void" : "");
  else if (dots && any)
    r = jx_xasprintf("%s, ...", s);
  else
    r = dots ? jx_xstrdup("") : jx_xstrdup(s); /* "(...)" alone is no C17: unprototyped */
  free(s);
  return r;
}

/* "TYPE INNER" as a C declarator: inner is the name (or "") with what binds tighter. */
static char *spell(struct writer *w, Dwarf_Die *d, const char *inner) {
  Dwarf_Die t;
  bool has_t = die_type(d, &t);
  switch (dwarf_tag(d)) {
  case DW_TAG_base_type:
    return cat(base_name(d), inner);
  case DW_TAG_unspecified_type:
    return cat("void", inner);
  case DW_TAG_pointer_type: {
    int tt = has_t ? dwarf_tag(&t) : 0;
    char *in = tt == DW_TAG_array_type || tt == DW_TAG_subroutine_type
                   ? jx_xasprintf("(*%s)", inner)
                   : jx_xasprintf("*%s", inner);
    char *r = has_t ? spell(w, &t, in) : cat("void", in);
    free(in);
    return r;
  }
  case DW_TAG_const_type:
  case DW_TAG_volatile_type:
  case DW_TAG_restrict_type:
  case DW_TAG_atomic_type: {
    int tag = dwarf_tag(d);
    const char *q = tag == DW_TAG_const_type      ? "const"
                    : tag == DW_TAG_volatile_type ? "volatile"
                    : tag == DW_TAG_restrict_type ? "restrict"
                                                  : "_Atomic";
    if (!has_t)
      return jx_xasprintf("%s void%s%s", q, *inner ? " " : "", inner);
    if (dwarf_tag(&t) == DW_TAG_pointer_type) { /* char *const p */
      char *in = jx_xasprintf("%s %s", q, inner);
      char *r = spell(w, &t, in);
      free(in);
      return r;
    }
    char *r = spell(w, &t, inner);
    char *q2 = jx_xasprintf("%s %s", q, r);
    free(r);
    return q2;
  }
  case DW_TAG_typedef: {
    const char *n = die_name(d);
    if (n && (strcmp(n, "__builtin_va_list") == 0 || strcmp(n, "__gnuc_va_list") == 0 ||
              strcmp(n, "va_list") == 0))
      return cat("__builtin_va_list", inner);
    struct seen *s = seen_of(w, dwarf_dieoffset(d));
    if (!s->name) {
      s->name = jx_xstrdup(n ? n : "int");
      if (n && !has_name(&w->typedefs, n)) {
        jx_strings_push(&w->typedefs, jx_xstrdup(n));
        char *body = has_t ? spell(w, &t, n) : cat("void", n);
        fprintf(w->defs, "typedef %s;\n", body);
        free(body);
      }
    }
    return cat(seen_of(w, dwarf_dieoffset(d))->name, inner); /* spelling may move the table */
  }
  case DW_TAG_structure_type:
  case DW_TAG_union_type:
  case DW_TAG_enumeration_type: {
    const char *n = tag_name(w, d);
    struct seen *s = seen_of(w, dwarf_dieoffset(d));
    if (s->state == NONE && dwarf_tag(d) != DW_TAG_enumeration_type) {
      s->state = DECLARED;
      fprintf(w->fwd, "%s %s;\n", keyword(d), n);
    }
    char *k = jx_xasprintf("%s %s", keyword(d), n);
    char *r = cat(k, inner);
    free(k);
    define(w, d); /* by value or not: a complete type is never wrong to have */
    return r;
  }
  case DW_TAG_array_type: {
    if (die_flag(d, DW_AT_GNU_vector)) { /* a vector_size type: its attribute needs a typedef */
      Dwarf_Word size = 0;
      if (dwarf_aggregate_size(d, &size) != 0 || size == 0) /* count x element: no byte_size */
        w->failed = true;
      char *vn = jx_xasprintf("__jx_vector%llu", (unsigned long long)dwarf_dieoffset(d));
      if (!has_name(&w->typedefs, vn)) {
        jx_strings_push(&w->typedefs, jx_xstrdup(vn));
        char *elem = has_t ? spell(w, &t, vn) : cat("int", vn);
        fprintf(w->defs, "typedef %s __attribute__((vector_size(%llu)));\n", elem,
                (unsigned long long)size);
        free(elem);
      }
      char *r = cat(vn, inner);
      free(vn);
      return r;
    }
    char *dims = jx_xstrdup("");
    Dwarf_Die c;
    if (dwarf_child(d, &c) == 0)
      do {
        if (dwarf_tag(&c) != DW_TAG_subrange_type)
          continue;
        Dwarf_Word n = 0, ub;
        char *x;
        if (die_udata(&c, DW_AT_count, &n) ||
            (die_udata(&c, DW_AT_upper_bound, &ub) && (n = ub + 1)))
          x = jx_xasprintf("%s[%llu]", dims, (unsigned long long)n);
        else
          x = jx_xasprintf("%s[]", dims);
        free(dims);
        dims = x;
      } while (dwarf_siblingof(&c, &c) == 0);
    char *in = jx_xasprintf("%s%s", inner, dims);
    free(dims);
    char *r = has_t ? spell(w, &t, in) : cat("int", in);
    free(in);
    return r;
  }
  case DW_TAG_subroutine_type: {
    char *params = spell_params(w, d);
    char *in = jx_xasprintf("%s(%s)", inner, params);
    free(params);
    char *r = has_t ? spell(w, &t, in) : cat("void", in);
    free(in);
    return r;
  }
  default:
    w->failed = true;
    return cat("int", inner);
  }
}

/* The members of a struct or union, each "type name[: bits];". */
static void members(struct writer *w, Dwarf_Die *d, FILE *out) {
  Dwarf_Die c, t;
  if (dwarf_child(d, &c) != 0)
    return;
  do {
    if (dwarf_tag(&c) != DW_TAG_member || !die_type(&c, &t))
      continue;
    const char *n = die_name(&c);
    Dwarf_Word bits;
    int tt = dwarf_tag(&t);
    if (!n && (tt == DW_TAG_structure_type || tt == DW_TAG_union_type)) {
      fprintf(out, "  %s {\n", keyword(&t)); /* an anonymous member: written in place */
      members(w, &t, out);
      fprintf(out, "  }%s;\n", is_packed(&t) ? " __attribute__((packed))" : "");
      continue;
    }
    char *m = spell(w, &t, n ? n : "");
    if (die_udata(&c, DW_AT_bit_size, &bits))
      fprintf(out, "  %s : %llu;\n", m, (unsigned long long)bits);
    else
      fprintf(out, "  %s;\n", m);
    free(m);
  } while (dwarf_siblingof(&c, &c) == 0);
}

/* Writes the definition of a struct, union or enum once, after what it holds by value. */
static void define(struct writer *w, Dwarf_Die *d) {
  struct seen *s = seen_of(w, dwarf_dieoffset(d));
  if (s->state == DEFINING || s->state == DEFINED || die_flag(d, DW_AT_declaration))
    return;
  const char *n = tag_name(w, d);
  char *key = jx_xasprintf("%s %s", keyword(d), n);
  if (has_name(&w->tags, key)) { /* the same struct from another unit */
    free(key);
    seen_of(w, dwarf_dieoffset(d))->state = DEFINED;
    return;
  }
  jx_strings_push(&w->tags, key);
  seen_of(w, dwarf_dieoffset(d))->state = DEFINING;
  char *body = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&body, &len);
  Dwarf_Die c;
  if (dwarf_tag(d) == DW_TAG_enumeration_type) {
    /* DW_FORM_dataN carries no sign: 200 in a one-byte unsigned enum reads back as -56 from
     * dwarf_formsdata, and the enum would lower signext. The underlying type says. */
    Dwarf_Die ut;
    Dwarf_Word enc = DW_ATE_signed;
    bool is_unsigned = false;
    if (die_type(d, &ut) && die_udata(&ut, DW_AT_encoding, &enc))
      is_unsigned = enc == DW_ATE_unsigned || enc == DW_ATE_unsigned_char || enc == DW_ATE_boolean;
    if (dwarf_child(d, &c) == 0)
      do {
        Dwarf_Attribute a;
        Dwarf_Sword v = 0;
        Dwarf_Word u = 0;
        if (dwarf_tag(&c) != DW_TAG_enumerator || !die_name(&c) ||
            !dwarf_attr(&c, DW_AT_const_value, &a))
          continue;
        if (is_unsigned && dwarf_formudata(&a, &u) == 0)
          fprintf(out, "  %s = %lluu,\n", die_name(&c), (unsigned long long)u);
        else if (dwarf_formsdata(&a, &v) == 0)
          fprintf(out, "  %s = %lld,\n", die_name(&c), (long long)v);
      } while (dwarf_siblingof(&c, &c) == 0);
  } else {
    members(w, d, out); /* writes what the members need first, into w->defs */
  }
  fclose(out);
  Dwarf_Word align = 0;
  bool packed = dwarf_tag(d) == DW_TAG_enumeration_type ? die_size(d) < 4 : is_packed(d);
  die_udata(d, DW_AT_alignment, &align);
  fprintf(w->defs, "%s %s {\n%s}%s", keyword(d), n, body ? body : "",
          packed ? " __attribute__((packed))" : "");
  if (align)
    fprintf(w->defs, " __attribute__((aligned(%llu)))", (unsigned long long)align);
  fputs(";\n", w->defs);
  free(body);
  seen_of(w, dwarf_dieoffset(d))->state = DEFINED;
}

/* ---- what the library defines ------------------------------------------------------------ */

static void declare(struct writer *w, Dwarf_Die *d) {
  int tag = dwarf_tag(d);
  bool func = tag == DW_TAG_subprogram;
  if (!func && tag != DW_TAG_variable)
    return;
  /* a definition (code or storage) with external linkage, named through its declaration */
  bool defined = func ? dwarf_hasattr(d, DW_AT_low_pc) || dwarf_hasattr(d, DW_AT_ranges)
                      : dwarf_hasattr(d, DW_AT_location);
  const char *name = die_name(d);
  Dwarf_Attribute a;
  const char *linkage = dwarf_formstring(dwarf_attr_integrate(d, DW_AT_linkage_name, &a));
  if (!defined || !die_flag(d, DW_AT_external) || !name || (linkage && strcmp(linkage, name)))
    return;
  if (has_name(&w->symbols, name))
    return;
  jx_strings_push(&w->symbols, jx_xstrdup(name));
  Dwarf_Die t;
  bool has_t = die_type(d, &t);
  if (func) {
    char *params = spell_params(w, d);
    char *in = jx_xasprintf("%s(%s)", name, params);
    char *decl = has_t ? spell(w, &t, in) : cat("void", in);
    fprintf(w->decls, "extern %s;\n", decl);
    free(decl);
    free(in);
    free(params);
  } else if (has_t) {
    char *decl = spell(w, &t, name);
    fprintf(w->decls, "extern %s;\n", decl);
    free(decl);
  }
}

char *jx_dwarf_header(const char *path, char **why) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *why = jx_xasprintf("cannot open '%s'", path);
    return NULL;
  }
  Dwarf *dw = dwarf_begin(fd, DWARF_C_READ);
  if (!dw) {
    close(fd);
    *why = jx_xasprintf("'%s' carries no debug info", path);
    return NULL;
  }
  struct writer w = {.dw = dw};
  w.fwd = open_memstream(&w.fwd_buf, &w.fwd_len);
  w.defs = open_memstream(&w.defs_buf, &w.defs_len);
  w.decls = open_memstream(&w.decls_buf, &w.decls_len);
  Dwarf_Off off = 0, next;
  size_t hsize;
  size_t units = 0;
  while (dwarf_nextcu(dw, off, &next, &hsize, NULL, NULL, NULL) == 0) {
    Dwarf_Die cu, c;
    if (dwarf_offdie(dw, off + hsize, &cu) && dwarf_child(&cu, &c) == 0) {
      units++;
      do
        declare(&w, &c);
      while (dwarf_siblingof(&c, &c) == 0);
    }
    off = next;
  }
  fclose(w.fwd);
  fclose(w.defs);
  fclose(w.decls);
  char *text = NULL;
  if (!units)
    *why = jx_xasprintf("'%s' carries no debug info", path);
  else if (w.failed)
    *why = jx_xasprintf("the debug info of '%s' has a type jitxr cannot write as C", path);
  else
    text = jx_xasprintf("/* the C declarations of %s's debug info, written by jitxr */\n%s%s%s",
                        path, w.fwd_buf ? w.fwd_buf : "", w.defs_buf ? w.defs_buf : "",
                        w.decls_buf ? w.decls_buf : "");
  free(w.fwd_buf);
  free(w.defs_buf);
  free(w.decls_buf);
  for (size_t i = 0; i < w.cap; i++)
    free(w.table[i].name);
  free(w.table);
  jx_strings_free(&w.tags);
  jx_strings_free(&w.typedefs);
  jx_strings_free(&w.symbols);
  dwarf_end(dw);
  close(fd);
  return text;
}
