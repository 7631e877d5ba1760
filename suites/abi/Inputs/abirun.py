#!/usr/bin/python3
"""The ABI differential run (suites/abi/*.test): abigen.py's signatures, both directions, on
each engine, against the AOT reference.

  abirun.py --jitxr CMD --clang-ir CMD --cc CMD [--run EMULATOR] --arch A --seed S
            --count N [--chunk C] [--only-ffi] --engine E... --work DIR [--known FILE]
            [--mutate KIND]

For each chunk of C signatures: libabi.so (the callees and the driver of the JIT's functions)
by gcc; main.c by gcc and linked with it (the AOT reference) and by clang into IR for jitxr
(-l abi). A signature passes when the reference reports no mismatch for it, the JIT run's
lines are the reference's, and neither says a value is wrong (each argument's fields are
mixed into one hash and compared with the hash of what they should be). A failing one is
regenerated alone with a check per field (--detail: the argument, field and byte) and shrunk (parameters dropped while it still fails) and printed with its seed, index,
smallest prototype and first wrong byte. --known: lines "SEED INDEX REASON" expected to fail
(an upstream bug, named in REASON): reported as XFAIL, and an error if they pass.
--mutate ext|drop: abigen.py's deliberate fault on the JIT side, which must be caught.
--returns: the result values alone (abigen.py --returns), run at compile time (--comptime),
normalized into an object linked by gcc, whose checks must pass as the reference's do; and
one ret_I per IR result type through --entry --invoke thunk, whose value must be the one
the binary confirmed.
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def sh(cmd, ok=(0,), **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode not in ok:
        sys.exit("abirun.py: %s: exit %d: %s" % (" ".join(cmd)[:300], r.returncode, (r.stderr or r.stdout)[-3000:]))
    return r


class Runner:
    def __init__(self, ns):
        self.ns = ns
        self.jitxr = shlex.split(ns.jitxr)

    def gen(self, d, first=0, count=0, sig=None, drops=()):
        """Signatures first.. of the seed into d; or sig alone, checked field by field, with the
        parameters drops removed in order (each index counts what the drops before it left)."""
        cmd = [sys.executable, os.path.join(HERE, "abigen.py"), "--seed", self.ns.seed, "--arch", self.ns.arch, "--out", d]
        if sig is not None:
            cmd += ["--sig", str(sig), "--detail"] + sum((["--drop", str(k)] for k in drops), [])
        else:
            cmd += ["--first", str(first), "--count", str(count)] + (["--detail"] if self.ns.detail else [])
        cmd += self.extra()
        r = sh(cmd)
        if r.stdout:
            print(r.stdout.strip())

    def extra(self):
        return ((["--only-ffi"] if self.ns.only_ffi else []) + sum((["--avoid", a] for a in self.ns.avoid), [])
                + (["--mutate", self.ns.mutate] if self.ns.mutate else []))

    def build(self, d):
        cc = shlex.split(self.ns.cc) + ["-O0", "-w", "-Wno-psabi"]  # the other compiler
        sh(cc + ["-shared", "-fPIC", "-o", os.path.join(d, "libabi.so"), os.path.join(d, "lib.c")])
        sh(cc + [os.path.join(d, "main.c"), "-o", os.path.join(d, "main"), "-L", d, "-labi", "-Wl,-rpath," + d])
        sh(shlex.split(self.ns.clang_ir) + [self.ns.clang_opt, "-w", os.path.join(d, "main.c"), "-o", os.path.join(d, "main.ll")])

    def reference(self, d):
        return sh(shlex.split(self.ns.run) + [os.path.join(d, "main")], ok=(0, 1)).stdout

    def jit(self, d, engine):
        r = subprocess.run(self.jitxr + [self.ns.jit_opt, "--engine", engine, "-L", d, "-l", "abi", "--report", os.path.join(d, "report-%s" % engine),
                                         os.path.join(d, "main.ll")], capture_output=True, text=True)
        return r.returncode, r.stdout, r.stderr.strip()

    def failing(self, d, engine):
        """{sig: first bad line} of the run of d on engine, against its reference."""
        ref = self.reference(d)
        rc, out, err = self.jit(d, engine)
        bad = {}
        for line in ref.splitlines() + out.splitlines():
            m = re.match(r"sig (\d+) ", line)
            if m:
                bad.setdefault(int(m.group(1)), line)
        if not bad and (out != ref or rc not in (0,)):
            bad[-1] = "exit %d: %s" % (rc, err or "the output differs from the reference")
        return bad

    def shrink(self, sig, engine):
        """The smallest variant of sig that still fails: (prototype, first bad line)."""
        d = os.path.join(self.ns.work, "shrink-%d" % sig)
        drops = []
        # regenerate alone, then drop parameters greedily (each drop renumbers the rest)
        self.gen(d, sig=sig)
        self.build(d)
        bad = self.failing(d, engine)
        if not bad:
            return None, "passes when generated alone"
        header = open(os.path.join(d, "abi.h")).read()
        line = next(iter(bad.values()))
        k = 0
        while k < count_params(header, sig):
            d2 = d + "-try"
            self.gen(d2, sig=sig, drops=drops + [k])
            self.build(d2)
            b2 = self.failing(d2, engine)
            if b2:
                drops.append(k)
                header = open(os.path.join(d2, "abi.h")).read()
                line = next(iter(b2.values()))
            else:
                k += 1
        return prototype(header, sig), line


class Returns(Runner):
    """--returns: each result value returned alone by a parameterless ret_I (abigen.py
    --returns): run at compile time by jitxr (--comptime), normalized into the binary, which
    checks it as the AOT reference does; and, once per IR result type, through --entry and
    jitxr's thunk, whose value must be the one the binary confirmed."""

    def gen(self, d, first=0, count=0, sig=None, drops=()):
        cmd = [sys.executable, os.path.join(HERE, "abigen.py"), "--seed", self.ns.seed, "--arch", self.ns.arch,
               "--out", d, "--first", str(first), "--count", str(count), "--returns"] + self.extra()
        sh(cmd + (["--detail"] if self.ns.detail else []))

    def build(self, d):
        cc = shlex.split(self.ns.cc) + ["-O0", "-w", "-Wno-psabi"]
        sh(cc + [os.path.join(d, "rets.c"), "-o", os.path.join(d, "rets")])
        # -O0: clang -O1 folds each ret_I's constant into main, leaving no call to take it from
        ir = shlex.split(self.ns.clang_ir) + ["-O0", "-w"]
        sh(ir + [os.path.join(d, "rets.c"), "-o", os.path.join(d, "rets.ll")])
        # the --entry runs: one function per IR result type, in a module of their own
        src = open(os.path.join(d, "rets.c")).read()
        bodies = dict(re.findall(r"\bret_(\d+)\(void\)\n\{\n(.*?)\n\}\n", src, re.S))
        protos = {i: p for p, i in re.findall(r"^(.*\bret_(\d+))\(void\)$", src, re.M)}
        ll = open(os.path.join(d, "rets.ll")).read()
        self.names = ["ret_%s" % i for i in protos]
        self.nreturns = getattr(self, "nreturns", 0) + len(self.names)
        self.kinds = {}  # IR result type (with its attributes) -> the first ret_I of it
        for m in re.finditer(r"^define (?:dso_local )?(.*?) @(ret_\d+)\(\)", ll, re.M):
            self.kinds.setdefault(m.group(1), m.group(2))
        self.seen = getattr(self, "seen", set()) | set(self.kinds)
        self.entries = len(self.seen)
        with open(os.path.join(d, "entry.c"), "w") as f:
            f.write('#include "abi.h"\n\n')
            for name in self.kinds.values():
                i = name[4:]
                f.write("%s(void)\n{\n%s\n}\n\n" % (protos[i], bodies[i]))
        sh(ir + [os.path.join(d, "entry.c"), "-o", os.path.join(d, "entry.ll")])

    def reference(self, d):
        return sh(shlex.split(self.ns.run) + [os.path.join(d, "rets")], ok=(0, 1)).stdout

    def comptime(self, d, engine, names, report, obj):
        return subprocess.run(self.jitxr + [self.ns.jit_opt, "--engine", engine, "--format", "json", "--report", report,
                                            "--emit-obj", obj] + sum((["--comptime", n] for n in names), [])
                              + [os.path.join(d, "rets.ll")], capture_output=True, text=True)

    def failing(self, d, engine):
        ref = self.reference(d)
        bad = {}
        report, obj, exe = (os.path.join(d, x % engine) for x in ("comptime-%s.json", "rets-%s.o", "rets-%s"))
        names, refused = self.names, set()
        r = self.comptime(d, engine, names, report, obj)
        if engine == "interp" and r.returncode == 5 and "not run on interp" in r.stderr:
            # what the interpreter refuses, every one marked before anything ran; the rest
            # must then run, and the binary calls the refused ones at run time
            refused = {c["name"] for c in json.load(open(report))["comptime"] if c["status"] == "unsupported"}
            names = [n for n in names if n not in refused]
            r = self.comptime(d, engine, names, report, obj)
        self.refused = getattr(self, "refused", 0) + len(refused)
        if r.returncode:
            return {-1: "jitxr --comptime: exit %d: %s" % (r.returncode, r.stderr.strip())}
        sh(shlex.split(self.ns.cc) + [obj, "-o", exe])
        out = sh(shlex.split(self.ns.run) + [exe], ok=(0, 1)).stdout
        for line in ref.splitlines() + out.splitlines():
            m = re.match(r"sig (\d+) ", line)
            if m:
                bad.setdefault(int(m.group(1)), line + " (in the binary, from --comptime)")
        if not bad and out != ref:
            bad[-1] = "the binary's output differs from the reference"
        values = {c["name"]: c["result"] for c in json.load(open(report))["comptime"]}
        for kind, name in sorted(self.kinds.items()):
            r = subprocess.run(self.jitxr + [self.ns.jit_opt, "--engine", engine, "--entry", name, "--invoke", "thunk",
                                             "--format", "json", os.path.join(d, "entry.ll")], capture_output=True, text=True)
            if name in refused:  # as an entry too, before running
                if r.returncode != 5 or "not run on interp" not in r.stderr:
                    bad.setdefault(int(name[4:]), "sig %s (%s): refused at compile time, but as the entry: exit %d: %s"
                                   % (name[4:], kind, r.returncode, r.stderr.strip()))
                continue
            try:
                got = json.loads(r.stdout)["entry"]["result"]
            except (ValueError, KeyError, TypeError):
                got = None
            if got != values[name]:
                why = "exit %d: %s" % (r.returncode, r.stderr.strip()) if got is None else json.dumps(got)
                bad.setdefault(int(name[4:]), "sig %s result through --entry (%s): %s, where the binary has %s"
                               % (name[4:], kind, why, json.dumps(values[name])))
        return bad


def count_params(header, sig):
    p = prototype(header, sig)
    inner = p[p.index("(") + 1 : p.rindex(")")]
    return 0 if inner.strip() == "void" else len([x for x in split_params(inner) if x.strip() != "..."])


def split_params(s):
    out, depth, cur = [], 0, ""
    for ch in s:
        depth += ch in "(["
        depth -= ch in ")]"
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


def prototype(header, sig):
    m = re.search(r"^(.*\bcallee_%d\(.*\));$" % sig, header, re.M)
    return m.group(1) if m else "?"


def main():
    ap = argparse.ArgumentParser()
    for a in ("--jitxr", "--clang-ir", "--cc", "--arch", "--seed", "--work"):
        ap.add_argument(a, required=True)
    ap.add_argument("--run", default="")
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--avoid", action="append", default=[])
    ap.add_argument("--shrink", type=int, default=3, help="failures shrunk per engine")
    ap.add_argument("--chunk", type=int, default=1000)
    ap.add_argument("--only-ffi", action="store_true")
    ap.add_argument("--engine", action="append", required=True)
    ap.add_argument("--known")
    ap.add_argument("--detail", action="store_true", help="a check per field from the start (each failure named by its byte)")
    ap.add_argument("--mutate")
    ap.add_argument("--returns", action="store_true", help="the result values alone: --comptime into the binary, and --entry")
    ap.add_argument("--jit-opt", default="-O0", help="jitxr's code generation level (-O1: trusts extension attributes)")
    ap.add_argument("--clang-opt", default="-O1", help="of the JIT side's IR (-O1: smaller, and relying on extensions)")
    ns = ap.parse_args()
    os.makedirs(ns.work, exist_ok=True)
    known = {}
    if ns.known:
        for line in open(ns.known):
            if line.strip() and not line.startswith("#"):
                s, i, why = line.split(None, 2)
                if s == ns.seed:
                    known[int(i)] = why.strip()
    run = Returns(ns) if ns.returns else Runner(ns)
    status = 0
    failures = {e: {} for e in ns.engine}
    for first in range(ns.first, ns.first + ns.count, ns.chunk):
        d = os.path.join(ns.work, "chunk%d" % first)
        run.gen(d, first, min(ns.chunk, ns.first + ns.count - first))
        run.build(d)
        for e in ns.engine:
            failures[e].update(run.failing(d, e))
    for e in ns.engine:
        bad = failures[e]
        unexpected = sorted(s for s in bad if s not in known)
        xfail = sorted(s for s in bad if s in known)
        xpass = sorted(s for s in known if s not in bad and ns.first <= s < ns.first + ns.count)
        n = run.nreturns if ns.returns else ns.count
        refused = getattr(run, "refused", 0) if e == "interp" else 0
        print("%s: %d signatures (seed %s, %d to %d), %s: %d pass, %s%d XFAIL, %d fail"
              % (e, n, ns.seed, ns.first, ns.first + ns.count - 1,
                 "results (--comptime into the binary, %d IR types through --entry)" % run.entries if ns.returns
                 else "the JIT calls C" if ns.only_ffi else "both directions",
                 0 if -1 in bad else n - len(bad) - refused, "%d refused before running, " % refused if refused else "",
                 len(xfail), len(unexpected)))
        for s in xfail:
            print("  XFAIL seed %s sig %d: %s" % (ns.seed, s, known[s]))
        for s in xpass:
            print("  XPASS seed %s sig %d: %s" % (ns.seed, s, known[s]))
            status = 1
        for n, s in enumerate(unexpected[:10]):
            status = 1
            if s < 0:
                print("  FAIL: %s" % bad[s])
                continue
            p, line = run.shrink(s, e) if n < ns.shrink and not ns.mutate and not ns.returns else (None, bad[s])
            print("  FAIL seed %s sig %d: %s" % (ns.seed, s, bad[s]))
            if p:
                print("    smallest failing: %s\n    %s" % (p, line))
        if len(unexpected) > 10:
            print("  ... and %d more" % (len(unexpected) - 10))
    return status


if __name__ == "__main__":
    sys.exit(main())
