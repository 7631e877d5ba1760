"""Runs a C program natively and through jitxr, and says whether they agree.

Usage: check_program.py --jitxr "CMD" --cc "CMD" --run "EMULATOR" --clang-ir "CMD"
                        --work DIR PROGRAM.c [-l LIB]... [--engines mcjit,orc,interp]
                        [--levels O0,O1] [-- ARG...]

The program is built twice from the same source: natively by the C compiler of the
architecture under test (`cc PROGRAM.c -o DIR/native -lLIB...`; for PROGRAM.cpp its C++
driver, g++ beside gcc, c++ beside cc), and to IR by clang at each level (`clang -S
-emit-llvm -OLEVEL`, which takes .cpp as C++). The native binary runs with ARGs (under the emulator
where the architecture is foreign); then jitxr runs each IR on each engine with exactly the
same -l flags and --program-exit, its report in a file (--report), so that stdout is the
program's alone. One line a run:
    ENGINE -OLEVEL: same                       stdout, stderr and exit status all equal
    ENGINE -OLEVEL: differs: WHAT              the first thing that differs
    ENGINE -OLEVEL: refused: REASON            jitxr refused it before running (exit 5,
                                               status unsupported, or exit 4/3 with its line)
The native run's status comes first: "native: status N".
"""
import argparse
import json
import os
import shlex
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument("--jitxr", required=True)
ap.add_argument("--cc", required=True)
ap.add_argument("--run", default="")
ap.add_argument("--clang-ir", required=True)
ap.add_argument("--work", required=True)
ap.add_argument("--engines", default="mcjit,orc,interp")
ap.add_argument("--levels", default="O0,O1")
ap.add_argument("-l", dest="libs", action="append", default=[])
ap.add_argument("--cflag", action="append", default=[], help="for both compilers (-I...)")
ap.add_argument("source")
argv = sys.argv[1:]
prog_args = argv[argv.index("--") + 1:] if "--" in argv else []
a = ap.parse_args(argv[:argv.index("--")] if "--" in argv else argv)
a.args = prog_args

os.makedirs(a.work, exist_ok=True)
lflags = ["-l" + lib for lib in a.libs]
native = os.path.join(a.work, "native")
cc = shlex.split(a.cc)
if a.source.endswith(".cpp"):  # the same toolchain's C++ driver
    head, tail = os.path.split(cc[0])
    for c, cxx in (("gcc", "g++"), ("clang", "clang++"), ("cc", "c++")):
        if tail.endswith(c):
            cc[0] = os.path.join(head, tail[: -len(c)] + cxx)
            break
subprocess.run(cc + a.cflag + [a.source, "-o", native] + lflags, check=True)
ref = subprocess.run(shlex.split(a.run) + [native] + a.args, capture_output=True, timeout=120)
print("native: status", ref.returncode)


def first_difference(x, y):
    for i, (p, q) in enumerate(zip(x, y)):
        if p != q:
            return i
    return min(len(x), len(y))


for level in a.levels.split(","):
    ir = os.path.join(a.work, "prog-%s.ll" % level)
    subprocess.run(shlex.split(a.clang_ir) + a.cflag + ["-" + level, a.source, "-o", ir],
                   check=True)
    for engine in a.engines.split(","):
        report = os.path.join(a.work, "report-%s-%s.json" % (engine, level))
        cmd = (shlex.split(a.jitxr) + ["--engine", engine, "--program-exit", "--format", "json",
               "--report", report] + sum([["-l", lib] for lib in a.libs], []) + [ir, "--"] + a.args)
        got = subprocess.run(cmd, capture_output=True, timeout=300)
        what = "%s -%s" % (engine, level)
        try:
            rep = json.load(open(report))
        except (OSError, ValueError):
            rep = None
        err = rep.get("error") if rep else None
        status = rep["entry"]["status"] if rep else None
        if err and (status in ("unsupported", "not-run") or err["code"] in (3, 4)):
            print("%s: refused: %s" % (what, err["message"]))
            continue
        diffs = []
        if got.stdout != ref.stdout:
            diffs.append("stdout from byte %d" % first_difference(got.stdout, ref.stdout))
        if got.stderr != ref.stderr:
            diffs.append("stderr from byte %d (%r)" % (first_difference(got.stderr, ref.stderr),
                                                      got.stderr[-200:]))
        if got.returncode != ref.returncode:
            diffs.append("status %d, native %d" % (got.returncode, ref.returncode))
        print("%s: %s" % (what, "same" if not diffs else "differs: " + "; ".join(diffs)))
