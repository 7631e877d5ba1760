#!/usr/bin/python3
"""The ABI differential generator (suites/abi/): seeded C signatures, every value self-locating.

  abigen.py --seed S --first I --count N --arch x86_64|aarch64 --out DIR [--only-ffi]
            [--drop K] [--sig I]

Signature I of seed S is the same wherever it is generated (random.Random("S:I")). Writes:
  DIR/abi.h     the types (structs, unions, enums, vectors) of the signatures
  DIR/lib.c     built by gcc into libabi.so: callee_I(...) checks every argument it receives
                and returns a value of its own; jx_drive() calls the JIT's jit_I (which hands
                its arguments on to callee_I and returns its result) through the
                pointers it is handed, narrow integer arguments in registers whose upper bits
                hold garbage where the ABI leaves them undefined, and every argument register
                the call leaves unused holding garbage too (jx_dirty, just before each call)
  DIR/main.c    the JIT side (clang -> IR -> jitxr), and the AOT reference (gcc, linked with
                libabi.so): calls callee_I and checks what comes back; defines jit_I, which
                checks its arguments like callee_I; main hands &jit_I to jx_drive
Every argument k's value says where it is: its bytes (or its value, for a float) carry k and
the byte's or field's index; a wrong one is printed as "sig I arg K.PATH: byte B: got X want Y"
(or "sig I result.PATH: ..."). main prints one line per direction with the counts.
--avoid int128: a long long wherever an __int128 would be (the rest of the signature the same).
--only-ffi: only what LLVM's interpreter can pass to a library (integers of 8 to 64 bits,
float, double, pointers; no callbacks: the JIT-called direction is left out).
--drop K (repeatable): signature --sig I alone with its K-th parameter removed, then the
next drop's of what is left (shrinking a failure).
--returns: DIR/rets.c instead of lib.c and main.c: ret_I(void) returns signature I's result
value (for each result type with no pointer in it: an address is no compile-time value), and
main checks what each returns; the values a comptime run or an --entry run of ret_I reads.
"""
import argparse
import os
import random
import struct
import sys

M64 = 2**64 - 1


class Int:
    def __init__(self, c, bits, signed, boolean=False):
        self.c, self.bits, self.signed, self.boolean = c, bits, signed, boolean
        self.size = bits // 8 if not boolean else 1

    def decl(self, n):
        return "%s %s" % (self.c, n)

    def value(self, k, salt):
        if self.boolean:
            return (k + salt) & 1
        v = 0
        for j in range(self.size):
            v |= ((((k & 0xF) << 4) | ((j + salt) & 0xF)) & 0xFF) << (8 * j)
        if self.signed and (k + salt) % 2:  # negative: the sign extension is seen
            v |= 1 << (self.bits - 1)
        if self.c == "char":  # signed on x86-64, unsigned on AArch64: 7 bits mean the same
            v &= 0x7F
        return v

    def lit(self, k, salt):
        v = self.value(k, salt)
        if self.boolean:
            return str(v)
        if self.bits == 128:
            return "((%s)0x%xULL << 64 | (%s)0x%xULL)" % (self.c, v >> 64, self.c, v & (2**64 - 1))
        return "(%s)0x%xULL" % (self.c, v)

    def checks(self, expr, k, salt, path):
        if self.bits == 128:
            return ["jx_int(S, %d, \"%s\", (unsigned long long)(%s), (unsigned long long)(%s), 8);" % (k, path + ".lo", expr, self.lit(k, salt)),
                    "jx_int(S, %d, \"%s\", (unsigned long long)((%s) >> 64), (unsigned long long)((%s) >> 64), 8);" % (k, path + ".hi", expr, self.lit(k, salt))]
        return ["jx_int(S, %d, \"%s\", (unsigned long long)(%s), (unsigned long long)(%s), %d);"
                % (k, path, expr, self.lit(k, salt), self.size)]

    def promoted(self):
        return "int" if self.bits < 32 or self.boolean else self.c

    def terms(self, expr, k, salt):
        """(C expression, its value) pairs of 64 bits that say the value: what the hash mixes."""
        v = self.value(k, salt)
        if self.signed and v >> (self.bits - 1) & 1:
            v -= 1 << self.bits  # the C value is negative: converted, it is sign-extended
        if self.bits == 128:
            return [("(unsigned long long)(%s)" % expr, v & M64), ("(unsigned long long)((%s) >> 64)" % expr, (v >> 64) & M64)]
        return [("(unsigned long long)(%s)" % expr, v & M64)]


class Flt:
    def __init__(self, c, suffix, size):
        self.c, self.suffix, self.size = c, suffix, size

    def decl(self, n):
        return "%s %s" % (self.c, n)

    def lit(self, k, salt):
        return "%s%s" % (repr(k + (salt % 16) / 16.0 + 0.5), self.suffix)

    def checks(self, expr, k, salt, path):
        return ["jx_flt(S, %d, \"%s\", (double)(%s), (double)(%s));" % (k, path, expr, self.lit(k, salt))]

    def promoted(self):
        return "double" if self.c == "float" else self.c

    def terms(self, expr, k, salt):
        x = k + (salt % 16) / 16.0 + 0.5  # exact in every floating type
        return [("jx_bits((double)(%s))" % expr, struct.unpack("<Q", struct.pack("<d", x))[0])]


class Cplx:
    def __init__(self, base):
        self.base = base
        self.c = base.c + " _Complex"

    def decl(self, n):
        return "%s %s" % (self.c, n)

    def lit(self, k, salt):
        return "(%s + %s * 1.0i%s)" % (self.base.lit(k, salt), self.base.lit(k, salt + 1), self.base.suffix or "")

    def checks(self, expr, k, salt, path):
        return self.base.checks("__real__ (%s)" % expr, k, salt, path + ".re") + \
            self.base.checks("__imag__ (%s)" % expr, k, salt + 1, path + ".im")

    def terms(self, expr, k, salt):
        return self.base.terms("__real__ (%s)" % expr, k, salt) + self.base.terms("__imag__ (%s)" % expr, k, salt + 1)

    def promoted(self):
        return self.c


class Ptr:
    c = "void *"

    def decl(self, n):
        return "void *%s" % n

    def lit(self, k, salt):
        return "(void *)(unsigned long)0x%xUL" % Int("unsigned long", 64, False).value(k, salt)

    def checks(self, expr, k, salt, path):
        return ["jx_int(S, %d, \"%s\", (unsigned long long)(unsigned long)(%s), 0x%xULL, 8);"
                % (k, path, expr, Int("unsigned long", 64, False).value(k, salt))]

    def promoted(self):
        return "void *"

    def terms(self, expr, k, salt):
        return [("(unsigned long long)(unsigned long)(%s)" % expr, Int("unsigned long", 64, False).value(k, salt))]


class Enum:
    def __init__(self, name, values):
        self.name, self.values = name, values
        self.c = "enum " + name

    def decl(self, n):
        return "%s %s" % (self.c, n)

    def lit(self, k, salt):
        return "%s_%d" % (self.name, (k + salt) % len(self.values))

    def checks(self, expr, k, salt, path):
        return ["jx_int(S, %d, \"%s\", (unsigned long long)(%s), (unsigned long long)(%s), 4);" % (k, path, expr, self.lit(k, salt))]

    def definition(self):
        return "enum %s { %s };" % (self.name, ", ".join("%s_%d = %d" % (self.name, i, v) for i, v in enumerate(self.values)))

    def terms(self, expr, k, salt):
        return [("(unsigned long long)(%s)" % expr, self.values[(k + salt) % len(self.values)] & M64)]

    def promoted(self):
        return "int"


class Vec:
    def __init__(self, name, elem, n):
        self.name, self.elem, self.n = name, elem, n
        self.c = name

    def decl(self, n):
        return "%s %s" % (self.name, n)

    def lit(self, k, salt):
        return "(%s){%s}" % (self.name, ", ".join(self.elem.lit(k, salt + i) for i in range(self.n)))

    def checks(self, expr, k, salt, path):
        out = []
        for i in range(self.n):
            out += self.elem.checks("(%s)[%d]" % (expr, i), k, salt + i, "%s[%d]" % (path, i))
        return out

    def definition(self):
        return "typedef %s %s __attribute__((vector_size(%d)));" % (self.elem.c, self.name, self.n * self.elem.size)

    def terms(self, expr, k, salt):
        return sum((self.elem.terms("(%s)[%d]" % (expr, i), k, salt + i) for i in range(self.n)), [])

    def promoted(self):
        return self.name


class Agg:
    """A struct or union: fields (type, name, bits, count)."""

    def __init__(self, name, fields, union=False, packed=False, align=0):
        self.name, self.fields, self.union, self.packed, self.align = name, fields, union, packed, align
        self.c = ("union " if union else "struct ") + name

    def decl(self, n):
        return "%s %s" % (self.c, n)

    def definition(self):
        body = []
        for t, n, bits, count in self.fields:
            d = t.decl(n)
            if count:
                d += "[%d]" % count
            if bits:
                d += " : %d" % bits
            body.append("  %s;" % d)
        attrs = []
        if self.packed:
            attrs.append("__attribute__((packed))")
        if self.align:
            attrs.append("__attribute__((aligned(%d)))" % self.align)
        return "%s {\n%s\n} %s;" % (self.c, "\n".join(body), " ".join(attrs))

    def _field_lit(self, t, bits, k, salt):
        if bits:  # a bitfield: in range of its width
            v = t.value(k, salt) & ((1 << (bits - 1)) - 1)
            return "%d" % v
        return t.lit(k, salt)

    def lit(self, k, salt):
        parts = []
        for i, (t, n, bits, count) in enumerate(self.fields[:1] if self.union else self.fields):
            s = salt + 3 * i
            if count:
                parts.append(".%s = {%s}" % (n, ", ".join(t.lit(k, s + j) for j in range(count))))
            else:
                parts.append(".%s = %s" % (n, self._field_lit(t, bits, k, s)))
        return "(%s){%s}" % (self.c, ", ".join(parts))

    def checks(self, expr, k, salt, path):
        out = []
        for i, (t, n, bits, count) in enumerate(self.fields[:1] if self.union else self.fields):
            s = salt + 3 * i
            if count:
                for j in range(count):
                    out += t.checks("(%s).%s[%d]" % (expr, n, j), k, s + j, "%s.%s[%d]" % (path, n, j))
            elif bits:
                out.append("jx_int(S, %d, \"%s.%s\", (unsigned long long)(%s).%s, (unsigned long long)%s, 4);"
                           % (k, path, n, expr, n, self._field_lit(t, bits, k, s)))
            else:
                out += t.checks("(%s).%s" % (expr, n), k, s, "%s.%s" % (path, n))
        return out

    def terms(self, expr, k, salt):
        out = []
        for i, (t, n, bits, count) in enumerate(self.fields[:1] if self.union else self.fields):
            s = salt + 3 * i
            if count:
                for j in range(count):
                    out += t.terms("(%s).%s[%d]" % (expr, n, j), k, s + j)
            elif bits:
                out.append(("(unsigned long long)(%s).%s" % (expr, n), int(self._field_lit(t, bits, k, s))))
            else:
                out += t.terms("(%s).%s" % (expr, n), k, s)
        return out

    def promoted(self):
        return self.c


INTS = [Int("_Bool", 8, False, True), Int("char", 8, None), Int("signed char", 8, True),
        Int("unsigned char", 8, False), Int("short", 16, True), Int("unsigned short", 16, False),
        Int("int", 32, True), Int("unsigned", 32, False), Int("long", 64, True),
        Int("unsigned long", 64, False), Int("long long", 64, True), Int("unsigned long long", 64, False)]
INT128 = [Int("__int128", 128, True), Int("unsigned __int128", 128, False)]
FLOAT, DOUBLE, LDOUBLE = Flt("float", "f", 4), Flt("double", "", 8), Flt("long double", "L", 16)
for t in INTS:
    if t.signed is None:  # plain char: its sign is the target's; the value keeps to 7 bits
        t.signed = False


class Gen:
    """The signatures of one seed; types are named after the signature that made them."""

    def __init__(self, seed, only_ffi, avoid=()):
        self.seed, self.only_ffi, self.avoid = seed, only_ffi, set(avoid)
        self.defs = []

    def scalar(self, r, ffi):
        if ffi:
            pool = [t for t in INTS if not t.boolean] + [FLOAT, DOUBLE, Ptr()]
            return r.choice(pool)
        x = r.random()
        if x < 0.45:
            return r.choice(INTS)
        if x < 0.52:
            t = r.choice(INT128)  # the choice is made either way: the other types stay put
            return t if "int128" not in self.avoid else Int("long long", 64, True)
        if x < 0.75:
            return r.choice([FLOAT, DOUBLE, DOUBLE])
        if x < 0.80:
            return LDOUBLE
        if x < 0.85:
            return Cplx(r.choice([FLOAT, DOUBLE]))
        if x < 0.93:
            return Ptr()
        return None  # an enum: made by the caller, which knows the name

    def any_type(self, r, tag, depth=0):
        if self.only_ffi:
            return self.scalar(r, True)
        x = r.random()
        if x < 0.55 or depth > 1:
            t = self.scalar(r, False)
            if t is None:
                t = Enum("e" + tag, sorted(r.sample(range(-3, 300), r.randint(1, 4))))
                self.defs.append(t.definition())
            return t
        if x < 0.62:  # an HFA/HVA-like aggregate
            if r.random() < 0.7:
                e = r.choice([FLOAT, DOUBLE])
                t = Agg("h" + tag, [(e, "f%d" % i, None, None) for i in range(r.randint(1, 4))])
            else:
                v = Vec("v" + tag, FLOAT, r.choice([2, 4]))
                self.defs.append(v.definition())
                t = Agg("h" + tag, [(v, "f%d" % i, None, None) for i in range(r.randint(1, 4))])
            self.defs.append(t.definition())
            return t
        # a struct or union of 1 to 6 fields: scalars, arrays, a nested aggregate, bitfields
        fields = []
        for i in range(r.randint(1, 6)):
            y = r.random()
            if y < 0.12 and depth == 0:
                fields.append((self.any_type(r, "%s_%d" % (tag, i), depth + 1), "f%d" % i, None, None))
            elif y < 0.22:
                fields.append((r.choice(INTS[1:] + [FLOAT, DOUBLE]), "f%d" % i, None, r.randint(1, 4)))
            elif y < 0.32:
                bt = r.choice([Int("unsigned", 32, False), Int("int", 32, True)])
                fields.append((bt, "f%d" % i, r.randint(2, 20), None))
            else:
                t = self.scalar(r, False) or Int("int", 32, True)
                if isinstance(t, Flt) and t.c == "long double" and r.random() < 0.5:
                    t = DOUBLE
                fields.append((t, "f%d" % i, None, None))
        union = r.random() < 0.12
        packed = not union and r.random() < 0.1
        align = 16 if (not packed and r.random() < 0.06) else 0
        t = Agg(("u" if union else "s") + tag, fields, union=union, packed=packed, align=align)
        self.defs.append(t.definition())
        return t

    def signature(self, i, drops=()):
        r = random.Random("%s:%d" % (self.seed, i))
        tag = "_%d" % i
        ret = None if r.random() < 0.1 else self.any_type(r, tag + "r")
        n = r.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 14, 18]) if not self.only_ffi else r.randint(0, 10)
        params = [self.any_type(r, "%sp%d" % (tag, k)) for k in range(n)]
        variadic = (not self.only_ffi) and n >= 2 and r.random() < 0.12
        fixed = r.randint(1, n - 1) if variadic else n
        for drop in drops:  # shrinking: each index counts what the drops before it left
            if drop >= len(params):
                continue
            del params[drop]
            if drop < fixed:
                fixed -= 1
            if variadic and (fixed == 0 or fixed == len(params)):
                variadic, fixed = False, len(params)
        return ret, params, variadic, fixed


DETAIL = False  # --detail: a check per byte-carrying field, which names it; else one hash


def fnv(values):
    h = 0xCBF29CE484222325
    for v in values:
        h = ((h ^ v) * 0x100000001B3) & M64
    return h


def check(t, expr, k, salt):
    """C statements that check expr, of type t, against argument k's (0: the result's) value:
    every field mixed into one FNV-1a hash, compared with the hash of the values it should
    have (a wrong, missing or swapped field changes it); --detail: field by field."""
    if DETAIL:
        return t.checks(expr, k, salt, "")
    terms = t.terms(expr, k, salt)
    mix = "".join("    h = (h ^ %s) * 0x100000001b3ULL;\n" % c for c, _ in terms)
    return ["{\n    unsigned long long h = 0xcbf29ce484222325ULL;\n%s    jx_hash(S, %d, h, 0x%xULL);\n  }"
            % (mix, k, fnv(v for _, v in terms))]


def proto(name, ret, params, variadic, fixed):
    ps = [t.decl("a%d" % (k + 1)) for k, t in enumerate(params[:fixed])]
    if variadic:
        ps.append("...")
    return "%s %s(%s)" % (ret.c if ret else "void", name, ", ".join(ps) or "void")


def body(i, ret, params, variadic, fixed):
    """Checks of every parameter, the varargs read with their promoted types, the result."""
    out = ["  const int S = %d;" % i]
    if variadic:
        out.append("  va_list ap;")
        out.append("  va_start(ap, a%d);" % fixed)
    for k, t in enumerate(params):
        name = "a%d" % (k + 1)
        if k >= fixed:  # what the caller passed, default-promoted, then the type's own value
            if isinstance(t, (Agg, Vec, Cplx)):
                out.append("  %s = va_arg(ap, %s);" % (t.decl(name), t.c))
            else:
                out.append("  %s = (%s)va_arg(ap, %s);" % (t.decl(name), t.c, t.promoted()))
        out += ["  " + c for c in check(t, name, k + 1, i)]
    if variadic:
        out.append("  va_end(ap);")
    if ret:
        out.append("  return %s;" % ret.lit(0, i))
    return "\n".join(out)


def call_args(params, i):
    return ", ".join(t.lit(k + 1, i) for k, t in enumerate(params))


HELPERS_DECL = """\
extern long jx_mismatches;
void jx_int(int sig, int arg, const char *path, unsigned long long got, unsigned long long want, int size);
void jx_flt(int sig, int arg, const char *path, double got, double want);
void jx_hash(int sig, int arg, unsigned long long got, unsigned long long want);
static inline unsigned long long jx_bits(double d)
{
  unsigned long long u;
  __builtin_memcpy(&u, &d, sizeof u);
  return u;
}
"""

HELPERS = """\
long jx_mismatches;
/* A wrong integer: the first byte that differs, counted from the least significant. */
void jx_int(int sig, int arg, const char *path, unsigned long long got, unsigned long long want, int size)
{
  /* all 64 bits: got and want are both converted from the parameter's type, so a value the
   * JIT extended wrongly (or not at all) differs above its width too */
  unsigned long long mask = ~0ULL;
  unsigned long long x = got ^ want;
  (void)size;
  if (!x)
    return;
  int b = 0;
  while (!(x & 0xff)) {
    x >>= 8;
    b++;
  }
  jx_mismatches++;
  printf("sig %d %s%.0d%s: byte %d: got 0x%llx want 0x%llx\\n", sig, arg ? "arg " : "result", arg, path, b,
         got & mask, want & mask);
}
void jx_hash(int sig, int arg, unsigned long long got, unsigned long long want)
{
  if (got == want)
    return;
  jx_mismatches++;
  printf("sig %d %s%.0d: hash 0x%llx, not 0x%llx\\n", sig, arg ? "arg " : "result", arg, got, want);
}
void jx_flt(int sig, int arg, const char *path, double got, double want)
{
  if (got == want)
    return;
  jx_mismatches++;
  printf("sig %d %s%.0d%s: got %g want %g\\n", sig, arg ? "arg " : "result", arg, path, got, want);
}
"""


DIRTY = {
    # Garbage in every argument register and the scratch ones, called just before each call
    # of a JIT function: the registers its signature leaves unused still hold it when the
    # call is made (the caller loads only the ones it passes), where the ABI lets them hold
    # anything; a JIT function that reads one (or expects it zeroed) shows.
    "x86_64": """\
__asm__(".text\\n.globl jx_dirty\\n.hidden jx_dirty\\n.type jx_dirty, @function\\njx_dirty:\\n"
        "movabs $0xA5C3E1F0DEADBEEF, %rax\\n"
        "mov %rax, %rdi\\nmov %rax, %rsi\\nmov %rax, %rdx\\nmov %rax, %rcx\\n"
        "mov %rax, %r8\\nmov %rax, %r9\\nmov %rax, %r10\\nmov %rax, %r11\\n"
        "movq %rax, %xmm0\\npunpcklqdq %xmm0, %xmm0\\n"
        "movdqa %xmm0, %xmm1\\nmovdqa %xmm0, %xmm2\\nmovdqa %xmm0, %xmm3\\nmovdqa %xmm0, %xmm4\\n"
        "movdqa %xmm0, %xmm5\\nmovdqa %xmm0, %xmm6\\nmovdqa %xmm0, %xmm7\\n"
        "ret\\n.size jx_dirty, .-jx_dirty\\n");
""",
    "aarch64": """\
__asm__(".text\\n.globl jx_dirty\\n.hidden jx_dirty\\n.type jx_dirty, %function\\njx_dirty:\\n"
        "movz x9, #0xbeef\\nmovk x9, #0xdead, lsl #16\\nmovk x9, #0xe1f0, lsl #32\\nmovk x9, #0xa5c3, lsl #48\\n"
        "mov x0, x9\\nmov x1, x9\\nmov x2, x9\\nmov x3, x9\\nmov x4, x9\\nmov x5, x9\\nmov x6, x9\\nmov x7, x9\\n"
        "mov x8, x9\\nmov x10, x9\\nmov x11, x9\\nmov x12, x9\\nmov x13, x9\\nmov x14, x9\\nmov x15, x9\\n"
        "dup v0.2d, x9\\nmov v1.16b, v0.16b\\nmov v2.16b, v0.16b\\nmov v3.16b, v0.16b\\n"
        "mov v4.16b, v0.16b\\nmov v5.16b, v0.16b\\nmov v6.16b, v0.16b\\nmov v7.16b, v0.16b\\n"
        "ret\\n.size jx_dirty, .-jx_dirty\\n");
""",
}


def garbage_call(t, k, i, arch):
    """(widened type, argument) for a narrow integer in a register whose undefined bits hold
    garbage: x86-64's bits 32 to 63 (clang relies on the low 32 being extended), every bit
    above the type's width on AArch64 (the callee extends)."""
    if not isinstance(t, Int) or t.bits >= 64 or t.boolean and arch == "x86_64":
        return None
    v = t.value(k, i)
    width = t.bits if arch == "aarch64" else 32
    if arch == "x86_64" or t.boolean:
        if t.signed and v >> (t.bits - 1) & 1:
            v = v | ((1 << 32) - 1) ^ ((1 << t.bits) - 1)  # sign-extended to 32 bits
        if t.boolean:
            width = 8
    garbage = (0xA5C3E1F0DEADBEEF >> width) << width
    return "unsigned long", "0x%xUL" % ((garbage | v) & (2**64 - 1))


class AsUnsigned(Int):
    """A signed parameter declared unsigned (--mutate ext): the value expected is the same
    bits, zero-extended, which is what a JIT that extends its argument itself reads."""

    def __init__(self, t):
        Int.__init__(self, "unsigned " + t.c.replace("signed ", ""), t.bits, False)
        self.orig = t

    def lit(self, k, salt):
        return "(%s)%s" % (self.c, self.orig.lit(k, salt))

    def terms(self, expr, k, salt):
        return [("(unsigned long long)(%s)" % expr, self.orig.value(k, salt) & ((1 << self.bits) - 1))]


def has_ptr(t):
    if isinstance(t, Ptr):
        return True
    return isinstance(t, Agg) and any(has_ptr(f[0]) for f in t.fields)


def init(t, k, salt):
    """t's value k as a static object's initializer: braces, where lit's compound literals
    are no constant expression to gcc."""
    if isinstance(t, Vec):
        return "{%s}" % ", ".join(t.elem.lit(k, salt + i) for i in range(t.n))
    if not isinstance(t, Agg):
        return t.lit(k, salt)
    parts = []
    for i, (ft, n, bits, count) in enumerate(t.fields[:1] if t.union else t.fields):
        s = salt + 3 * i
        if count:
            parts.append(".%s = {%s}" % (n, ", ".join(init(ft, k, s + j) for j in range(count))))
        else:
            parts.append(".%s = %s" % (n, t._field_lit(ft, bits, k, s) if bits else init(ft, k, s)))
    return "{%s}" % ", ".join(parts)


def write_returns(f, sigs):
    """rets.c: a parameterless ret_I per result type with no pointer, and a main that checks
    the value each returns (the same checks as a callee's result)."""
    rets = [(i, ret) for i, ret, _, _, _ in sigs if ret and not has_ptr(ret)]
    f.write('#include "abi.h"\n\n' + HELPERS + "\n")
    for i, ret in rets:
        # from a static object: its padding is zero (C11 6.7.9), where a local's would hold
        # stack garbage, which (coerced into an i64 with a field) no two runs would agree on
        f.write("%s ret_%d(void)\n{\n  static const %s = %s;\n  return v;\n}\n\n" % (ret.c, i, ret.decl("v"), init(ret, 0, i)))
    f.write("int main(void)\n{\n")
    for i, ret in rets:
        f.write("  {\n    const int S = %d;\n    %s r = ret_%d();\n" % (i, ret.decl("").strip(), i))
        for c in check(ret, "r", 0, i):
            f.write("    " + c + "\n")
        f.write("    (void)S;\n  }\n")
    f.write('  printf("returns: %d signatures, %%ld mismatches\\n", jx_mismatches);\n' % len(rets))
    f.write("  return jx_mismatches != 0;\n}\n")


def mutate(kind, sigs, f):
    """Writes main.c's part of the mutation; returns (kind, sig, params) or exits."""
    for i, ret, params, variadic, fixed in sigs:
        if variadic:
            continue
        if kind == "drop" and params:
            last = params[-1]
            # main's own binding of callee_I, named by an asm label: the last parameter lost
            f.write("%s __asm__(\"callee_%d\");\n" % (proto("callee_%d_bad" % i, ret, params[:-1], False, len(params) - 1), i))
            print("mutant: sig %d: main calls callee_%d without its parameter %d (%s)" % (i, i, len(params), last.c))
            return kind, i, params
        if kind == "ext":
            for k, t in enumerate(params):
                if isinstance(t, Int) and t.signed and t.bits in (8, 16) and t.value(k + 1, i) >> (t.bits - 1) & 1:
                    ps = list(params)
                    ps[k] = AsUnsigned(t)
                    print("mutant: sig %d: jit_%d takes its parameter %d (%s, negative) as %s" % (i, i, k + 1, t.c, ps[k].c))
                    return kind, i, ps
    sys.exit("abigen.py: --mutate %s: no signature to mutate" % kind)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", required=True)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--count", type=int, default=1)
    ap.add_argument("--arch", required=True, choices=["x86_64", "aarch64"])
    ap.add_argument("--out", required=True)
    ap.add_argument("--only-ffi", action="store_true")
    ap.add_argument("--sig", type=int)
    ap.add_argument("--drop", type=int, action="append", default=[])
    ap.add_argument("--avoid", action="append", default=[], choices=["int128"],
                    help="a type an upstream bug breaks here (a long long in its place)")
    ap.add_argument("--detail", action="store_true", help="field-by-field checks (what a failure is narrowed with)")
    ap.add_argument("--mutate", choices=["ext", "drop"],
                    help="a deliberate fault on the JIT side, which the run must catch: ext (the "
                    "first negative short or signed char parameter of a JIT function taken as "
                    "unsigned: zero-extended where C sign-extends), drop (main's binding of a "
                    "callee without its last parameter)")
    ap.add_argument("--returns", action="store_true", help="rets.c: each result value alone, returned by a parameterless function")
    ns = ap.parse_args()
    global DETAIL
    DETAIL = ns.detail
    g = Gen(ns.seed, ns.only_ffi, ns.avoid)
    sigs = []
    ids = [ns.sig] if ns.sig is not None else range(ns.first, ns.first + ns.count)
    for i in ids:
        sigs.append((i,) + g.signature(i, ns.drop if ns.sig is not None else ()))
    os.makedirs(ns.out, exist_ok=True)
    with open(os.path.join(ns.out, "abi.h"), "w") as f:
        f.write("/* abigen.py --seed %s: the types of signatures %s */\n" % (ns.seed, "%d to %d" % (ids[0], ids[-1])))
        f.write("#include <stdarg.h>\n#include <stdio.h>\n\n" + HELPERS_DECL + "\n")
        f.write("\n".join(g.defs) + "\n\n")
        for i, ret, params, variadic, fixed in sigs:
            f.write(proto("callee_%d" % i, ret, params, variadic, fixed) + ";\n")
        f.write("void jx_drive(void *const *fns);\n")
    if ns.returns:
        with open(os.path.join(ns.out, "rets.c"), "w") as f:
            write_returns(f, sigs)
        return
    # the library: the callees, and the driver of the JIT's functions
    with open(os.path.join(ns.out, "lib.c"), "w") as f:
        f.write('#include "abi.h"\n\n' + HELPERS + "\nvoid jx_dirty(void);\n" + DIRTY[ns.arch] + "\n")
        for i, ret, params, variadic, fixed in sigs:
            f.write(proto("callee_%d" % i, ret, params, variadic, fixed) + "\n{\n" + body(i, ret, params, variadic, fixed) + "\n}\n\n")
        f.write("void jx_drive(void *const *fns)\n{\n  long before = jx_mismatches;\n")
        for n, (i, ret, params, variadic, fixed) in enumerate(sigs):
            wide, args = [], []
            for k, t in enumerate(params):
                gc = garbage_call(t, k + 1, i, ns.arch) if k < fixed else None
                wide.append(gc[0] if gc else t.c)
                args.append(gc[1] if gc else t.lit(k + 1, i))
            ps = ", ".join(wide[:fixed]) + (", ..." if variadic else "")
            f.write("  {\n    const int S = %d;\n" % i)
            f.write("    %s (*fp)(%s) = (%s (*)(%s))fns[%d];\n" % (ret.c if ret else "void", ps or "void", ret.c if ret else "void", ps or "void", n))
            f.write("    jx_dirty();\n")
            if ret:
                f.write("    %s r = fp(%s);\n" % (ret.decl("").strip(), ", ".join(args)))
                for c in check(ret, "r", 0, i):
                    f.write("    " + c + "\n")
            else:
                f.write("    fp(%s);\n" % ", ".join(args))
            f.write("    (void)S;\n  }\n")
        f.write('  printf("C called the JIT: %d signatures, %%ld mismatches\\n", jx_mismatches - before);\n}\n' % len(sigs))
    # the JIT side (and the AOT reference)
    with open(os.path.join(ns.out, "main.c"), "w") as f:
        f.write('#include "abi.h"\n\n')
        mutated = mutate(ns.mutate, sigs, f) if ns.mutate else None
        if not ns.only_ffi:
            # What the JIT receives from C it hands on to C's callee_I, which checks every
            # argument; its result goes back to the driver, which checks it: a value the JIT
            # took from the wrong place or passes on in the wrong one shows, at half the code
            # of checking in place. A variadic one cannot hand its ... on: it checks in place.
            for i, ret, params, variadic, fixed in sigs:
                if mutated and mutated[0] == "ext" and mutated[1] == i:
                    params = mutated[2]  # checks in place, with the wrong type
                    b = body(i, ret, params, variadic, fixed)
                elif variadic:
                    b = body(i, ret, params, variadic, fixed)
                else:
                    call = "callee_%d(%s)" % (i, ", ".join("a%d" % (k + 1) for k in range(len(params))))
                    b = ("  return %s;" if ret else "  %s;") % call
                f.write(proto("jit_%d" % i, ret, params, variadic, fixed) + "\n{\n" + b + "\n}\n\n")
        f.write("int main(void)\n{\n")
        for i, ret, params, variadic, fixed in sigs:
            f.write("  {\n    const int S = %d;\n" % i)
            callee = "callee_%d" % i
            if mutated and mutated[0] == "drop" and mutated[1] == i:
                params, callee = params[:-1], "callee_%d_bad" % i
            if ret:
                f.write("    %s r = %s(%s);\n" % (ret.decl("").strip(), callee, call_args(params, i)))
                for c in check(ret, "r", 0, i):
                    f.write("    " + c + "\n")
            else:
                f.write("    %s(%s);\n" % (callee, call_args(params, i)))
            f.write("    (void)S;\n  }\n")
        f.write('  printf("the JIT called C: %d signatures, %%ld mismatches\\n", jx_mismatches);\n' % len(sigs))
        if not ns.only_ffi:
            f.write("  static void *const fns[] = {%s};\n" % ", ".join("(void *)jit_%d" % s[0] for s in sigs))
            f.write("  jx_drive(fns);\n")
        f.write("  return jx_mismatches != 0;\n}\n")


if __name__ == "__main__":
    main()
