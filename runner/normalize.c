/* The AOT step: each comptime function's value becomes a constant of the final module.
 * Integers exactly at every width; floating point from its IEEE bits (NaN payloads, -0.0);
 * aggregates field by field; pointers become references to the symbol or module global
 * they pointed into (plus offset), so the binary gets relocations, never host addresses.
 * A pointer into anything else (heap, stack) cannot be carried and is an error. */
#include "jitxr.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Comdat.h>

static const char *field_str(struct json_object *v, const char *key) {
  struct json_object *x;
  return json_object_object_get_ex(v, key, &x) && x ? json_object_get_string(x) : NULL;
}

static LLVMValueRef float_constant(LLVMTypeRef ty, const char *hex, char **why) {
  unsigned bits =
      LLVMGetTypeKind(ty) == LLVMX86_FP80TypeKind                                            ? 80
      : LLVMGetTypeKind(ty) == LLVMFP128TypeKind                                             ? 128
      : LLVMGetTypeKind(ty) == LLVMHalfTypeKind || LLVMGetTypeKind(ty) == LLVMBFloatTypeKind ? 16
      : LLVMGetTypeKind(ty) == LLVMFloatTypeKind                                             ? 32
                                                                                             : 64;
  if (!hex || strncmp(hex, "0x", 2) != 0) {
    *why = jx_xstrdup("a floating-point value without its bits");
    return NULL;
  }
  /* the hex string is the high word first; split it into 64-bit words, low first */
  const char *digits = hex + 2;
  size_t len = strlen(digits);
  uint64_t w[2] = {0, 0};
  for (unsigned i = 0; i < 2 && len; i++) {
    size_t take = len > 16 ? 16 : len;
    char part[17] = {0};
    memcpy(part, digits + len - take, take);
    w[i] = strtoull(part, NULL, 16);
    len -= take;
  }
  LLVMContextRef c = LLVMGetTypeContext(ty);
  LLVMValueRef asint =
      LLVMConstIntOfArbitraryPrecision(LLVMIntTypeInContext(c, bits), bits > 64 ? 2 : 1, w);
  return LLVMConstBitCast(asint, ty); /* exact bits: no decimal round trip */
}

static LLVMValueRef pointer_constant(struct jx_module *m, LLVMTypeRef ty, struct json_object *v,
                                     char **why) {
  struct json_object *x;
  if (json_object_object_get_ex(v, "value", &x) && !x)
    return LLVMConstPointerNull(ty);
  const char *name = field_str(v, "symbol");
  if (!name)
    name = field_str(v, "global");
  if (!name) {
    *why = jx_xstrdup("a pointer to memory outside every symbol and module global (heap or "
                      "stack): the binary cannot have it");
    return NULL;
  }
  LLVMValueRef base = LLVMGetNamedGlobal(m->mod, name);
  if (!base)
    base = LLVMGetNamedFunction(m->mod, name);
  const char *kind = field_str(v, "kind");
  if (!base && field_str(v, "symbol") && field_str(v, "library") && kind) {
    /* a library's export the module never declared: declared now, for the linker */
    if (strcmp(kind, "func") == 0)
      base = LLVMAddFunction(m->mod, name,
                             LLVMFunctionType(LLVMVoidTypeInContext(m->ctx), NULL, 0, 0));
    else
      base = LLVMAddGlobal(m->mod, LLVMInt8TypeInContext(m->ctx), name);
  }
  if (!base) {
    *why = jx_xasprintf("a pointer into '%s', which the module does not name", name);
    return NULL;
  }
  int64_t off = json_object_object_get_ex(v, "offset", &x) ? json_object_get_int64(x) : 0;
  if (!off)
    return base;
  LLVMValueRef idx = LLVMConstInt(LLVMInt64TypeInContext(m->ctx), (unsigned long long)off, 1);
  return LLVMConstGEP2(LLVMInt8TypeInContext(m->ctx), base, &idx, 1);
}

LLVMValueRef jx_value_constant(struct jx_module *m, LLVMTypeRef ty, struct json_object *v,
                               char **why) {
  LLVMTypeKind k = LLVMGetTypeKind(ty);
  switch (k) {
  case LLVMIntegerTypeKind: {
    const char *dec = field_str(v, "value");
    if (!dec) {
      *why = jx_xstrdup("an integer without a value");
      return NULL;
    }
    unsigned bits = LLVMGetIntTypeWidth(ty), n = (bits + 63) / 64;
    uint64_t *w = jx_xcalloc(n, sizeof *w); /* both targets are little-endian */
    if (jx_int_parse(dec, bits, w) != JX_INT_OK) {
      *why = jx_xasprintf("'%.40s' is not an i%u value", dec, bits);
      free(w);
      return NULL;
    }
    LLVMValueRef c = LLVMConstIntOfArbitraryPrecision(ty, n, w);
    free(w);
    return c;
  }
  case LLVMHalfTypeKind:
  case LLVMBFloatTypeKind:
  case LLVMFloatTypeKind:
  case LLVMDoubleTypeKind:
  case LLVMX86_FP80TypeKind:
  case LLVMFP128TypeKind:
    return float_constant(ty, field_str(v, "bits"), why);
  case LLVMPointerTypeKind:
    return pointer_constant(m, ty, v, why);
  case LLVMStructTypeKind:
  case LLVMArrayTypeKind:
  case LLVMVectorTypeKind: {
    struct json_object *fields;
    if (json_object_object_get_ex(v, "too_deep", NULL)) {
      *why = jx_xasprintf("a value nested more than %d aggregates deep, which jitxr does not "
                          "read",
                          JX_VALUE_DEPTH_MAX);
      return NULL;
    }
    if (!json_object_object_get_ex(v, "fields", &fields)) {
      *why = jx_xstrdup("an aggregate without fields");
      return NULL;
    }
    unsigned n = (unsigned)json_object_array_length(fields);
    LLVMValueRef *vals = jx_xcalloc(n, sizeof *vals);
    for (unsigned i = 0; i < n; i++) {
      LLVMTypeRef et =
          k == LLVMStructTypeKind ? LLVMStructGetTypeAtIndex(ty, i) : LLVMGetElementType(ty);
      if (!(vals[i] = jx_value_constant(m, et, json_object_array_get_idx(fields, i), why))) {
        free(vals);
        return NULL;
      }
    }
    LLVMValueRef c = k == LLVMVectorTypeKind  ? LLVMConstVector(vals, n)
                     : k == LLVMArrayTypeKind ? LLVMConstArray2(LLVMGetElementType(ty), vals, n)
                     : LLVMGetStructName(ty)
                         ? LLVMConstNamedStruct(ty, vals, n)
                         : LLVMConstStructInContext(m->ctx, vals, n, LLVMIsPackedStruct(ty));
    free(vals);
    return c;
  }
  default: {
    char *ts = LLVMPrintTypeToString(ty);
    *why = jx_xasprintf("a value of type %s", ts);
    LLVMDisposeMessage(ts);
    return NULL;
  }
  }
}

/* The pointers of v, an object of type ty at offset off, with their offsets: the
 * relocations among the bytes of memory_constant. */
struct pointers {
  uint64_t *off;
  LLVMValueRef *val;
  size_t n, cap;
};

static bool collect_pointers(struct jx_module *m, LLVMTypeRef ty, struct json_object *v,
                             uint64_t off, struct pointers *ps, char **why) {
  LLVMTypeKind k = LLVMGetTypeKind(ty);
  if (k == LLVMPointerTypeKind) {
    LLVMValueRef c = pointer_constant(m, ty, v, why);
    if (!c)
      return false;
    if (ps->n == ps->cap) {
      ps->cap = ps->cap ? 2 * ps->cap : 8;
      ps->off = jx_xrealloc(ps->off, ps->cap * sizeof *ps->off);
      ps->val = jx_xrealloc(ps->val, ps->cap * sizeof *ps->val);
    }
    ps->off[ps->n] = off;
    ps->val[ps->n++] = c;
    return true;
  }
  if (k != LLVMStructTypeKind && k != LLVMArrayTypeKind && k != LLVMVectorTypeKind)
    return true;
  struct json_object *fields;
  if (json_object_object_get_ex(v, "too_deep", NULL)) {
    *why = jx_xasprintf("a value nested more than %d aggregates deep, which jitxr does not read",
                        JX_VALUE_DEPTH_MAX);
    return false;
  }
  unsigned n = jx_aggregate_count(ty);
  if (!json_object_object_get_ex(v, "fields", &fields) ||
      !json_object_is_type(fields, json_type_array) || json_object_array_length(fields) < n) {
    *why = jx_xstrdup("an aggregate without its fields");
    return false;
  }
  for (unsigned i = 0; i < n; i++) {
    uint64_t at;
    LLVMTypeRef et = jx_aggregate_element(m->layout, ty, i, &at);
    if (!collect_pointers(m, et, json_object_array_get_idx(fields, i), off + at, ps, why))
      return false;
  }
  return true;
}

/* A constant that holds every byte the object of type ty held, not only its fields' (a
 * union's other members live in its IR type's padding): memory's bytes in [N x i8] runs,
 * its pointers as relocations between them, in a packed struct of ty's size. */
static LLVMValueRef memory_constant(struct jx_module *m, LLVMTypeRef ty, struct json_object *v,
                                    struct json_object *memory, char **why) {
  uint64_t size = LLVMABISizeOfType(m->layout, ty);
  const char *hex = json_object_get_string(memory);
  if (strlen(hex) != 2 * size || strspn(hex, "0123456789abcdef") != 2 * size) {
    *why = jx_xasprintf("a value whose %llu bytes came back unreadable", (unsigned long long)size);
    return NULL;
  }
  char *bytes = jx_xmalloc(size ? size : 1);
  for (uint64_t i = 0; i < size; i++) {
    char two[3] = {hex[2 * i], hex[2 * i + 1], 0};
    bytes[i] = (char)strtoul(two, NULL, 16);
  }
  struct pointers ps = {0};
  LLVMValueRef c = NULL;
  if (collect_pointers(m, ty, v, 0, &ps, why)) {
    LLVMValueRef *parts = jx_xcalloc(2 * ps.n + 1, sizeof *parts);
    size_t np = 0;
    uint64_t at = 0, psize = LLVMPointerSize(m->layout);
    for (size_t i = 0; i <= ps.n; i++) {
      uint64_t end = i < ps.n ? ps.off[i] : size;
      if (end > at)
        parts[np++] = LLVMConstStringInContext(m->ctx, bytes + at, (unsigned)(end - at), 1);
      if (i < ps.n) {
        parts[np++] = ps.val[i];
        at = end + psize;
      }
    }
    c = LLVMConstStructInContext(m->ctx, parts, (unsigned)np, 1);
    free(parts);
  }
  free(ps.off);
  free(ps.val);
  free(bytes);
  return c;
}

/* A call of fn through another function type (`call i64 @f()` for `define i32 @f()`, or
 * with arguments): undefined behaviour at run time, and its value could not be fn's
 * constant. The first such call, or NULL. */
static LLVMValueRef mistyped_call(LLVMValueRef fn) {
  LLVMTypeRef fnty = LLVMGlobalGetValueType(fn);
  for (LLVMUseRef u = LLVMGetFirstUse(fn); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (LLVMIsACallInst(user) && LLVMGetCalledValue(user) == fn &&
        LLVMGetCalledFunctionType(user) != fnty)
      return user;
  }
  return NULL;
}

/* What a call of fn promises of the alignment of the memory it passes for the result: the
 * align attribute of its sret argument (or of fn's parameter), else nothing. Not the IR
 * type's: a packed C struct whose layout is the natural one has an unpacked IR type
 * ({ i128, double, i64 }, of alignment 16) in memory of alignment 1. */
static unsigned sret_align(LLVMValueRef fn, LLVMValueRef call) {
  unsigned kind = LLVMGetEnumAttributeKindForName("align", 5);
  LLVMAttributeRef a = LLVMGetCallSiteEnumAttribute(call, 1, kind);
  if (!a)
    a = LLVMGetEnumAttributeAtIndex(fn, 1, kind);
  return a ? (unsigned)LLVMGetEnumAttributeValue(a) : 1;
}

/* Every call to fn becomes c (or disappears, for void). An sret function's calls become a
 * copy of c, a private constant, into the memory they passed (clang's own way to fill a
 * struct from a constant). */
static void replace_calls(struct jx_module *m, LLVMValueRef fn, LLVMValueRef c, LLVMTypeRef sret) {
  LLVMValueRef image = NULL, size = NULL;
  LLVMBuilderRef b = NULL;
  unsigned align = sret ? LLVMABIAlignmentOfType(m->layout, sret) : 0;
  if (sret) {
    size_t len;
    char *name = jx_xasprintf("%s.value", LLVMGetValueName2(fn, &len));
    image = LLVMAddGlobal(m->mod, LLVMTypeOf(c), name); /* sret, or memory_constant's */
    free(name);
    LLVMSetInitializer(image, c);
    LLVMSetGlobalConstant(image, 1);
    LLVMSetLinkage(image, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(image, LLVMGlobalUnnamedAddr);
    LLVMSetAlignment(image, align);
    size = LLVMConstInt(LLVMInt64TypeInContext(m->ctx), LLVMABISizeOfType(m->layout, sret), 0);
    b = LLVMCreateBuilderInContext(m->ctx);
  }
  size_t n = 0, cap = 8;
  LLVMValueRef *calls = jx_xcalloc(cap, sizeof *calls);
  for (LLVMUseRef u = LLVMGetFirstUse(fn); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (!LLVMIsACallInst(user) || LLVMGetCalledValue(user) != fn)
      continue;
    if (n == cap)
      calls = jx_xrealloc(calls, (cap *= 2) * sizeof *calls);
    calls[n++] = user;
  }
  for (size_t i = 0; i < n; i++) {
    if (sret) {
      LLVMPositionBuilderBefore(b, calls[i]);
      LLVMBuildMemCpy(b, LLVMGetOperand(calls[i], 0), sret_align(fn, calls[i]), image, align, size);
    } else if (c) {
      LLVMReplaceAllUsesWith(calls[i], c);
    }
    LLVMInstructionEraseFromParent(calls[i]);
  }
  if (b)
    LLVMDisposeBuilder(b);
  free(calls);
}

static bool is_local(LLVMValueRef g) {
  LLVMLinkage l = LLVMGetLinkage(g);
  return l == LLVMInternalLinkage || l == LLVMPrivateLinkage;
}

/* Nothing live uses v. A constant expression whose last user was deleted (the GEP of a
 * comptime function's `load (getelementptr (i8, ptr @g, i64 4))`) stays in LLVM's use
 * list of @g, but keeps nothing alive. */
static bool no_live_use(LLVMValueRef v) {
  for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (!LLVMIsAConstant(user) || LLVMIsAGlobalValue(user) || !no_live_use(user))
      return false;
  }
  return true;
}

/* Deletes a global or function nothing live uses: the dead constants that still name it are
 * rewritten onto poison first, so that no constant refers to a deleted value. */
static void delete_unused(LLVMValueRef g) {
  if (LLVMGetFirstUse(g))
    LLVMReplaceAllUsesWith(g, LLVMGetPoison(LLVMTypeOf(g)));
  if (LLVMIsAFunction(g))
    LLVMDeleteFunction(g);
  else
    LLVMDeleteGlobal(g);
}

static bool prunable(LLVMValueRef g, const struct jx_strings *unused_before) {
  size_t len;
  const char *name = LLVMGetValueName2(g, &len);
  /* intrinsics and LLVM's own globals (llvm.used) stay; `llvm.notanintrinsic` is a function */
  bool llvms = LLVMIsAFunction(g) ? LLVMGetIntrinsicID(g) != 0 : strncmp(name, "llvm.", 5) == 0;
  if (!no_live_use(g) || llvms || (jx_defined_here(g) && !is_local(g)))
    return false;
  for (size_t i = 0; i < unused_before->len; i++) /* unused before: not ours to remove */
    if (strcmp(unused_before->items[i], name) == 0)
      return false;
  return true;
}

/* Removes what only the comptime functions used: declarations and local definitions left
 * without a use, again and again as each removal frees more. */
static void prune(struct jx_module *m, const struct jx_strings *unused_before) {
  bool changed = true;
  while (changed) {
    changed = false;
    for (LLVMValueRef f = LLVMGetFirstFunction(m->mod), next; f; f = next) {
      next = LLVMGetNextFunction(f);
      if (prunable(f, unused_before)) {
        delete_unused(f);
        changed = true;
      }
    }
    for (LLVMValueRef g = LLVMGetFirstGlobal(m->mod), next; g; g = next) {
      next = LLVMGetNextGlobal(g);
      if (prunable(g, unused_before)) {
        delete_unused(g);
        changed = true;
      }
    }
  }
}

static void list_unused(struct jx_module *m, struct jx_strings *out) {
  size_t len;
  for (LLVMValueRef f = LLVMGetFirstFunction(m->mod); f; f = LLVMGetNextFunction(f))
    if (no_live_use(f))
      jx_strings_push(out, jx_xstrdup(LLVMGetValueName2(f, &len)));
  for (LLVMValueRef g = LLVMGetFirstGlobal(m->mod); g; g = LLVMGetNextGlobal(g))
    if (no_live_use(g))
      jx_strings_push(out, jx_xstrdup(LLVMGetValueName2(g, &len)));
}

/* g, now to hold c, of another type than its own (memory_constant's): a global of c's type
 * takes its place, name, attributes and uses. */
static void retype_global(struct jx_module *m, LLVMValueRef g, LLVMValueRef c) {
  LLVMTypeRef old = LLVMGlobalGetValueType(g);
  LLVMValueRef n = LLVMAddGlobalInAddressSpace(m->mod, LLVMTypeOf(c), "",
                                               LLVMGetPointerAddressSpace(LLVMTypeOf(g)));
  LLVMSetInitializer(n, c);
  LLVMSetLinkage(n, LLVMGetLinkage(g));
  LLVMSetVisibility(n, LLVMGetVisibility(g));
  LLVMSetDLLStorageClass(n, LLVMGetDLLStorageClass(g));
  LLVMSetUnnamedAddress(n, LLVMGetUnnamedAddress(g));
  LLVMSetThreadLocal(n, LLVMIsThreadLocal(g));
  LLVMSetThreadLocalMode(n, LLVMGetThreadLocalMode(g));
  LLVMSetExternallyInitialized(n, LLVMIsExternallyInitialized(g));
  LLVMSetGlobalConstant(n, LLVMIsGlobalConstant(g));
  unsigned align = LLVMGetAlignment(g);
  LLVMSetAlignment(n, align ? align : LLVMABIAlignmentOfType(m->layout, old));
  if (LLVMGetSection(g))
    LLVMSetSection(n, LLVMGetSection(g));
  if (LLVMGetComdat(g))
    LLVMSetComdat(n, LLVMGetComdat(g));
  size_t nmd = 0;
  LLVMValueMetadataEntry *md = LLVMGlobalCopyAllMetadata(g, &nmd);
  for (size_t i = 0; i < nmd; i++)
    LLVMGlobalSetMetadata(n, LLVMValueMetadataEntriesGetKind(md, (unsigned)i),
                          LLVMValueMetadataEntriesGetMetadata(md, (unsigned)i));
  LLVMDisposeValueMetadataEntries(md);
  size_t len;
  char *name = jx_xstrdup(LLVMGetValueName2(g, &len));
  LLVMReplaceAllUsesWith(g, n);
  LLVMDeleteGlobal(g);
  LLVMSetValueName2(n, name, len);
  free(name);
}

int jx_normalize(struct jx_module *m, const struct jx_entry *fns, size_t n,
                 struct json_object *contents, struct jx_error *err) {
  struct jx_strings unused = {0};
  list_unused(m, &unused);
  char *why = NULL;
  for (size_t i = 0; i < n && !err->code; i++) {
    LLVMValueRef fn = LLVMGetNamedFunction(m->mod, fns[i].name);
    LLVMTypeRef sret = jx_comptime_sret(fn), rt = jx_comptime_value_type(fn);
    LLVMValueRef c = NULL, bad = mistyped_call(fn);
    if (bad) {
      size_t len;
      const char *caller = /* raw: the report escapes the message */
          LLVMGetValueName2(LLVMGetBasicBlockParent(LLVMGetInstructionParent(bad)), &len);
      char *have = LLVMPrintTypeToString(LLVMGlobalGetValueType(fn));
      char *as = LLVMPrintTypeToString(LLVMGetCalledFunctionType(bad));
      jx_fail(err, JX_EXIT_AOT,
              "comptime function '%s' has type '%s', but '%s' calls it as '%s': that call "
              "cannot take its value (a call through another function type is undefined "
              "behaviour)",
              fns[i].name, have, caller, as);
      LLVMDisposeMessage(as);
      LLVMDisposeMessage(have);
      break;
    }
    if (LLVMGetTypeKind(rt) != LLVMVoidTypeKind &&
        !(c = sret && fns[i].memory ? memory_constant(m, rt, fns[i].result, fns[i].memory, &why)
                                    : jx_value_constant(m, rt, fns[i].result, &why))) {
      jx_fail(err, JX_EXIT_AOT, "comptime function '%s' returned %s", fns[i].name, why);
      break;
    }
    replace_calls(m, fn, c, sret);
  }
  /* writable globals the values point into start as the comptime code left them */
  if (!err->code && contents) {
    json_object_object_foreach(contents, name, v) {
      LLVMValueRef g = LLVMGetNamedGlobal(m->mod, name);
      if (!g || !jx_defined_here(g) || LLVMIsGlobalConstant(g))
        continue;
      struct json_object *memory;
      bool whole = json_object_object_get_ex(v, "memory", &memory) &&
                   json_object_is_type(memory, json_type_string);
      LLVMTypeRef ty = LLVMGlobalGetValueType(g);
      LLVMValueRef c =
          whole ? memory_constant(m, ty, v, memory, &why) : jx_value_constant(m, ty, v, &why);
      if (!c) {
        jx_fail(err, JX_EXIT_AOT, "global '%s', which a comptime value points into, holds %s", name,
                why);
        break;
      }
      if (whole)
        retype_global(m, g, c);
      else
        LLVMSetInitializer(g, c);
    }
  }
  free(why);
  if (!err->code) {
    for (size_t i = 0; i < n; i++) { /* gone, unless something still takes its address */
      LLVMValueRef fn = LLVMGetNamedFunction(m->mod, fns[i].name);
      if (fn && no_live_use(fn))
        delete_unused(fn);
    }
    prune(m, &unused);
    char *msg = NULL;
    if (LLVMVerifyModule(m->mod, LLVMReturnStatusAction, &msg)) {
      msg[strcspn(msg, "\n")] = '\0';
      jx_fail(err, JX_EXIT_AOT, "the normalized module does not verify: %s", msg);
    }
    LLVMDisposeMessage(msg);
  }
  jx_strings_free(&unused);
  return err->code;
}
