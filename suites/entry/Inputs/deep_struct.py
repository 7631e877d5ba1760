"""deep_struct.py ir N OUT: a module whose @deep returns { { ... { i32 7 } ... } } (N
structs), @c the same at compile time, @g a writable global of it that @fill returns.
deep_struct.py text N: the `result` line jitxr prints for it.
deep_struct.py json N: reads jitxr's JSON report on stdin and prints, walking the entry's
value N structs down, "depth D leaf TYPE VALUE"."""
import json
import sys

mode, n = sys.argv[1], int(sys.argv[2])
ty, val, text = "i32", "i32 7", "i32 7"
for _ in range(n):
    val = "{ %s } { %s }" % (ty, val)
    text = "%s { %s }" % ("{ %s }" % ty, text)
    ty = "{ %s }" % ty
if mode == "ir":
    with open(sys.argv[3], "w") as f:
        f.write("@g = global %s zeroinitializer\n" % ty)
        f.write("define %s @deep() {\n  ret %s\n}\n" % (ty, val))
        f.write("define %s @c() {\n  ret %s\n}\n" % (ty, val))
        f.write("define ptr @fill() {\n  store %s, ptr @g\n  ret ptr @g\n}\n" % val)
        f.write("define i32 @main() {\n  ret i32 0\n}\n")
elif mode == "text":
    print("result " + text)
else:
    sys.setrecursionlimit(10000)
    v = json.load(sys.stdin)["entry"]["result"]
    depth = 0
    while "fields" in v:
        assert len(v["fields"]) == 1, v
        v, depth = v["fields"][0], depth + 1
    print("depth %d leaf %s %s" % (depth, v["type"], v["value"]))
