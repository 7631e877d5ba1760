"""big_int.py ir BITS OUT: a module of entries returning iBITS: @ones (2^(BITS-1) - 1, every
bit but the sign), @min (-2^(BITS-1)) and @rnd (a fixed random pattern, from a global of
i64 words).
big_int.py json BITS NAME / text BITS NAME: reads jitxr's JSON report (or text report) on
stdin and prints "NAME iBITS exact DIGITS" when the entry's value is exactly the decimal
Python's int has for it (canonical: no leading zeros, '-' for negatives)."""
import json
import random
import re
import sys

mode, bits = sys.argv[1], int(sys.argv[2])
words = bits // 64
rng = random.Random(bits)
pattern = [rng.getrandbits(64) for _ in range(words)]


def signed(v, w):
    return v - (1 << w) if v >> (w - 1) else v


if mode == "ir":
    with open(sys.argv[3], "w") as f:
        f.write("@g = constant [%d x i64] [%s]\n" % (
            words, ", ".join("i64 %d" % signed(v, 64) for v in pattern)))
        f.write("define i%d @ones() {\n  %%v = lshr i%d -1, 1\n  ret i%d %%v\n}\n" % ((bits,) * 3))
        f.write("define i%d @min() {\n  %%v = shl i%d 1, %d\n  ret i%d %%v\n}\n" % (bits, bits, bits - 1, bits))
        f.write("define i%d @rnd() {\n  %%v = load i%d, ptr @g\n  ret i%d %%v\n}\n" % ((bits,) * 3))
    sys.exit(0)


def parse(s):
    """int(s) by halves: CPython's int(str) is quadratic, its products are not."""
    if len(s) <= 4000:
        return int(s)
    half = len(s) // 2
    return parse(s[:-half]) * 10 ** half + parse(s[-half:])


name = sys.argv[3]
want = {"ones": (1 << (bits - 1)) - 1, "min": -(1 << (bits - 1)),
        "rnd": signed(sum(v << (64 * i) for i, v in enumerate(pattern)), bits)}[name]
if mode == "json":
    r = json.load(sys.stdin)["entry"]["result"]
    assert r["type"] == "i%d" % bits, r["type"]
    text = r["value"]
else:
    line = [l for l in sys.stdin.read().splitlines() if l.startswith("result ")][0]
    prefix = "result i%d " % bits
    assert line.startswith(prefix), line[:60]
    text = line[len(prefix):]
assert re.fullmatch(r"-?[1-9][0-9]*|0", text), text[:60]
got = -parse(text[1:]) if text[0] == "-" else parse(text)
print("%s i%d %s %d" % (name, bits, "exact" if got == want else "WRONG", len(text.lstrip("-"))))
