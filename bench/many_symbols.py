#!/usr/bin/env python3
"""Benchmark: resolution and mapping cost as declarations and libraries grow.

Generates LIBS shared libraries of FUNCS functions each (plus one data symbol each), a
module that declares every one of them and calls each function once, and times the runner
on it: `--no-run` (load, ELF tables, code-generation scan, resolution) and a full run (plus
MCJIT, mapping and the call in the child). Prints a table of medians over REPEAT runs.

    bench/many_symbols.py [--build build/x86_64] [--repeat 5]

Reproducible: the generated inputs depend only on the sizes; timings are wall-clock
medians on an otherwise idle machine.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

SIZES = [(1, 10), (4, 100), (12, 250), (24, 250)]  # (libraries, functions per library)


def generate(tmp, libs, funcs, cc):
    paths = []
    for l in range(libs):
        src = os.path.join(tmp, "b%d.c" % l)
        with open(src, "w") as f:
            f.write("int b%d_data = %d;\n" % (l, l))
            for i in range(funcs):
                f.write("int b%d_f%d(int x) { return x + %d; }\n" % (l, i, i % 7))
        so = os.path.join(tmp, "libb%d.so" % l)
        subprocess.run(cc + ["-shared", "-fPIC", "-O1", src, "-o", so], check=True)
        paths.append(so)
    ll = os.path.join(tmp, "many.ll")
    with open(ll, "w") as f:
        for l in range(libs):
            f.write("@b%d_data = external global i32\n" % l)
            for i in range(funcs):
                f.write("declare i32 @b%d_f%d(i32)\n" % (l, i))
        f.write("define i32 @main() {\n  %a0 = load i32, ptr @b0_data\n")
        n = 0
        for l in range(libs):
            for i in range(funcs):
                f.write("  %%a%d = call i32 @b%d_f%d(i32 %%a%d)\n" % (n + 1, l, i, n))
                n += 1
        f.write("  ret i32 %%a%d\n}\n" % n)
    return paths, ll


def median_time(cmd, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - t)
        if proc.returncode != 0:
            sys.exit("benchmark: %s failed: %s" % (" ".join(cmd), proc.stderr.decode()))
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build/x86_64")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    site = {}
    with open(os.path.join(args.build, "lit.site.cfg.py")) as f:
        exec(f.read(), site)
    b = site["jitxr_build"]
    runner = (b["emulator"].split() if b["emulator"] else []) + [b["runner"]]
    cc = [b["cc"]]
    print("jitxr many-symbols benchmark (%s, median of %d)" % (b["arch"], args.repeat))
    print("| libraries | declarations | --no-run (s) | run (s) | run per declaration (us) |")
    print("|---:|---:|---:|---:|---:|")
    for libs, funcs in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            paths, ll = generate(tmp, libs, funcs, cc)
            base = runner + [x for p in paths for x in ("-l", p)] + [ll]
            decls = libs * (funcs + 1)
            t_norun = median_time(base + ["--no-run"], args.repeat)
            t_run = median_time(base, args.repeat)
            print("| %d | %d | %.3f | %.3f | %.1f |"
                  % (libs, decls, t_norun, t_run, t_run / decls * 1e6))


if __name__ == "__main__":
    main()
