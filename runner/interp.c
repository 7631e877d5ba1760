/* What LLVM's interpreter cannot run, found in the IR before anything runs, so that
 * --engine interp refuses it with the reason (status unsupported, exit 5) instead of
 * crashing, aborting or printing something else than the program would:
 * - a call to a variadic library function other than its own printf, fprintf, sprintf,
 *   scanf and sscanf (with libffi it calls externals by their fixed signature only:
 *   "Calling external var arg function ... is not supported", an abort);
 * - a function of the module handed to library code as a value (qsort's comparator,
 *   pthread_create's start routine, __cxa_atexit's destructor): the interpreter has no
 *   machine code for it, and the library would call into the interpreter's own objects;
 * - its own printf family given a format with a '*' width or precision, %a, or a z, j or t
 *   length: it takes the '*' argument for the value (wrong output or a crash), writes %a
 *   past its buffer, and cuts a %zu's size_t to 32 bits;
 * - its own printf (which writes to LLVM's buffered llvm::outs(), flushed at the end)
 *   beside the C library's stdio (puts, putchar, fwrite, ...): the lines come out of order;
 * - atexit under --no-fork: its built-in atexit runs the handlers only in its exit(), which
 *   the child calls after the entry answered (child.c); in place it would end the worker;
 * - setjmp and longjmp: a longjmp cannot unwind the interpreter's own frames;
 * - exceptions (landingpad, resume): it has no unwinder ("Don't know how to handle this
 *   instruction", an abort);
 * - x86_fp80, fp128 and ppc_fp128 values: it computes with float and double only
 *   ("Unhandled type for FAdd instruction", an abort);
 * - a library call whose lowered signature libffi is not given (i1, structs, arrays,
 *   vectors: "Type could not be mapped for use with libffi", an abort), or whose byval
 *   argument (or, on AArch64, sret pointer) it would pass in the wrong place;
 * - on LLVM 22, a library's i8/i16/i32 result used as unsigned: it comes back untruncated;
 * - an intrinsic its IntrinsicLowering does not lower (llvm.fma, llvm.fmuladd, llvm.fabs,
 *   llvm.smax, llvm.load.relative, ...), or lowers on scalars only: an abort.
 * Only the code the run can reach is looked at: the entry, the constructors and destructors,
 * what they call directly, and, once any of them calls through a pointer, every function
 * whose address is taken. */
#include "arch.h"
#include "jitxr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool in(const char *name, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(name, list[i]) == 0)
      return true;
  return false;
}

static const char *const own_variadics[] = {"printf", "fprintf", "sprintf", "scanf", "sscanf"};
static const char *const jumps[] = {"setjmp",  "_setjmp",  "__sigsetjmp", "sigsetjmp",
                                    "longjmp", "_longjmp", "siglongjmp",  "__longjmp_chk"};

/* The intrinsics the interpreter executes: va_start, va_end and va_copy itself, the rest
 * as llvm/lib/CodeGen/IntrinsicLowering.cpp lowers them (to plain instructions, or to calls
 * of libm and libc by name); any other is "Code generator does not support intrinsic
 * function", an abort. (Debug intrinsics are records, not calls, by LLVM 19.) */
static const char *const lowered[] = {"llvm.va_start",
                                      "llvm.va_end",
                                      "llvm.va_copy",
                                      "llvm.expect",
                                      "llvm.allow.runtime.check",
                                      "llvm.allow.ubsan.check",
                                      "llvm.ctpop",
                                      "llvm.bswap",
                                      "llvm.ctlz",
                                      "llvm.cttz",
                                      "llvm.stacksave",
                                      "llvm.stackrestore",
                                      "llvm.get.dynamic.area.offset",
                                      "llvm.returnaddress",
                                      "llvm.frameaddress",
                                      "llvm.addressofreturnaddress",
                                      "llvm.prefetch",
                                      "llvm.pcmarker",
                                      "llvm.readcyclecounter",
                                      "llvm.readsteadycounter",
                                      "llvm.dbg.declare",
                                      "llvm.dbg.label",
                                      "llvm.dbg.value",
                                      "llvm.dbg.assign",
                                      "llvm.eh.typeid.for",
                                      "llvm.annotation",
                                      "llvm.ptr.annotation",
                                      "llvm.assume",
                                      "llvm.experimental.noalias.scope.decl",
                                      "llvm.var.annotation",
                                      "llvm.memcpy",
                                      "llvm.memmove",
                                      "llvm.memset",
                                      "llvm.get.rounding",
                                      "llvm.invariant.start",
                                      "llvm.invariant.end",
                                      "llvm.lifetime.start",
                                      "llvm.lifetime.end"};
/* ... and these as calls of libm by name: of a float or a double, never of a vector */
static const char *const to_libm[] = {"llvm.sqrt",  "llvm.log",       "llvm.log2",    "llvm.log10",
                                      "llvm.exp",   "llvm.exp2",      "llvm.pow",     "llvm.sin",
                                      "llvm.cos",   "llvm.floor",     "llvm.ceil",    "llvm.trunc",
                                      "llvm.round", "llvm.roundeven", "llvm.copysign"};

static bool named(const char *const *list, size_t n, const char *base, size_t len) {
  for (size_t i = 0; i < n; i++)
    if (strlen(list[i]) == len && strncmp(list[i], base, len) == 0)
      return true;
  return false;
}

static char *name_of(LLVMValueRef v);

/* Why the interpreter cannot execute a call of intrinsic callee (owned), or NULL. */
static char *intrinsic_refusal(LLVMValueRef fn, LLVMValueRef call, LLVMValueRef callee) {
  size_t len;
  const char *base = LLVMIntrinsicGetName(LLVMGetIntrinsicID(callee), &len);
  bool libm = named(to_libm, sizeof to_libm / sizeof *to_libm, base, len);
  bool known = libm || named(lowered, sizeof lowered / sizeof *lowered, base, len);
  bool vector = libm && LLVMGetTypeKind(LLVMTypeOf(call)) == LLVMVectorTypeKind;
  if (known && !vector)
    return NULL;
  char *fname = name_of(fn), *cname = name_of(callee);
  char *why = jx_xasprintf(
      "'%s' calls the intrinsic '%s', which LLVM's interpreter cannot execute%s", fname, cname,
      known ? " on a vector (its lowering calls libm's scalar function: undefined behaviour)"
            : " (\"Code generator does not support intrinsic function\", an abort)");
  free(fname);
  free(cname);
  return why;
}

static bool wide_float(LLVMTypeRef t) {
  switch (LLVMGetTypeKind(t)) {
  case LLVMX86_FP80TypeKind:
  case LLVMFP128TypeKind:
  case LLVMPPC_FP128TypeKind:
    return true;
  case LLVMVectorTypeKind:
    return wide_float(LLVMGetElementType(t));
  default:
    return false;
  }
}

static char *name_of(LLVMValueRef v) {
  size_t len;
  const char *n = LLVMGetValueName2(v, &len);
  return jx_escape_len(n, len);
}

/* A constant format string's first conversion the interpreter's printf gets wrong: '*'
 * (a width or precision from the arguments), 'a'/'A', or a 'z', 'j' or 't' length (it counts
 * only 'l's, and passes the rest as 32 bits); 0 when there is none. */
static char bad_conversion(LLVMValueRef fmt) {
  LLVMValueRef init = LLVMIsAGlobalVariable(fmt) ? LLVMGetInitializer(fmt) : NULL;
  if (!init || !LLVMIsAConstantDataSequential(init) || !LLVMIsConstantString(init))
    return 0;
  size_t len;
  const char *f = LLVMGetAsString(init, &len);
  for (size_t i = 0; i < len; i++) {
    if (f[i] != '%')
      continue;
    for (i++; i < len && strchr("-+ #0123456789.*hlLqjzt'", f[i]); i++)
      if (f[i] == '*' || f[i] == 'z' || f[i] == 'j' || f[i] == 't')
        return f[i];
    if (i < len && (f[i] == 'a' || f[i] == 'A'))
      return f[i];
  }
  return 0;
}

/* What LLVM's interpreter can hand to libffi for a library call (ExternalFunctions.cpp,
 * ffiTypeFor): void, i8 to i64, float, double, pointers. Anything else (i1, a struct, an
 * array, a vector) aborts with "Type could not be mapped for use with libffi". */
static bool ffi_type(LLVMTypeRef t) {
  switch (LLVMGetTypeKind(t)) {
  case LLVMVoidTypeKind:
  case LLVMFloatTypeKind:
  case LLVMDoubleTypeKind:
  case LLVMPointerTypeKind:
    return true;
  case LLVMIntegerTypeKind: {
    unsigned w = LLVMGetIntTypeWidth(t);
    return w == 8 || w == 16 || w == 32 || w == 64;
  }
  default:
    return false;
  }
}

static bool has_attr(LLVMValueRef fn, LLVMAttributeIndex idx, const char *name) {
  return LLVMGetEnumAttributeAtIndex(fn, idx,
                                     LLVMGetEnumAttributeKindForName(name, strlen(name))) != NULL;
}

/* Why a library function's lowered signature cannot go through the interpreter's libffi
 * call, owned, or NULL: a type libffi is not given, a byval argument (the interpreter
 * passes the pointer, not the copy on the stack the callee reads), an sret pointer on
 * AArch64 (the callee takes it in x8, libffi puts it in x0). */
static char *ffi_refusal(LLVMValueRef callee, bool aarch64) {
  LLVMTypeRef ft = LLVMGlobalGetValueType(callee);
  unsigned n = LLVMCountParamTypes(ft);
  LLVMTypeRef *ps = jx_xcalloc(n + 1, sizeof *ps);
  LLVMGetParamTypes(ft, ps);
  char *why = NULL, *ty = NULL;
  if (!ffi_type(LLVMGetReturnType(ft))) {
    ty = LLVMPrintTypeToString(LLVMGetReturnType(ft));
    why = jx_xasprintf("its result is %s: LLVM's interpreter calls library functions through "
                       "libffi with integers of 8 to 64 bits, float, double and pointers only",
                       ty);
  }
  for (unsigned k = 0; !why && k < n; k++) {
    if (!ffi_type(ps[k])) {
      ty = LLVMPrintTypeToString(ps[k]);
      why = jx_xasprintf("its parameter %u is %s: LLVM's interpreter calls library functions "
                         "through libffi with integers of 8 to 64 bits, float, double and "
                         "pointers only",
                         k + 1, ty);
    } else if (has_attr(callee, k + 1, "byval")) {
      why = jx_xasprintf("its parameter %u is byval: the callee reads a copy on the stack, and "
                         "LLVM's interpreter passes the pointer",
                         k + 1);
    } else if (aarch64 && has_attr(callee, k + 1, "sret")) {
      why = jx_xasprintf("its parameter %u is sret: AAPCS64 passes it in x8, LLVM's "
                         "interpreter (through libffi) in x0",
                         k + 1);
    }
  }
  if (ty)
    LLVMDisposeMessage(ty);
  free(ps);
  return why;
}

/* LLVM 22's interpreter returns a library function's i8, i16 or i32 result as an APInt it
 * does not truncate: the copies of the sign bit stay above its width (measured: 200 from a
 * zeroext i8 function zero-extends to -56, 0x90000000 to -1879048192 in i64). Signed uses
 * come out right by accident; an unsigned one (zext, lshr, udiv, urem, uitofp, an unsigned
 * compare) does not. The first such use of call's result, or NULL. LLVM 19 is not affected. */
static const char *unsigned_use(LLVMValueRef call) {
  unsigned major, minor, patch;
  LLVMGetVersion(&major, &minor, &patch);
  LLVMTypeRef t = LLVMTypeOf(call);
  if (major < 22 || LLVMGetTypeKind(t) != LLVMIntegerTypeKind || LLVMGetIntTypeWidth(t) >= 64)
    return NULL;
  for (LLVMUseRef u = LLVMGetFirstUse(call); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (!LLVMIsAInstruction(user))
      continue;
    switch (LLVMGetInstructionOpcode(user)) {
    case LLVMZExt:
      return "zext";
    case LLVMLShr:
      return "lshr";
    case LLVMUDiv:
      return "udiv";
    case LLVMURem:
      return "urem";
    case LLVMUIToFP:
      return "uitofp";
    case LLVMICmp: {
      LLVMIntPredicate p = LLVMGetICmpPredicate(user);
      if (p == LLVMIntUGT || p == LLVMIntUGE || p == LLVMIntULT || p == LLVMIntULE)
        return "an unsigned icmp";
      break;
    }
    default:
      break;
    }
  }
  return NULL;
}

/* The 128-bit float a constant holds in its own bytes (not through a pointer), or NULL:
 * StoreValueToMemory has x86_fp80 but neither fp128 nor ppc_fp128, and zeroinitializer
 * is written as zero bytes, which needs no store of the type. */
static LLVMTypeRef wide_constant(LLVMValueRef c) {
  if (LLVMIsUndef(c) || LLVMIsAConstantAggregateZero(c))
    return NULL;
  LLVMTypeRef t = LLVMTypeOf(c);
  while (LLVMGetTypeKind(t) == LLVMVectorTypeKind)
    t = LLVMGetElementType(t);
  if (LLVMGetTypeKind(t) == LLVMFP128TypeKind || LLVMGetTypeKind(t) == LLVMPPC_FP128TypeKind)
    return t;
  if (!LLVMIsAConstantStruct(c) && !LLVMIsAConstantArray(c))
    return NULL;
  t = NULL;
  for (int k = 0, n = LLVMGetNumOperands(c); k < n && !t; k++)
    t = wide_constant(LLVMGetOperand(c, k));
  return t;
}

/* The module's global that v is or points into (a constant expression of it), or NULL. */
static LLVMValueRef global_of(LLVMValueRef v) {
  for (int depth = 0; v && depth < 8; depth++) {
    if (LLVMIsAGlobalVariable(v))
      return v;
    if (!LLVMIsAConstantExpr(v) || LLVMGetNumOperands(v) < 1)
      return NULL;
    v = LLVMGetOperand(v, 0);
  }
  return NULL;
}

/* The reason for one instruction of fn, owned, or NULL. */
static char *refusal(LLVMValueRef fn, LLVMValueRef in_, bool no_fork) {
  for (int k = 0, n = LLVMGetNumOperands(in_); k < n; k++) {
    /* its InitializeMemory cannot store such a value ("Cannot store value of type fp128!")
     * and leaves those bytes as they were: clang copies a long double's struct from its
     * static object with memcpy, where no instruction computes with the type */
    LLVMValueRef g = global_of(LLVMGetOperand(in_, k));
    LLVMTypeRef t = g && !LLVMIsDeclaration(g) ? wide_constant(LLVMGetInitializer(g)) : NULL;
    if (t) {
      char *fname = name_of(fn), *gname = name_of(g), *ty = LLVMPrintTypeToString(t);
      char *w = jx_xasprintf(
          "'%s' uses the global '%s', whose initializer holds a value of type %s: LLVM's "
          "interpreter cannot write that type to memory",
          fname, gname, ty);
      LLVMDisposeMessage(ty);
      free(fname);
      free(gname);
      return w;
    }
  }
  if (wide_float(LLVMTypeOf(in_)))
    goto wide;
  for (int k = 0, n = LLVMGetNumOperands(in_); k < n; k++)
    if (wide_float(LLVMTypeOf(LLVMGetOperand(in_, k))))
      goto wide;
  LLVMOpcode op = LLVMGetInstructionOpcode(in_);
  if (op == LLVMLandingPad || op == LLVMResume) {
    char *fname = name_of(fn),
         *w = jx_xasprintf("'%s' catches or passes on C++ exceptions: LLVM's interpreter "
                           "cannot unwind",
                           fname);
    free(fname);
    return w;
  }
  if (op == LLVMLoad || op == LLVMStore) {
    /* its LoadValueFromMemory aborts ("Cannot load value of type"), a constant aggregate
     * to store aborts too, and StoreValueToMemory writes nothing for any other */
    LLVMTypeRef t = LLVMTypeOf(op == LLVMLoad ? in_ : LLVMGetOperand(in_, 0));
    LLVMTypeKind k = LLVMGetTypeKind(t);
    if (k != LLVMStructTypeKind && k != LLVMArrayTypeKind)
      return NULL;
    const char *named = k == LLVMStructTypeKind ? LLVMGetStructName(t) : NULL;
    char *fname = name_of(fn), *ty = named ? NULL : LLVMPrintTypeToString(t);
    char *w = jx_xasprintf("'%s' %s a %s%s whole: LLVM's interpreter moves only scalars and "
                           "vectors between registers and memory",
                           fname, op == LLVMLoad ? "loads" : "stores", named ? "%" : "",
                           named ? named : ty);
    LLVMDisposeMessage(ty);
    free(fname);
    return w;
  }
  if (op != LLVMCall && op != LLVMInvoke)
    return NULL;
  LLVMValueRef callee = LLVMGetCalledValue(in_);
  if (LLVMIsAFunction(callee) && LLVMGetIntrinsicID(callee))
    return intrinsic_refusal(fn, in_, callee);
  bool external = LLVMIsAFunction(callee) && LLVMIsDeclaration(callee);
  if (!external)
    return NULL;
  char *cname = name_of(callee), *fname = name_of(fn), *why = NULL;
  if (LLVMIsFunctionVarArg(LLVMGlobalGetValueType(callee)) &&
      !in(cname, own_variadics, sizeof own_variadics / sizeof *own_variadics))
    why = jx_xasprintf("'%s' calls the variadic library function '%s': LLVM's interpreter "
                       "cannot call a variadic external function (only its own printf, "
                       "fprintf, sprintf, scanf and sscanf)",
                       fname, cname);
  else if (in(cname, own_variadics, sizeof own_variadics / sizeof *own_variadics)) {
    unsigned at = cname[0] == 'p' || strcmp(cname, "scanf") == 0 ? 0 : 1; /* the format */
    char c = at < LLVMGetNumArgOperands(in_) ? bad_conversion(LLVMGetOperand(in_, at)) : 0;
    if (c == '*')
      why = jx_xasprintf("'%s' calls %s with a '*' width or precision, which LLVM's "
                         "interpreter's own %s takes for the value",
                         fname, cname, cname);
    else if (c == 'a' || c == 'A')
      why = jx_xasprintf("'%s' calls %s with %%a, which LLVM's interpreter's own %s writes past "
                         "its buffer",
                         fname, cname, cname);
    else if (c)
      why = jx_xasprintf("'%s' calls %s with a '%c' length (size_t, intmax_t, ptrdiff_t), whose "
                         "argument LLVM's interpreter's own %s cuts to 32 bits",
                         fname, cname, c, cname);
  } else if (strcmp(cname, "atexit") == 0 && no_fork)
    why = jx_xasprintf("'%s' calls atexit, and with --no-fork: LLVM's interpreter runs atexit "
                       "handlers only in its exit(), which would end the runner before its report",
                       fname);
  else if (in(cname, jumps, sizeof jumps / sizeof *jumps))
    why = jx_xasprintf("'%s' calls %s: a longjmp cannot unwind LLVM's interpreter's own "
                       "frames",
                       fname, cname);
  if (!why) {
    /* libffi calls the library by this machine's ABI, whatever triple the module names */
    char *f = ffi_refusal(callee, strcmp(jx_arch_name, "aarch64") == 0);
    if (f)
      why = jx_xasprintf("'%s' calls the library function '%s', and %s", fname, cname, f);
    free(f);
  }
  const char *use = why ? NULL : unsigned_use(in_);
  if (use) {
    char *ty = LLVMPrintTypeToString(LLVMTypeOf(in_));
    why = jx_xasprintf("'%s' takes the %s result of the library function '%s' as unsigned "
                       "(%s): LLVM 22's interpreter returns it with the sign bit copied above "
                       "its width, so that 200 from an unsigned char reads as -56",
                       fname, ty, cname, use);
    LLVMDisposeMessage(ty);
  }
  /* atexit is the interpreter's own: it interprets the handler */
  for (unsigned k = 0, n = strcmp(cname, "atexit") ? LLVMGetNumArgOperands(in_) : 0; !why && k < n;
       k++) {
    LLVMValueRef a = LLVMGetOperand(in_, k);
    if (LLVMIsAFunction(a) && !LLVMIsDeclaration(a)) {
      char *aname = name_of(a);
      why = jx_xasprintf("'%s' passes its function '%s' to the library function '%s': LLVM's "
                         "interpreter has no machine code for it, so the library would call "
                         "into the interpreter's own objects",
                         fname, aname, cname);
      free(aname);
    }
  }
  free(cname);
  free(fname);
  return why;
wide : {
  char *fname2 = name_of(fn), *ty = NULL, *w;
  LLVMTypeRef t = LLVMTypeOf(in_);
  for (int k = 0, n = LLVMGetNumOperands(in_); !wide_float(t) && k < n; k++)
    t = LLVMTypeOf(LLVMGetOperand(in_, k));
  ty = LLVMPrintTypeToString(t);
  w = jx_xasprintf("'%s' computes with %s: LLVM's interpreter implements float and double only",
                   fname2, ty);
  LLVMDisposeMessage(ty);
  free(fname2);
  return w;
}
}

/* Appends f to the work list unless it is there or has no body. */
static void reach(LLVMValueRef f, LLVMValueRef **list, size_t *n) {
  if (!f || !LLVMIsAFunction(f) || LLVMIsDeclaration(f))
    return;
  for (size_t i = 0; i < *n; i++)
    if ((*list)[i] == f)
      return;
  *list = jx_xgrow(*list, *n, sizeof **list);
  (*list)[(*n)++] = f;
}

/* The functions of llvm.global_ctors / llvm.global_dtors. */
static void structors(LLVMModuleRef mod, const char *name, LLVMValueRef **list, size_t *n) {
  LLVMValueRef g = LLVMGetNamedGlobal(mod, name);
  LLVMValueRef init = g ? LLVMGetInitializer(g) : NULL;
  for (int i = 0, k = init && LLVMIsAConstantArray(init) ? LLVMGetNumOperands(init) : 0; i < k;
       i++) {
    LLVMValueRef entry = LLVMGetOperand(init, (unsigned)i);
    if (LLVMGetNumOperands(entry) >= 2)
      reach(LLVMGetOperand(entry, 1), list, n);
  }
}

static bool address_taken(LLVMValueRef f) {
  for (LLVMUseRef u = LLVMGetFirstUse(f); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (!LLVMIsACallInst(user) && !LLVMIsAInvokeInst(user))
      return true;
    if (LLVMGetCalledValue(user) != f)
      return true;
  }
  return false;
}

/* Whether a global's initializer (or a constant in one) holds f's address. */
static bool in_initializer(LLVMValueRef f) {
  for (LLVMUseRef u = LLVMGetFirstUse(f); u; u = LLVMGetNextUse(u))
    if (!LLVMIsAInstruction(LLVMGetUser(u)))
      return true;
  return false;
}

static const char *const stdio_writers[] = {"puts",
                                            "putchar",
                                            "putc",
                                            "fputs",
                                            "fputc",
                                            "fwrite",
                                            "fprintf",
                                            "vprintf",
                                            "vfprintf",
                                            "perror",
                                            "putchar_unlocked",
                                            "fputs_unlocked",
                                            "fwrite_unlocked"};

/* printf beside a stdio writer in the code reached: the two names, or false. */
static bool mixes_printf(LLVMValueRef *list, size_t n, char **writer, char **where) {
  bool printf_seen = false;
  for (size_t k = 0; k < n; k++)
    for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(list[k]); b; b = LLVMGetNextBasicBlock(b))
      for (LLVMValueRef i = LLVMGetFirstInstruction(b); i; i = LLVMGetNextInstruction(i)) {
        LLVMOpcode op = LLVMGetInstructionOpcode(i);
        LLVMValueRef c = op == LLVMCall || op == LLVMInvoke ? LLVMGetCalledValue(i) : NULL;
        if (!c || !LLVMIsAFunction(c) || !LLVMIsDeclaration(c))
          continue;
        char *name = name_of(c);
        if (strcmp(name, "printf") == 0)
          printf_seen = true;
        else if (!*writer &&
                 in(name, stdio_writers, sizeof stdio_writers / sizeof *stdio_writers)) {
          *writer = jx_xstrdup(name);
          *where = name_of(list[k]);
        }
        free(name);
      }
  if (printf_seen && *writer)
    return true;
  free(*writer);
  free(*where);
  *writer = *where = NULL;
  return false;
}

char *jx_interp_refusal(LLVMModuleRef mod, const char *fn, bool program, bool no_fork) {
  LLVMValueRef *list = NULL;
  size_t n = 0;
  bool indirect = false;
  LLVMValueRef caller = NULL; /* the first function that calls through a pointer */
  reach(LLVMGetNamedFunction(mod, fn), &list, &n);
  if (program) {
    structors(mod, "llvm.global_ctors", &list, &n);
    structors(mod, "llvm.global_dtors", &list, &n);
  }
  char *why = NULL;
  for (size_t k = 0; k < n && !why; k++) {
    LLVMValueRef f = list[k];
    for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(f); b && !why; b = LLVMGetNextBasicBlock(b))
      for (LLVMValueRef i = LLVMGetFirstInstruction(b); i && !why; i = LLVMGetNextInstruction(i)) {
        why = refusal(f, i, no_fork);
        LLVMOpcode op = LLVMGetInstructionOpcode(i);
        if (op != LLVMCall && op != LLVMInvoke)
          continue;
        LLVMValueRef callee = LLVMGetCalledValue(i);
        size_t len;
        if (LLVMIsAFunction(callee) && strcmp(LLVMGetValueName2(callee, &len), "atexit") == 0 &&
            LLVMGetNumArgOperands(i))
          reach(LLVMGetOperand(i, 0), &list, &n); /* the handler runs too */
        if (LLVMIsAFunction(callee))
          reach(callee, &list, &n);
        else if (!LLVMIsAInlineAsm(callee) && !indirect) {
          indirect = true; /* any function whose address is taken may be called here */
          caller = f;
          for (LLVMValueRef g = LLVMGetFirstFunction(mod); g; g = LLVMGetNextFunction(g))
            if (address_taken(g))
              reach(g, &list, &n);
        }
      }
  }
  /* a library function's address in a global's initializer is its machine code (where an
   * instruction takes it, the interpreter has its own Function object instead), which the
   * interpreter would take for one of its own functions when called through the pointer */
  for (LLVMValueRef g = LLVMGetFirstFunction(mod); g && indirect && !why;
       g = LLVMGetNextFunction(g))
    if (LLVMIsDeclaration(g) && !LLVMGetIntrinsicID(g) && in_initializer(g)) {
      char *fname = name_of(caller), *gname = name_of(g);
      why = jx_xasprintf("'%s' calls through a pointer, and the library function '%s' is in a "
                         "global's initializer: LLVM's interpreter would run the library's "
                         "machine code as one of its own functions",
                         fname, gname);
      free(fname);
      free(gname);
    }
  char *writer = NULL, *where = NULL;
  if (!why && mixes_printf(list, n, &writer, &where)) {
    why = jx_xasprintf("'%s' calls %s beside printf: LLVM's interpreter's own printf writes to "
                       "LLVM's buffered stream, flushed only at the end, so the program's "
                       "lines would come out of order",
                       where, writer);
    free(writer);
    free(where);
  }
  free(list);
  return why;
}
