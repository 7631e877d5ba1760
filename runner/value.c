/* Reading a value exactly: the object of an LLVM type in memory becomes SPEC.md's VALUE.
 * Integers as exact decimal strings at any width, floating point with its IEEE bits,
 * pointers as the symbol or module global they point into (never as an address). */
#include "jitxr.h"

#include <float.h>
#include <json-c/json.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

unsigned jx_aggregate_count(LLVMTypeRef ty) {
  switch (LLVMGetTypeKind(ty)) {
  case LLVMStructTypeKind:
    return LLVMCountStructElementTypes(ty);
  case LLVMArrayTypeKind:
    return (unsigned)LLVMGetArrayLength2(ty);
  case LLVMVectorTypeKind:
    return LLVMGetVectorSize(ty);
  default:
    return 0;
  }
}

/* LLVM lays a vector out as the integer of all its lanes' bits (LangRef, "Vector Type"):
 * lane i at bit i * the element's bits. Where that is not the element's ABI size (i1, i2,
 * i24, x86_fp80 lanes), lanes are not at byte offsets. */
bool jx_vector_packed(LLVMTargetDataRef td, LLVMTypeRef ty) {
  if (LLVMGetTypeKind(ty) != LLVMVectorTypeKind)
    return false;
  LLVMTypeRef et = LLVMGetElementType(ty);
  return LLVMSizeOfTypeInBits(td, et) != 8 * LLVMABISizeOfType(td, et);
}

/* Lanes of a vector that is not packed sit at whole ABI sizes. */
LLVMTypeRef jx_aggregate_element(LLVMTargetDataRef td, LLVMTypeRef ty, unsigned i, uint64_t *off) {
  if (LLVMGetTypeKind(ty) == LLVMStructTypeKind) {
    *off = LLVMOffsetOfElement(td, ty, i);
    return LLVMStructGetTypeAtIndex(ty, i);
  }
  LLVMTypeRef et = LLVMGetElementType(ty);
  *off = i * LLVMABISizeOfType(td, et);
  return et;
}

void jx_regions_add(struct jx_regions *rs, const char *name, bool is_symbol, uintptr_t start,
                    uint64_t size) {
  if (rs->len == rs->cap) {
    rs->cap = rs->cap ? 2 * rs->cap : 16;
    rs->items = jx_xrealloc(rs->items, rs->cap * sizeof *rs->items);
  }
  rs->items[rs->len++] =
      (struct jx_region){.name = name, .is_symbol = is_symbol, .start = start, .size = size};
}

/* The shortest decimal that reads back as the same value of its own type: a half read back
 * as a float would keep a float's digits (-5.9604645e-08 for -6e-08). */
static void shortest(char *buf, size_t n, double v, LLVMTypeKind kind) {
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, n, "%.*g", prec, v);
    bool same = kind == LLVMHalfTypeKind     ? (_Float16)strtod(buf, NULL) == (_Float16)v
                : kind == LLVMDoubleTypeKind ? strtod(buf, NULL) == v
                                             : strtof(buf, NULL) == (float)v;
    if (same)
      return;
  }
}

static double half_to_double(uint16_t h) {
  int exp = h >> 10 & 0x1f;
  double mant = h & 0x3ff;
  double v = exp == 0    ? ldexp(mant, -24)
             : exp == 31 ? (mant ? NAN : INFINITY)
                         : ldexp(mant + 1024, exp - 25);
  return h & 0x8000 ? -v : v;
}

/* An x86_fp80 (10 bytes) or fp128 (16 bytes) as sign, integer mantissa f and exponent e
 * (its value is f * 2^e), with the precision and subnormal exponent of its format. Returns
 * 'n' for a NaN, 'i' for an infinity, else 0. The x87 refuses an x86_fp80 without its
 * explicit integer bit (unnormals, pseudo-infinities and pseudo-NaNs) as an invalid
 * operand: they are NaNs, as glibc's printf says too. */
static int decode_wide(LLVMTypeKind kind, const uint8_t *mem, bool *neg, unsigned __int128 *f,
                       int *e, unsigned *precision, int *min_e) {
  uint64_t lo, hi = 0;
  memcpy(&lo, mem, 8);
  memcpy(&hi, mem + 8, kind == LLVMX86_FP80TypeKind ? 2 : 8);
  if (kind == LLVMX86_FP80TypeKind) {
    unsigned exp = hi & 0x7fff;
    *neg = hi >> 15 & 1;
    *precision = 64;
    *min_e = 1 - 16383 - 63;
    *f = lo;
    *e = exp ? (int)exp - 16383 - 63 : *min_e; /* exponent 0 (with the integer bit or not) */
    bool integer_bit = lo >> 63;
    if (exp == 0x7fff)
      return lo == (uint64_t)1 << 63 ? 'i' : 'n';
    return exp && !integer_bit ? 'n' : 0;
  }
  unsigned exp = hi >> 48 & 0x7fff;
  *neg = hi >> 63;
  *precision = 113;
  *min_e = 1 - 16383 - 112;
  *f = (unsigned __int128)(hi & 0xffffffffffffull) << 64 | lo;
  if (exp == 0x7fff)
    return *f ? 'n' : 'i';
  if (exp)
    *f |= (unsigned __int128)1 << 112;
  *e = exp ? (int)exp - 16383 - 112 : *min_e;
  return 0;
}

/* Adds "value" and "bits" of a floating-point object to o. */
static void read_float(struct json_object *o, LLVMTypeKind kind, const void *mem, unsigned bytes) {
  double v = NAN;
  uint64_t bits = 0;
  char hex[64];
  if (bytes <= 8) {
    memcpy(&bits, mem, bytes);
    snprintf(hex, sizeof hex, "0x%0*llx", (int)bytes * 2, (unsigned long long)bits);
  } else { /* x86_fp80 / fp128: high part first */
    uint64_t w[2] = {0, 0};
    memcpy(w, mem, bytes > 16 ? 16 : bytes);
    snprintf(hex, sizeof hex, "0x%0*llx%016llx", bytes == 10 ? 4 : 16, (unsigned long long)w[1],
             (unsigned long long)w[0]);
  }
  char *num = NULL; /* the shortest decimal, for a finite value */
  switch (kind) {
  case LLVMHalfTypeKind:
    v = half_to_double((uint16_t)bits);
    break;
  case LLVMBFloatTypeKind: {
    uint32_t f32 = (uint32_t)bits << 16;
    float f;
    memcpy(&f, &f32, 4);
    v = f;
    break;
  }
  case LLVMFloatTypeKind: {
    float f;
    memcpy(&f, mem, 4);
    v = f;
    break;
  }
  case LLVMDoubleTypeKind:
    memcpy(&v, mem, 8);
    break;
  default: { /* wider than a double: digits from the bits, in integer arithmetic */
    bool neg;
    unsigned __int128 f;
    int e, min_e;
    unsigned precision;
    int special = decode_wide(kind, mem, &neg, &f, &e, &precision, &min_e);
    v = special == 'n' ? NAN : special == 'i' ? (neg ? -INFINITY : INFINITY) : 0;
    if (!special) {
      num = jx_float_decimal(neg, f, e, precision, min_e);
      v = strtod(num, NULL); /* for json-c only: the text is what is written */
      if (isinf(v) || isnan(v))
        v = neg ? -DBL_MAX : DBL_MAX;
    }
  }
  }
  if (!num && isnan(v))
    json_object_object_add(o, "value", json_object_new_string("nan"));
  else if (!num && isinf(v))
    json_object_object_add(o, "value", json_object_new_string(v < 0 ? "-inf" : "inf"));
  else {
    if (!num) {
      num = jx_xmalloc(40);
      shortest(num, 40, v, kind);
    }
    json_object_object_add(o, "value", json_object_new_double_s(v, num));
  }
  free(num);
  json_object_object_add(o, "bits", json_object_new_string(hex));
}

static bool find_region(const struct jx_regions *rs, uintptr_t p, struct jx_region *out) {
  const struct jx_region *best = NULL;
  for (size_t i = 0; rs && i < rs->len; i++) {
    const struct jx_region *r = &rs->items[i];
    bool inside = p == r->start || (p > r->start && p - r->start < r->size);
    if (inside && (!best || r->start > best->start))
      best = r; /* the innermost: the latest start not beyond p */
  }
  if (best) {
    *out = *best;
    return true;
  }
  /* a library's data the module never declared (sqlite3_libversion() points into
   * sqlite3_version): named by its ELF table, declared by normalize.c */
  const struct jx_library *lib;
  uintptr_t start;
  const struct jx_elfsym *s = rs ? jx_libraries_export_at(rs->libs, p, &lib, &start) : NULL;
  if (!s)
    return false;
  *out = (struct jx_region){.name = s->name,
                            .is_symbol = true,
                            .start = start,
                            .size = s->size,
                            .library = lib->name,
                            .func = s->type == JX_ELF_FUNC};
  return true;
}

/* The type as IR spells it where a value has it. A named struct is `%T`, but printed on its
 * own LLVM spells out its definition (`%T = type { ... }`): print `[1 x %T]`, in which the
 * element goes by its name (quoted where IR needs it), and keep the element. */
static void add_type(struct json_object *o, LLVMTypeRef ty) {
  bool named = LLVMGetTypeKind(ty) == LLVMStructTypeKind && LLVMGetStructName(ty);
  char *s = LLVMPrintTypeToString(named ? LLVMArrayType2(ty, 1) : ty);
  size_t skip = named ? strlen("[1 x ") : 0, len = strlen(s) - skip - (named ? 1 : 0);
  json_object_object_add(o, "type", json_object_new_string_len(s + skip, (int)len));
  LLVMDisposeMessage(s);
}

unsigned jx_type_depth(LLVMTypeRef ty) {
  static const unsigned beyond = JX_VALUE_DEPTH_MAX + 1;
  struct frame {
    LLVMTypeRef ty;
    unsigned depth;
  } *stack = jx_xmalloc(sizeof *stack);
  size_t len = 1, cap = 1;
  stack[0] = (struct frame){ty, 0};
  unsigned deepest = 0;
  while (len && deepest < beyond) { /* not recursive: a type may nest as deep as it likes */
    struct frame f = stack[--len];
    LLVMTypeKind k = LLVMGetTypeKind(f.ty);
    if (k != LLVMStructTypeKind && k != LLVMArrayTypeKind && k != LLVMVectorTypeKind)
      continue;
    if (f.depth + 1 > deepest)
      deepest = f.depth + 1;
    unsigned n = k == LLVMStructTypeKind ? LLVMCountStructElementTypes(f.ty) : 1;
    for (unsigned i = 0; i < n; i++) {
      if (len == cap)
        stack = jx_xrealloc(stack, (cap *= 2) * sizeof *stack);
      LLVMTypeRef et =
          k == LLVMStructTypeKind ? LLVMStructGetTypeAtIndex(f.ty, i) : LLVMGetElementType(f.ty);
      stack[len++] = (struct frame){et, f.depth + 1};
    }
  }
  free(stack);
  return deepest < beyond ? deepest : beyond;
}

static struct json_object *read_value(LLVMTargetDataRef td, LLVMTypeRef ty, const void *mem,
                                      const struct jx_regions *rs, unsigned depth);

/* Copies `bits` bits from bit `from` of src (of src_size bytes) to the start of dst (zeroed,
 * whole bytes: the bits above `bits` in its last byte stay zero). */
static void copy_bits(uint8_t *dst, const uint8_t *src, uint64_t src_size, uint64_t from,
                      uint64_t bits) {
  uint64_t at = from / 8, n = (bits + 7) / 8;
  unsigned shift = (unsigned)(from % 8);
  for (uint64_t j = 0; j < n; j++) {
    unsigned lo = at + j < src_size ? src[at + j] : 0;
    unsigned hi = shift && at + j + 1 < src_size ? src[at + j + 1] : 0;
    dst[j] = (uint8_t)(lo >> shift | hi << (8 - shift));
  }
  if (bits % 8)
    dst[n - 1] &= (uint8_t)((1u << (bits % 8)) - 1);
}

/* The lanes of a packed vector (jx_vector_packed), each read from a copy of its own bits. */
static struct json_object *packed_lanes(LLVMTargetDataRef td, LLVMTypeRef ty, const uint8_t *mem,
                                        const struct jx_regions *rs, unsigned depth) {
  LLVMTypeRef et = LLVMGetElementType(ty);
  uint64_t bits = LLVMSizeOfTypeInBits(td, et), size = LLVMStoreSizeOfType(td, ty);
  uint8_t *lane = jx_xmalloc(LLVMABISizeOfType(td, et));
  struct json_object *fields = json_object_new_array();
  for (unsigned i = 0, n = LLVMGetVectorSize(ty); i < n; i++) {
    memset(lane, 0, LLVMABISizeOfType(td, et));
    copy_bits(lane, mem, size, i * bits, bits);
    json_object_array_add(fields, read_value(td, et, lane, rs, depth + 1));
  }
  free(lane);
  return fields;
}

struct json_object *jx_value_read(LLVMTargetDataRef td, LLVMTypeRef ty, const void *mem,
                                  const struct jx_regions *rs) {
  return read_value(td, ty, mem, rs, 0);
}

/* Marks the bytes of an object of type ty at covered[off..] that its scalars and vectors
 * occupy; an array's elements all have its first one's pattern. */
static void mark_fields(LLVMTargetDataRef td, LLVMTypeRef ty, uint64_t off, uint8_t *covered,
                        unsigned depth) {
  LLVMTypeKind k = LLVMGetTypeKind(ty);
  uint64_t size = LLVMABISizeOfType(td, ty);
  if ((k != LLVMStructTypeKind && k != LLVMArrayTypeKind) || depth == JX_VALUE_DEPTH_MAX) {
    memset(covered + off, 1, size); /* a leaf: all of its allocation */
    return;
  }
  if (k == LLVMArrayTypeKind) {
    uint64_t n = LLVMGetArrayLength2(ty), es = LLVMABISizeOfType(td, LLVMGetElementType(ty));
    if (!n || !es)
      return;
    mark_fields(td, LLVMGetElementType(ty), off, covered, depth + 1);
    for (uint64_t i = 1; i < n; i++)
      memcpy(covered + off + i * es, covered + off, es);
    return;
  }
  for (unsigned i = 0, n = LLVMCountStructElementTypes(ty); i < n; i++)
    mark_fields(td, LLVMStructGetTypeAtIndex(ty, i), off + LLVMOffsetOfElement(td, ty, i), covered,
                depth + 1);
}

struct json_object *jx_value_memory(LLVMTargetDataRef td, LLVMTypeRef ty, const void *mem) {
  LLVMTypeKind k = LLVMGetTypeKind(ty);
  uint64_t size = k == LLVMStructTypeKind || k == LLVMArrayTypeKind ? LLVMABISizeOfType(td, ty) : 0;
  if (!size || size > JX_VALUE_MEMORY_MAX)
    return NULL;
  const uint8_t *bytes = mem;
  uint8_t *covered = jx_xcalloc(size, 1);
  mark_fields(td, ty, 0, covered, 0);
  bool hidden = false;
  for (uint64_t i = 0; i < size && !hidden; i++)
    hidden = bytes[i] && !covered[i];
  free(covered);
  if (!hidden)
    return NULL;
  char *hex = jx_xmalloc(2 * size + 1);
  for (uint64_t i = 0; i < size; i++)
    snprintf(hex + 2 * i, 3, "%02x", bytes[i]);
  struct json_object *o = json_object_new_string(hex);
  free(hex);
  return o;
}

static struct json_object *read_value(LLVMTargetDataRef td, LLVMTypeRef ty, const void *mem,
                                      const struct jx_regions *rs, unsigned depth) {
  LLVMTypeKind kind = LLVMGetTypeKind(ty);
  struct json_object *o = json_object_new_object();
  add_type(o, ty);
  const uint8_t *bytes = mem;
  switch (kind) {
  case LLVMVoidTypeKind:
    break;
  case LLVMIntegerTypeKind: {
    unsigned w = LLVMGetIntTypeWidth(ty);
    char *dec = jx_int_decimal(mem, w, w != 1);
    json_object_object_add(o, "value", json_object_new_string(dec));
    free(dec);
    break;
  }
  case LLVMHalfTypeKind:
  case LLVMBFloatTypeKind:
  case LLVMFloatTypeKind:
  case LLVMDoubleTypeKind:
  case LLVMX86_FP80TypeKind:
  case LLVMFP128TypeKind: {
    unsigned size = kind == LLVMX86_FP80TypeKind ? 10 : (unsigned)LLVMStoreSizeOfType(td, ty);
    read_float(o, kind, mem, size);
    break;
  }
  case LLVMPointerTypeKind: {
    uintptr_t p;
    memcpy(&p, mem, sizeof p);
    struct jx_region r;
    if (!p) {
      json_object_object_add(o, "value", NULL);
    } else if (find_region(rs, p, &r)) {
      json_object_object_add(o, r.is_symbol ? "symbol" : "global", json_object_new_string(r.name));
      json_object_object_add(o, "offset", json_object_new_int64((int64_t)(p - r.start)));
      if (r.library) { /* for normalize.c's declaration of it */
        json_object_object_add(o, "library", json_object_new_string(r.library));
        json_object_object_add(o, "kind", json_object_new_string(r.func ? "func" : "data"));
      }
    } else {
      /* heap, stack or anything else: no name, and the address is never printed */
      json_object_object_add(o, "unknown", json_object_new_boolean(1));
    }
    break;
  }
  case LLVMStructTypeKind:
  case LLVMArrayTypeKind:
  case LLVMVectorTypeKind: {
    if (depth == JX_VALUE_DEPTH_MAX) { /* a global's contents: return types were checked */
      json_object_object_add(o, "too_deep", json_object_new_boolean(1));
      break;
    }
    if (jx_vector_packed(td, ty)) {
      json_object_object_add(o, "fields", packed_lanes(td, ty, bytes, rs, depth));
      break;
    }
    struct json_object *fields = json_object_new_array();
    for (unsigned i = 0, n = jx_aggregate_count(ty); i < n; i++) {
      uint64_t off;
      LLVMTypeRef et = jx_aggregate_element(td, ty, i, &off);
      json_object_array_add(fields, read_value(td, et, bytes + off, rs, depth + 1));
    }
    json_object_object_add(o, "fields", fields);
    break;
  }
  default:
    json_object_object_add(o, "unsupported", json_object_new_boolean(1));
  }
  return o;
}

static void text_into(struct json_object *v, char **buf, size_t *len, bool with_type) {
  FILE *f = open_memstream(buf, len);
  struct json_object *t, *x, *bits, *fields, *sym;
  /* a VALUE from a corrupted worker may hold anything: "type": null, "fields": 5 */
  const char *type =
      json_object_object_get_ex(v, "type", &t) && t ? json_object_get_string(t) : "?";
  if (json_object_object_get_ex(v, "fields", &fields) &&
      json_object_is_type(fields, json_type_array)) {
    fprintf(f, "%s%s", with_type ? type : "", with_type ? " " : "");
    bool is_struct = type[0] == '{' || (type[0] == '<' && type[1] == '{') || type[0] == '%';
    fputs(is_struct ? "{ " : type[0] == '<' ? "< " : "[ ", f);
    for (size_t i = 0; i < json_object_array_length(fields); i++) {
      char *part = NULL;
      size_t plen = 0;
      text_into(json_object_array_get_idx(fields, i), &part, &plen, true);
      fprintf(f, "%s%s", i ? ", " : "", part);
      free(part);
    }
    fputs(is_struct ? " }" : type[0] == '<' ? " >" : " ]", f);
  } else {
    fputs(type, f);
    if (json_object_object_get_ex(v, "symbol", &sym) ||
        json_object_object_get_ex(v, "global", &sym)) {
      int64_t off = json_object_object_get_ex(v, "offset", &x) ? json_object_get_int64(x) : 0;
      fprintf(f, " @%s", json_object_get_string(sym));
      if (off)
        fprintf(f, "+%lld", (long long)off);
    } else if (json_object_object_get_ex(v, "unknown", &x)) {
      fputs(" <not a symbol or global>", f);
    } else if (json_object_object_get_ex(v, "too_deep", &x)) {
      fprintf(f, " <nested more than %d aggregates deep: not read>", JX_VALUE_DEPTH_MAX);
    } else if (json_object_object_get_ex(v, "value", &x)) {
      fprintf(f, " %s", x ? json_object_get_string(x) : "null");
    }
    if (json_object_object_get_ex(v, "bits", &bits))
      fprintf(f, " (%s)", json_object_get_string(bits));
  }
  fclose(f);
}

char *jx_value_text(struct json_object *v) {
  char *buf = NULL;
  size_t len = 0;
  text_into(v, &buf, &len, true);
  return buf;
}

/* A VALUE that crossed the child's pipe was re-parsed by json-c, which keeps a number's
 * value but not its text (-0 comes back as 0): write each float's text again from its
 * bits, which are exact. */
void jx_value_restore(struct json_object *v) {
  struct json_object *t, *bits, *fields;
  if (json_object_object_get_ex(v, "fields", &fields) &&
      json_object_is_type(fields, json_type_array)) {
    for (size_t i = 0; i < json_object_array_length(fields); i++)
      jx_value_restore(json_object_array_get_idx(fields, i));
    return;
  }
  if (!json_object_object_get_ex(v, "type", &t) || !json_object_object_get_ex(v, "bits", &bits) ||
      !json_object_is_type(t, json_type_string) || !json_object_is_type(bits, json_type_string))
    return;
  static const struct {
    const char *name;
    LLVMTypeKind kind;
    unsigned bytes;
  } kinds[] = {{"half", LLVMHalfTypeKind, 2},          {"bfloat", LLVMBFloatTypeKind, 2},
               {"float", LLVMFloatTypeKind, 4},        {"double", LLVMDoubleTypeKind, 8},
               {"x86_fp80", LLVMX86_FP80TypeKind, 10}, {"fp128", LLVMFP128TypeKind, 16}};
  for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
    if (strcmp(json_object_get_string(t), kinds[i].name) != 0)
      continue;
    /* "0x" and the bytes' hex digits, the high ones first */
    const char *hex = json_object_get_string(bits);
    size_t len = strlen(hex);
    uint8_t raw[16] = {0};
    for (size_t k = 0; k < 2 * sizeof raw && len > 2 + k; k++) {
      char c = hex[len - 1 - k];
      unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0') : (unsigned)((c | 0x20) - 'a' + 10);
      raw[k / 2] |= (uint8_t)((d & 0xf) << (4 * (k % 2)));
    }
    read_float(v, kinds[i].kind, raw, kinds[i].bytes); /* replaces "value" and "bits" */
  }
}
