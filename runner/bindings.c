/* The module's declarations against the C compiler's lowering of the headers (headers.c)
 * and of the libraries' debug info (dwarf.c): SPEC.md's binding validation. Every
 * difference is said in C terms, the module's side first: "parameter 4: i32 in the module,
 * 'uLong sourceLen' lowers to i64". Only what the declaration itself carries can differ:
 * with opaque pointers a struct passed by address has no type in it to check. */
#include "jitxr.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- types and attributes ------------------------------------------------------ */

static bool same_type(LLVMTypeRef a, LLVMTypeRef b) {
  LLVMTypeKind k = LLVMGetTypeKind(a);
  if (k != LLVMGetTypeKind(b))
    return false;
  switch (k) {
  case LLVMIntegerTypeKind:
    return LLVMGetIntTypeWidth(a) == LLVMGetIntTypeWidth(b);
  case LLVMPointerTypeKind:
    return LLVMGetPointerAddressSpace(a) == LLVMGetPointerAddressSpace(b);
  case LLVMArrayTypeKind:
    return LLVMGetArrayLength2(a) == LLVMGetArrayLength2(b) &&
           same_type(LLVMGetElementType(a), LLVMGetElementType(b));
  case LLVMVectorTypeKind:
  case LLVMScalableVectorTypeKind:
    return LLVMGetVectorSize(a) == LLVMGetVectorSize(b) &&
           same_type(LLVMGetElementType(a), LLVMGetElementType(b));
  case LLVMStructTypeKind: {
    if (LLVMIsOpaqueStruct(a) || LLVMIsOpaqueStruct(b))
      return LLVMIsOpaqueStruct(a) && LLVMIsOpaqueStruct(b);
    unsigned n = LLVMCountStructElementTypes(a);
    if (n != LLVMCountStructElementTypes(b) || LLVMIsPackedStruct(a) != LLVMIsPackedStruct(b))
      return false;
    for (unsigned i = 0; i < n; i++)
      if (!same_type(LLVMStructGetTypeAtIndex(a, i), LLVMStructGetTypeAtIndex(b, i)))
        return false;
    return true;
  }
  case LLVMFunctionTypeKind:
    return false; /* not a value's type */
  default:
    return true; /* float kinds, void, label, ... are their kind */
  }
}

static char *type_text(LLVMTypeRef t) {
  const char *name = LLVMGetTypeKind(t) == LLVMStructTypeKind ? LLVMGetStructName(t) : NULL;
  if (name && *name) /* %struct.big, not its whole body */
    return jx_xasprintf("%%%s", name);
  char *s = LLVMPrintTypeToString(t);
  char *r = jx_xstrdup(s);
  LLVMDisposeMessage(s);
  return r;
}

static unsigned attr_kind(const char *name) {
  return LLVMGetEnumAttributeKindForName(name, strlen(name));
}

static bool has_attr(LLVMValueRef fn, LLVMAttributeIndex idx, const char *name) {
  return LLVMGetEnumAttributeAtIndex(fn, idx, attr_kind(name)) != NULL;
}

static LLVMTypeRef type_attr(LLVMValueRef fn, LLVMAttributeIndex idx, const char *name) {
  LLVMAttributeRef a = LLVMGetEnumAttributeAtIndex(fn, idx, attr_kind(name));
  return a ? LLVMGetTypeAttributeValue(a) : NULL;
}

/* The ABI attributes of a parameter or of the result, as the lowering has them. */
static const char *const abi_flags[] = {"signext", "zeroext", "inreg"};
static const char *const abi_types[] = {"byval", "sret"};

/* alignstack(N), the stack slot of an AAPCS64 HFA or composite, and a byval copy's align N:
 * where an argument that did not fit in registers lies. 0 when absent. */
static uint64_t int_attr(LLVMValueRef fn, LLVMAttributeIndex idx, const char *name) {
  LLVMAttributeRef a = LLVMGetEnumAttributeAtIndex(fn, idx, attr_kind(name));
  return a ? LLVMGetEnumAttributeValue(a) : 0;
}
static uint64_t byval_align(LLVMValueRef fn, LLVMAttributeIndex idx) {
  return type_attr(fn, idx, "byval") ? int_attr(fn, idx, "align") : 0;
}

static bool same_abi(LLVMValueRef a, LLVMValueRef b, LLVMAttributeIndex idx) {
  for (size_t k = 0; k < sizeof abi_flags / sizeof *abi_flags; k++)
    if (has_attr(a, idx, abi_flags[k]) != has_attr(b, idx, abi_flags[k]))
      return false;
  if (int_attr(a, idx, "alignstack") != int_attr(b, idx, "alignstack") ||
      byval_align(a, idx) != byval_align(b, idx))
    return false;
  for (size_t k = 0; k < sizeof abi_types / sizeof *abi_types; k++)
    if (!type_attr(a, idx, abi_types[k]) != !type_attr(b, idx, abi_types[k]))
      return false;
  return true;
}

/* "i8 zeroext", "ptr byval(%struct.big)": a parameter (idx >= 1) or the result (0). */
static char *lowering_text(LLVMValueRef fn, LLVMAttributeIndex idx, LLVMTypeRef t) {
  char *s = type_text(t);
  for (size_t k = 0; k < sizeof abi_flags / sizeof *abi_flags; k++)
    if (has_attr(fn, idx, abi_flags[k])) {
      char *n = jx_xasprintf("%s %s", s, abi_flags[k]);
      free(s);
      s = n;
    }
  for (size_t k = 0; k < sizeof abi_types / sizeof *abi_types; k++) {
    LLVMTypeRef at = type_attr(fn, idx, abi_types[k]);
    if (at) {
      char *tt = type_text(at);
      char *n = jx_xasprintf("%s %s(%s)", s, abi_types[k], tt);
      free(tt);
      free(s);
      s = n;
    }
  }
  uint64_t as = int_attr(fn, idx, "alignstack"), ba = byval_align(fn, idx);
  if (ba) {
    char *n = jx_xasprintf("%s align %llu", s, (unsigned long long)ba);
    free(s);
    s = n;
  }
  if (as) {
    char *n = jx_xasprintf("%s alignstack(%llu)", s, (unsigned long long)as);
    free(s);
    s = n;
  }
  return s;
}

/* ---- layouts: sizes, alignments and what lies at each offset ------------------- */

struct leaf {
  uint64_t offset, size;
  char kind; /* 'i' integer, 'p' pointer, else the float kind */
  LLVMTypeRef type;
  bool bytes; /* a run of i8s (adjacent ones merged) */
};
struct leaves {
  struct leaf *items;
  size_t n;
};

static void add_leaf(struct leaves *l, uint64_t off, uint64_t size, char kind, LLVMTypeRef t) {
  /* bytes are bytes: [12 x i8] and { [4 x i8], [8 x i8] } are one run of them; wider
   * integers keep their bounds, which are the C fields' offsets (i32 i32 is not i64) */
  if (kind == 'i' && size == 1 && l->n) {
    struct leaf *last = &l->items[l->n - 1];
    if (last->kind == 'i' && last->bytes && last->offset + last->size == off) {
      last->size += size;
      return;
    }
  }
  l->items = jx_xgrow(l->items, l->n, sizeof *l->items);
  l->items[l->n++] = (struct leaf){off, size, kind, t, kind == 'i' && size == 1};
}

static void flatten(LLVMTargetDataRef td, LLVMTypeRef t, uint64_t off, struct leaves *l) {
  switch (LLVMGetTypeKind(t)) {
  case LLVMStructTypeKind: {
    if (LLVMIsOpaqueStruct(t))
      return;
    unsigned n = LLVMCountStructElementTypes(t);
    for (unsigned i = 0; i < n; i++)
      flatten(td, LLVMStructGetTypeAtIndex(t, i), off + LLVMOffsetOfElement(td, t, i), l);
    return;
  }
  case LLVMArrayTypeKind: {
    LLVMTypeRef e = LLVMGetElementType(t);
    uint64_t n = LLVMGetArrayLength2(t), step = LLVMABISizeOfType(td, e);
    for (uint64_t i = 0; i < n && i < 4096; i++) /* a big array: its start says enough */
      flatten(td, e, off + i * step, l);
    return;
  }
  case LLVMIntegerTypeKind:
    add_leaf(l, off, LLVMStoreSizeOfType(td, t), 'i', t);
    return;
  case LLVMPointerTypeKind:
    add_leaf(l, off, LLVMStoreSizeOfType(td, t), 'p', t);
    return;
  case LLVMHalfTypeKind:
  case LLVMBFloatTypeKind:
  case LLVMFloatTypeKind:
  case LLVMDoubleTypeKind:
  case LLVMX86_FP80TypeKind:
  case LLVMFP128TypeKind:
  case LLVMVectorTypeKind:
    add_leaf(l, off, LLVMStoreSizeOfType(td, t), (char)('A' + LLVMGetTypeKind(t)), t);
    return;
  default:
    add_leaf(l, off, LLVMStoreSizeOfType(td, t), '?', t);
    return;
  }
}

static char *leaf_text(const struct leaf *x) {
  if (!x)
    return jx_xstrdup("nothing");
  if (x->kind == 'i')
    return jx_xasprintf("i%llu", (unsigned long long)x->size * 8);
  return type_text(x->type);
}

/* What of the layout differs, said of what (a parameter, "the object"), or NULL. */
static char *layout_difference(LLVMTargetDataRef td, LLVMTypeRef ours, LLVMTypeRef theirs,
                               const char *in_ours, const char *c_type) {
  /* LLVMIsOpaqueStruct casts without checking: only a struct may be asked */
  bool oo = LLVMGetTypeKind(ours) == LLVMStructTypeKind && LLVMIsOpaqueStruct(ours);
  bool ot = LLVMGetTypeKind(theirs) == LLVMStructTypeKind && LLVMIsOpaqueStruct(theirs);
  if (oo || ot || !LLVMTypeIsSized(ours) || !LLVMTypeIsSized(theirs))
    return NULL; /* an incomplete type on one side: nothing to compare */
  unsigned long long so = LLVMABISizeOfType(td, ours), st = LLVMABISizeOfType(td, theirs);
  if (so != st)
    return jx_xasprintf("%llu bytes %s, '%s' has %llu", so, in_ours, c_type, st);
  unsigned ao = LLVMABIAlignmentOfType(td, ours), at = LLVMABIAlignmentOfType(td, theirs);
  if (ao != at)
    return jx_xasprintf("aligned to %u %s, '%s' to %u", ao, in_ours, c_type, at);
  struct leaves lo = {0}, lt = {0};
  flatten(td, ours, 0, &lo);
  flatten(td, theirs, 0, &lt);
  char *msg = NULL;
  for (size_t i = 0; !msg && i < lo.n && i < lt.n; i++) {
    const struct leaf *a = &lo.items[i], *b = &lt.items[i];
    if (a->offset == b->offset && a->size == b->size && a->kind == b->kind &&
        (a->kind == 'i' || a->kind == 'p' || same_type(a->type, b->type)))
      continue;
    uint64_t off = a->offset < b->offset ? a->offset : b->offset;
    const struct leaf *x = a->offset == off ? a : NULL, *y = b->offset == off ? b : NULL;
    char *tx = leaf_text(x), *ty = leaf_text(y);
    msg = jx_xasprintf("at offset %llu, %s %s, '%s' has %s", (unsigned long long)off, tx, in_ours,
                       c_type, ty);
    free(tx);
    free(ty);
  }
  if (!msg && lo.n != lt.n) {
    const struct leaf *x = lo.n > lt.n ? &lo.items[lt.n] : NULL;
    const struct leaf *y = lt.n > lo.n ? &lt.items[lo.n] : NULL;
    uint64_t off = x ? x->offset : y->offset;
    char *tx = leaf_text(x), *ty = leaf_text(y);
    msg = jx_xasprintf("at offset %llu, %s %s, '%s' has %s", (unsigned long long)off, tx, in_ours,
                       c_type, ty);
    free(tx);
    free(ty);
  }
  free(lo.items);
  free(lt.items);
  return msg;
}

/* ---- functions ------------------------------------------------------------------- */

struct side {          /* how the messages name the two declarations compared */
  const char *in_ours; /* "in the module" */
  const char *lowers;  /* "lowers to", or "lowers to, by libfx.so's debug info," */
  const char *ours_is; /* "the module's declaration" */
};

/* "'uLong sourceLen'", "'struct pair p' (part 2 of 2)", "'int'" for a C parameter. */
static char *c_param(const struct jx_cdecl *c, unsigned ir) {
  if (!c || ir >= c->nir || c->ir_param[ir] < 0)
    return NULL;
  const struct jx_cparam *p = &c->params[c->ir_param[ir]];
  char *decl = p->name ? jx_c_declarator(p->type, p->name) : jx_xstrdup(p->type);
  char *s = jx_xasprintf("'%s'", decl);
  free(decl);
  if (c->ir_parts[ir] > 1) {
    char *t = jx_xasprintf("%s (part %d of %d)", s, c->ir_part[ir] + 1, c->ir_parts[ir]);
    free(s);
    s = t;
  }
  return s;
}

static void say(struct jx_strings *d, char *owned) {
  jx_strings_push(d, owned);
}

static void compare_param(LLVMTargetDataRef td, LLVMValueRef ours, unsigned io, LLVMTypeRef to,
                          LLVMValueRef theirs, unsigned it, LLVMTypeRef tt,
                          const struct jx_cdecl *c, const struct side *sd, struct jx_strings *d) {
  char *cp = c_param(c, it);
  unsigned number =
      c && it < c->nir && c->ir_param[it] >= 0 ? (unsigned)c->ir_param[it] + 1 : io + 1;
  char *where = cp ? jx_xasprintf("parameter %u", number)
                   : jx_xasprintf("parameter %u (after lowering)", io + 1);
  char *what = cp ? jx_xstrdup(cp) : jx_xstrdup("C's");
  if (!same_type(to, tt) || !same_abi(ours, theirs, io + 1)) {
    char *lo = lowering_text(ours, io + 1, to), *lt = lowering_text(theirs, it + 1, tt);
    if (strcmp(lo, lt) != 0 || !same_type(to, tt)) {
      say(d, jx_xasprintf("%s: %s %s, %s %s %s", where, lo, sd->in_ours, what, sd->lowers, lt));
      free(lo);
      free(lt);
      goto done;
    }
    free(lo);
    free(lt);
  }
  /* the same text, yet types of another shape: a struct behind byval */
  LLVMTypeRef bo = type_attr(ours, io + 1, "byval"), bt = type_attr(theirs, it + 1, "byval");
  if (bo && bt) {
    const char *ctype =
        c && it < c->nir && c->ir_param[it] >= 0 ? c->params[c->ir_param[it]].type : "the C type";
    char *m = layout_difference(td, bo, bt, sd->in_ours, ctype);
    if (m)
      say(d, jx_xasprintf("%s %s (byval): %s", where, what, m));
    free(m);
  }
done:
  free(cp);
  free(where);
  free(what);
}

static void compare_function(LLVMTargetDataRef td, LLVMValueRef ours, LLVMValueRef theirs,
                             const struct jx_cdecl *c, const struct side *sd,
                             struct jx_strings *d) {
  LLVMTypeRef fo = LLVMGlobalGetValueType(ours), ft = LLVMGlobalGetValueType(theirs);
  bool proto = !c || c->prototyped;
  if (proto && LLVMIsFunctionVarArg(fo) != LLVMIsFunctionVarArg(ft))
    say(d, LLVMIsFunctionVarArg(ft)
               ? jx_xasprintf("variadic in C ('%s'); %s is not", c ? c->type : "...", sd->ours_is)
               : jx_xasprintf("%s is variadic; C's '%s' is not", sd->ours_is,
                              c ? c->type : "prototype"));
  if (LLVMGetFunctionCallConv(ours) != LLVMGetFunctionCallConv(theirs))
    say(d, jx_xasprintf("calling convention %u %s, C's is %u", LLVMGetFunctionCallConv(ours),
                        sd->in_ours, LLVMGetFunctionCallConv(theirs)));
  unsigned no = LLVMCountParamTypes(fo), nt = LLVMCountParamTypes(ft);
  LLVMTypeRef *po = jx_xcalloc(no, sizeof *po), *pt = jx_xcalloc(nt, sizeof *pt);
  LLVMGetParamTypes(fo, po);
  LLVMGetParamTypes(ft, pt);
  LLVMTypeRef so = no ? type_attr(ours, 1, "sret") : NULL;
  LLVMTypeRef st = nt ? type_attr(theirs, 1, "sret") : NULL;
  const char *ret = c && c->ret ? c->ret : "the result";
  unsigned oo = so ? 1 : 0, ot = st ? 1 : 0; /* the first parameter after a hidden sret */
  if (st && !so) {
    char *r = type_text(LLVMGetReturnType(fo));
    say(d, jx_xasprintf("result: returned as %s %s; '%s' %s a hidden pointer (sret)", r,
                        sd->in_ours, ret, sd->lowers));
    free(r);
  } else if (so && !st) {
    char *r = lowering_text(theirs, 0, LLVMGetReturnType(ft));
    say(d, jx_xasprintf("result: through a hidden pointer (sret) %s; '%s' %s %s", sd->in_ours, ret,
                        sd->lowers, r));
    free(r);
  } else if (so && st) {
    char *m = layout_difference(td, so, st, sd->in_ours, ret);
    if (m)
      say(d, jx_xasprintf("result (sret): %s", m));
    free(m);
  } else if (!same_type(LLVMGetReturnType(fo), LLVMGetReturnType(ft)) ||
             !same_abi(ours, theirs, 0)) {
    char *ro = lowering_text(ours, 0, LLVMGetReturnType(fo));
    char *rt = lowering_text(theirs, 0, LLVMGetReturnType(ft));
    say(d, jx_xasprintf("result: %s %s, '%s' %s %s", ro, sd->in_ours, ret, sd->lowers, rt));
    free(ro);
    free(rt);
  }
  if (proto) {
    unsigned co = no - oo, ct = nt - ot;
    if (co != ct)
      say(d, jx_xasprintf("%u parameters %s after lowering; C's '%s' lowers to %u", co, sd->in_ours,
                          c ? c->type : "prototype", ct));
    for (unsigned i = co; i < ct; i++) { /* dropped: name what C still passes */
      char *cp = c_param(c, i + ot), *lt = lowering_text(theirs, i + ot + 1, pt[i + ot]);
      say(d, cp ? jx_xasprintf("parameter %d %s (%s) is missing %s", c->ir_param[i + ot] + 1, cp,
                               lt, sd->in_ours)
                : jx_xasprintf("parameter %u (after lowering, %s) is missing %s", i + 1, lt,
                               sd->in_ours));
      free(cp);
      free(lt);
    }
    for (unsigned i = ct; i < co; i++) { /* added: C passes nothing there */
      char *lo = lowering_text(ours, i + oo + 1, po[i + oo]);
      say(d, jx_xasprintf("parameter %u: %s %s, which C's '%s' does not have", i + 1, lo,
                          sd->in_ours, c ? c->type : "prototype"));
      free(lo);
    }
    for (unsigned i = 0; i < co && i < ct; i++)
      compare_param(td, ours, i + oo, po[i + oo], theirs, i + ot, pt[i + ot], c, sd, d);
  }
  free(po);
  free(pt);
}

/* "const char sqlite3_version[]" from the type "const char[]" and the name. */
char *jx_c_declarator(const char *type, const char *name) {
  const char *at = strstr(type, "(*)");
  if (at) /* a pointer to a function or an array: the name goes inside */
    return jx_xasprintf("%.*s(*%s)%s", (int)(at - type), type, name, at + 3);
  at = strchr(type, '[');
  if (at) {
    size_t n = (size_t)(at - type);
    while (n && type[n - 1] == ' ')
      n--;
    return jx_xasprintf("%.*s %s%s", (int)n, type, name, at);
  }
  return jx_xasprintf("%s%s%s", type, type[0] && type[strlen(type) - 1] == '*' ? "" : " ", name);
}

/* ---- objects ----------------------------------------------------------------------- */

static void compare_object(LLVMTargetDataRef td, LLVMValueRef ours, LLVMValueRef theirs,
                           const struct jx_cdecl *c, const struct side *sd, struct jx_strings *d) {
  LLVMTypeRef to = LLVMGlobalGetValueType(ours), tt = LLVMGlobalGetValueType(theirs);
  char *ctype = c ? jx_c_declarator(c->type, c->cname) : jx_xstrdup("the C object");
  bool unknown_o = LLVMGetTypeKind(to) == LLVMArrayTypeKind && LLVMGetArrayLength2(to) == 0;
  bool unknown_t = LLVMGetTypeKind(tt) == LLVMArrayTypeKind && LLVMGetArrayLength2(tt) == 0;
  if (unknown_o || unknown_t) { /* "int table[]" (or [0 x i32], which claims no length, against
                                 * the definition's [5] in debug info): what it holds counts */
    LLVMTypeRef eo = LLVMGetTypeKind(to) == LLVMArrayTypeKind ? LLVMGetElementType(to) : to;
    LLVMTypeRef et = LLVMGetTypeKind(tt) == LLVMArrayTypeKind ? LLVMGetElementType(tt) : tt;
    char *m = layout_difference(td, eo, et, sd->in_ours, ctype);
    if (m)
      say(d, jx_xasprintf("element: %s", m));
    free(m);
  } else {
    char *m = layout_difference(td, to, tt, sd->in_ours, ctype);
    if (m)
      say(d, jx_xasprintf("object: %s", m));
    free(m);
  }
  unsigned ao = LLVMGetAlignment(ours), at = LLVMGetAlignment(theirs);
  if (!ao && LLVMTypeIsSized(to))
    ao = LLVMABIAlignmentOfType(td, to);
  if (!at && LLVMTypeIsSized(tt))
    at = LLVMABIAlignmentOfType(td, tt);
  if (ao > at) /* assuming more alignment than C gives is undefined; less is only slower */
    say(d, jx_xasprintf("alignment: %u %s, '%s' is aligned to %u", ao, sd->in_ours, ctype, at));
  if (LLVMIsGlobalConstant(ours) != LLVMIsGlobalConstant(theirs))
    say(d, LLVMIsGlobalConstant(theirs)
               ? jx_xasprintf("writable %s; C's '%s' is const", sd->in_ours, ctype)
               : jx_xasprintf("constant %s; C's '%s' is writable", sd->in_ours, ctype));
  free(ctype);
}

/* ---- the check ------------------------------------------------------------------------ */

static char *decl_text(LLVMValueRef v) {
  char *s = LLVMPrintValueToString(v);
  size_t n = strlen(s);
  while (n && (s[n - 1] == '\n' || s[n - 1] == ' '))
    n--;
  /* " #0": an attribute group of the printing module, not of the declaration */
  size_t k = n;
  while (k && s[k - 1] >= '0' && s[k - 1] <= '9')
    k--;
  if (k < n && k >= 2 && s[k - 1] == '#' && s[k - 2] == ' ')
    n = k - 2;
  char *r = jx_xasprintf("%.*s", (int)n, s);
  LLVMDisposeMessage(s);
  return r;
}

static void compare(LLVMTargetDataRef td, LLVMValueRef ours, LLVMValueRef theirs,
                    const struct jx_cdecl *c, const struct side *sd, struct jx_strings *d) {
  bool of = LLVMIsAFunction(ours) != NULL, tf = LLVMIsAFunction(theirs) != NULL;
  if (of != tf) {
    char *cd = c ? jx_c_declarator(c->type, c->cname) : jx_xstrdup("?");
    say(d, jx_xasprintf("%s %s; C declares '%s' %s", of ? "a function" : "an object", sd->in_ours,
                        cd, tf ? "a function" : "an object"));
    free(cd);
    return;
  }
  if (of)
    compare_function(td, ours, theirs, c, sd, d);
  else
    compare_object(td, ours, theirs, c, sd, d);
}

struct source {
  char *label; /* "the headers", "libfx.so's debug info" */
  struct jx_cheaders h;
  LLVMTargetDataRef td;
};

static LLVMValueRef named(LLVMModuleRef m, const char *name) {
  LLVMValueRef v = LLVMGetNamedFunction(m, name);
  return v ? v : LLVMGetNamedGlobal(m, name);
}

static int emit(const struct source *s, const char *path, struct jx_error *err) {
  char *text = LLVMPrintModuleToString(s->h.mod);
  int rc = 0;
  if (strcmp(path, "-") == 0) {
    fputs(text, stdout);
    if (fflush(stdout) != 0) {
      jx_fail(err, JX_EXIT_INPUT, "cannot write the bindings to stdout: %s", strerror(errno));
      rc = err->code;
    }
  } else {
    char *p = jx_path_from_start(path);
    FILE *f = fopen(p, "w");
    if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
      jx_fail(err, JX_EXIT_INPUT, "cannot write the bindings to '%s': %s", path, strerror(errno));
      rc = err->code;
    }
    free(p);
  }
  LLVMDisposeMessage(text);
  return rc;
}

static bool write_text(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  if (!f)
    return false;
  bool ok = fputs(text, f) >= 0;
  return fclose(f) == 0 && ok;
}

int jx_bindings_check(const struct jx_module *m, const struct jx_libraries *libs,
                      const struct jx_options *opt, struct jx_bindings *b, struct jx_error *err) {
  const char **names = jx_xcalloc(m->ndecls, sizeof *names);
  size_t nnames = 0;
  for (size_t i = 0; i < m->ndecls; i++)
    if (!m->decls[i].implicit && !jx_decl_has_nul(&m->decls[i]))
      names[nnames++] = m->decls[i].name;
  bool all = opt->emit_bindings != NULL; /* emitting: every declaration, else those named */
  const char *triple = LLVMGetTarget(m->mod);
  struct source *src = jx_xcalloc(1 + (libs ? libs->nlibs : 0), sizeof *src);
  size_t nsrc = 0;
  if (opt->nheaders) {
    src[nsrc].label = jx_xstrdup("the headers");
    if (jx_headers_read(opt, opt->headers, opt->nheaders, triple, all ? NULL : names, nnames,
                        &src[nsrc].h, err) == 0)
      nsrc++;
    else
      free(src[nsrc].label);
  }
  /* the -l libraries' DWARF, as C declarations, through the same compiler */
  for (size_t i = 0; !err->code && opt->bindings_debug_info && libs && i < libs->nlibs; i++) {
    if (libs->libs[i].is_default)
      continue;
    char *why = NULL, *text = jx_dwarf_header(libs->libs[i].path, &why);
    free(why);
    if (!text)
      continue;
    char path[] = "/tmp/jitxr-dwarf-XXXXXX.h";
    int fd = mkstemps(path, 2);
    if (fd >= 0) {
      close(fd);
      if (write_text(path, text)) {
        const char *hdr[] = {path};
        struct jx_options plain = *opt; /* the synthesized header needs no -I or -D */
        plain.ninclude_dirs = plain.ndefines = 0;
        src[nsrc].label = jx_xasprintf("%s's debug info", libs->libs[i].name);
        if (jx_headers_read(&plain, hdr, 1, triple, all ? NULL : names, nnames, &src[nsrc].h,
                            err) == 0)
          nsrc++;
        else
          free(src[nsrc].label);
      }
      unlink(path);
    }
    free(text);
  }
  if (!err->code && opt->bindings_debug_info && !opt->nheaders && !nsrc)
    jx_fail(err, JX_EXIT_INPUT,
            "--bindings-debug-info: none of the -l libraries carries debug info (DWARF)");
  for (size_t s = 0; s < nsrc; s++) {
    char *dl = LLVMCopyStringRepOfTargetData(m->layout);
    const char *theirs = LLVMGetDataLayoutStr(src[s].h.mod);
    src[s].td = LLVMCreateTargetData(*theirs ? theirs : dl);
    LLVMDisposeMessage(dl);
  }

  b->items = jx_xcalloc(nnames, sizeof *b->items);
  for (size_t i = 0; !err->code && i < nnames; i++) {
    struct jx_binding *x = &b->items[b->n++];
    x->name = jx_xstrdup(names[i]);
    LLVMValueRef ours = named(m->mod, names[i]);
    x->actual = ours ? decl_text(ours) : NULL;
    size_t first = nsrc;
    for (size_t s = 0; s < nsrc && first == nsrc; s++)
      if (named(src[s].h.mod, names[i]) && jx_headers_find(&src[s].h, names[i]))
        first = s;
    if (first == nsrc || !ours) {
      x->status = JX_BINDING_NOT_IN_HEADER;
      continue;
    }
    LLVMValueRef theirs = named(src[first].h.mod, names[i]);
    x->expected = decl_text(theirs);
    const struct jx_cdecl *c = jx_headers_find(&src[first].h, names[i]);
    char *lowers =
        first ? jx_xasprintf("lowers to, by %s,", src[first].label) : jx_xstrdup("lowers to");
    struct side sd = {"in the module", lowers, "the module's declaration"};
    compare(src[first].td, ours, theirs, c, &sd, &x->differences);
    free(lowers);
    /* a second source that says otherwise than the first: they disagree with each other */
    for (size_t s = first + 1; s < nsrc; s++) {
      LLVMValueRef other = named(src[s].h.mod, names[i]);
      const struct jx_cdecl *oc = jx_headers_find(&src[s].h, names[i]);
      if (!other || !oc)
        continue;
      struct jx_strings dd = {0};
      char *in = jx_xasprintf("in %s", src[first].label);
      char *by = jx_xasprintf("lowers to, by %s,", src[s].label);
      char *is = jx_xasprintf("%s's declaration", src[first].label);
      struct side od = {in, by, is};
      compare(src[s].td, theirs, other, oc, &od, &dd);
      for (size_t k = 0; k < dd.len; k++) {
        say(&x->differences,
            jx_xasprintf("%s and %s disagree: %s", src[first].label, src[s].label, dd.items[k]));
      }
      jx_strings_free(&dd);
      free(in);
      free(by);
      free(is);
    }
    x->status = x->differences.len ? JX_BINDING_MISMATCH : JX_BINDING_OK;
    b->nmismatch += x->status == JX_BINDING_MISMATCH;
  }
  if (!err->code && opt->emit_bindings && nsrc)
    emit(&src[0], opt->emit_bindings, err);
  if (!err->code && b->nmismatch) {
    const struct jx_binding *x = NULL;
    for (size_t i = 0; !x && i < b->n; i++)
      if (b->items[i].status == JX_BINDING_MISMATCH)
        x = &b->items[i];
    jx_fail(err, JX_EXIT_BINDINGS, "%zu declaration%s disagree%s with the C headers: '%s': %s",
            b->nmismatch, b->nmismatch == 1 ? "" : "s", b->nmismatch == 1 ? "s" : "", x->name,
            x->differences.items[0]);
  }
  for (size_t s = 0; s < nsrc; s++) {
    free(src[s].label);
    LLVMDisposeTargetData(src[s].td);
    jx_headers_free(&src[s].h);
  }
  free(src);
  free(names);
  return err->code;
}

void jx_bindings_free(struct jx_bindings *b) {
  for (size_t i = 0; i < b->n; i++) {
    free(b->items[i].name);
    free(b->items[i].expected);
    free(b->items[i].actual);
    jx_strings_free(&b->items[i].differences);
  }
  free(b->items);
  *b = (struct jx_bindings){0};
}

struct json_object *jx_part_bindings(const struct jx_bindings *b) {
  static const char *const status[] = {"ok", "mismatch", "not-in-header"};
  struct json_object *a = json_object_new_array();
  for (size_t i = 0; i < b->n; i++) {
    const struct jx_binding *x = &b->items[i];
    struct json_object *o = json_object_new_object(), *d = json_object_new_array();
    json_object_object_add(o, "name", json_object_new_string(x->name));
    json_object_object_add(o, "status", json_object_new_string(status[x->status]));
    json_object_object_add(o, "expected", x->expected ? json_object_new_string(x->expected) : NULL);
    json_object_object_add(o, "actual", x->actual ? json_object_new_string(x->actual) : NULL);
    for (size_t k = 0; k < x->differences.len; k++)
      json_object_array_add(d, json_object_new_string(x->differences.items[k]));
    json_object_object_add(o, "differences", d);
    json_object_array_add(a, o);
  }
  return a;
}
