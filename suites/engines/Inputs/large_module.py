"""Writes a large IR module for large-module.test: FUNCTIONS functions in a call chain, each
reading a global of its own (f_i(x) = f_{i+1}(x + g_i), g_i = 3 * i), a zero-initialized
global of BIG bytes whose last byte main writes and reads back, and calls into libfx (fx_add3
on fx_counter). main returns sum(g_i) + 7 + fx_add3(41, 0, 1).

Usage: large_module.py OUT.ll FUNCTIONS BIG
"""
import sys

out, n, big = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
lines = [
    "@fx_counter = external global i32",
    "declare i32 @fx_add3(i32, i32, i32)",
    "@big = global [%d x i8] zeroinitializer" % big,
]
lines += ["@g%d = global i64 %d" % (i, 3 * i) for i in range(n)]
for i in range(n):
    lines += [
        "define i64 @f%d(i64 %%x) {" % i,
        "  %%g = load i64, ptr @g%d" % i,
        "  %a = add i64 %x, %g",
    ]
    if i + 1 < n:
        lines += ["  %%r = call i64 @f%d(i64 %%a)" % (i + 1), "  ret i64 %r"]
    else:
        lines += ["  ret i64 %a"]
    lines += ["}"]
lines += [
    "define i64 @main() {",
    "  %%last = getelementptr i8, ptr @big, i64 %d" % (big - 1),
    "  store i8 7, ptr %last",
    "  %chain = call i64 @f0(i64 0)",
    "  %b = load volatile i8, ptr %last",
    "  %bz = zext i8 %b to i64",
    "  %c = load i32, ptr @fx_counter",
    "  %f = call i32 @fx_add3(i32 %c, i32 0, i32 1)",
    "  %fz = sext i32 %f to i64",
    "  %s = add i64 %chain, %bz",
    "  %r = add i64 %s, %fz",
    "  ret i64 %r",
    "}",
]
with open(out, "w") as f:
    f.write("\n".join(lines) + "\n")
