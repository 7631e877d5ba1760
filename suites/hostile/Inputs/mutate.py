"""Writes a copy of a file with a few bytes changed, chosen by a seed (deterministic: its own
xorshift generator, not Python's random, so the bytes do not depend on the Python version).

Usage: mutate.py IN SEED NBYTES OUT
Changes NBYTES bytes at positions after the first 4 (the bitcode magic stays, so that the
file is still read as bitcode and reaches the bitcode reader) to new values. Prints the
positions it changed.
"""
import sys

src, seed, nbytes, dst = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
state = (seed * 0x9E3779B97F4A7C15 + 1) & 0xFFFFFFFFFFFFFFFF


def rand():
    global state
    x = state
    x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF
    x ^= x >> 7
    x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
    state = x
    return x


data = bytearray(open(src, "rb").read())
changed = []
for _ in range(nbytes):
    pos = 4 + rand() % (len(data) - 4)
    data[pos] = (data[pos] + 1 + rand() % 255) & 0xFF  # always a different value
    changed.append(pos)
open(dst, "wb").write(data)
print("changed", " ".join(str(p) for p in changed))
