"""Writes a generated IR module to stdout: inputs too large (or too repetitive) to commit.

Usage: gen.py KIND N
  nested-array N     a global of type [1 x [1 x ... i32]] nested N deep, in one expression
  nested-constant N  main returns a constant expression add (i32 add (...), i32 1) N deep
  long-name N        a declaration whose name is N bytes long ("x" repeated), which main calls
  many-decls N       N function declarations whose names differ in one byte position only
                     (decl_<40 q's>_000000 ... : the same length, the same long prefix)
  register-heavy N   one function with N values live at once (N volatile loads summed in
                     reverse): cheap to parse and to scan, slow to allocate registers for;
                     main prints "started" with puts, then calls it and spins forever
                     (with N = 0 no function: main only prints and spins)
  wide-vector N      main multiplies and divides <N x i64> vectors: tiny text, code
                     generation (type legalization of N lanes) slow
  big-splats N       N globals of <1048576 x i64> splat: a 2 kB file whose parse allocates
                     8 MB per global
All are valid IR.
"""
import sys

kind, n = sys.argv[1], int(sys.argv[2])
w = sys.stdout.write
if kind == "nested-array":
    w("@g = global " + "[1 x " * n + "i32" + "]" * n + " zeroinitializer\n")
    w("define i32 @main() {\n  ret i32 7\n}\n")
elif kind == "nested-constant":
    w("@g = global i32 0\n")
    w("define i32 @main() {\n  ret i32 " + "add (i32 " * n + "ptrtoint (ptr @g to i32)"
      + ", i32 1)" * n + "\n}\n")
elif kind == "long-name":
    name = "x" * n
    w("declare i32 @%s()\n" % name)
    w("define i32 @main() {\n  %%r = call i32 @%s()\n  ret i32 %%r\n}\n" % name)
elif kind == "many-decls":
    prefix = "decl_" + "q" * 40 + "_"
    w("".join("declare void @%s%06d()\n" % (prefix, i) for i in range(n)))
    w("define i32 @main() {\n  ret i32 7\n}\n")
elif kind == "register-heavy":
    w('@started = private constant [8 x i8] c"started\\00"\n')
    w("declare i32 @puts(ptr)\n")
    if n:
        w("@g = global [%d x i64] zeroinitializer\n" % n)
        w("define i64 @work() {\n")
        for i in range(n):
            w("  %%l%d = load volatile i64, ptr getelementptr ([%d x i64], ptr @g, i64 0, i64 %d)\n"
              % (i, n, i))
        acc = "%l0"
        for i in range(1, n):
            w("  %%s%d = add i64 %s, %%l%d\n" % (i, acc, n - i))
            acc = "%%s%d" % i
        w("  ret i64 %s\n}\n" % acc)
    w("define i32 @main() {\nentry:\n  call i32 @puts(ptr @started)\n  br label %spin\nspin:\n")
    if n:
        w("  %w = call i64 @work()\n")
    w("  br label %spin\n}\n")
elif kind == "wide-vector":
    w("@a = global <%d x i64> zeroinitializer\n" % n)
    w("define i64 @main() {\n")
    w("  %%x = load volatile <%d x i64>, ptr @a\n" % n)
    w("  %%y = mul <%d x i64> %%x, %%x\n" % n)
    w("  %%z = udiv <%d x i64> %%y, splat (i64 7)\n" % n)
    w("  store volatile <%d x i64> %%z, ptr @a\n" % n)
    w("  %%e = extractelement <%d x i64> %%z, i32 5\n  ret i64 %%e\n}\n" % n)
elif kind == "big-splats":
    for i in range(n):
        w("@g%d = global <1048576 x i64> splat (i64 %d)\n" % (i, i + 1))
    w("define i32 @main() {\n  ret i32 7\n}\n")
else:
    sys.exit("gen.py: unknown kind %r" % kind)
