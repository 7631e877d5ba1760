#!/usr/bin/python3
"""A run through the generated bindings (suites/bindings/through-bindings.test).

  through_bindings.py --jitxr CMD --clang-ir CMD --cc CMD [--run EMULATOR] --fixtures DIR
                      --include DIR --work DIR --engine E...

Inputs/calls.c calls every function of fxabi.h and reads every object. Its native binary
(cc, linked with libfxabi.so) gives the expected output. Its IR (clang, for the target) has
its declarations of fxabi's functions and objects replaced by those jitxr --emit-bindings
writes for the header, and that module runs on each engine with --bindings checking it
first: a binding that validates must also call correctly. The interpreter, which cannot pass
these shapes to a library (variadic calls, long double, structs), must refuse it before
anything runs rather than run it wrong.
Prints one line per engine; exit 1 if an engine's output differs or it failed otherwise.
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys

from emitted import emit_bindings

HERE = os.path.dirname(os.path.abspath(__file__))


def sh(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit("through_bindings.py: %s: exit %d: %s" % (" ".join(cmd), r.returncode, r.stderr[-3000:]))
    return r.stdout


def splice(caller, decls):
    """caller's IR with its declarations of what decls declares replaced by decls' own."""
    d_types, d_lines, d_attrs = {}, {}, []
    for line in decls.splitlines():
        m = re.match(r"^(%[\w.$\"]+) = type (.*)$", line)
        if m:
            d_types[m.group(1)] = m.group(2)
        elif line.startswith("declare "):
            d_lines[re.search(r"@([\w.$]+)\(", line).group(1)] = line
        elif line.startswith("@"):
            d_lines[re.match(r"@([\w.$]+)", line).group(1)] = line
        elif line.startswith("attributes #"):
            d_attrs.append(line)
    # the bindings' attribute groups renumbered out of the caller's way
    renum = lambda s: re.sub(r"#(\d+)\b", lambda m: "#%d" % (9000 + int(m.group(1))), s)
    out, replaced, c_types = [], set(), {}
    for line in caller.splitlines():
        m = re.match(r"^(%[\w.$\"]+) = type (.*)$", line)
        if m:
            c_types[m.group(1)] = m.group(2)
        name = None
        if line.startswith("declare "):
            name = re.search(r"@([\w.$]+)\(", line).group(1)
        elif re.match(r"^@[\w.$]+ = external ", line):
            name = re.match(r"@([\w.$]+)", line).group(1)
        if name in d_lines:
            replaced.add(name)
            continue
        out.append(line)
    for t, body in d_types.items():
        if t in c_types and c_types[t] != body:
            sys.exit("through_bindings.py: %s is %s in the bindings, %s in the caller" % (t, body, c_types[t]))
    extra_types = ["%s = type %s" % (t, b) for t, b in d_types.items() if t not in c_types]
    at = max(i for i, l in enumerate(out) if l.startswith(("target ", "source_filename"))) + 1
    out[at:at] = extra_types  # after the module's header lines
    text = "\n".join(out + [""] + [renum(d_lines[n]) for n in sorted(d_lines)] + [""]
                      + [renum(a) for a in d_attrs]) + "\n"
    return text, replaced


def main():
    ap = argparse.ArgumentParser()
    for a in ("--jitxr", "--clang-ir", "--cc", "--fixtures", "--include", "--work"):
        ap.add_argument(a, required=True)
    ap.add_argument("--run", default="")
    ap.add_argument("--cc-flags", default="", help="for the native binary (an ASan build's fixtures need ASan's runtime)")
    ap.add_argument("--engine", action="append", required=True)
    ns = ap.parse_args()
    jitxr = shlex.split(ns.jitxr)
    os.makedirs(ns.work, exist_ok=True)
    calls = os.path.join(HERE, "calls.c")
    w = lambda n: os.path.join(ns.work, n)

    # the oracle: the native binary
    sh(shlex.split(ns.cc) + shlex.split(ns.cc_flags) + ["-I", ns.include, calls, "-o", w("calls"), "-L", ns.fixtures, "-lfxabi",
                             "-Wl,-rpath," + ns.fixtures])
    expected = sh(shlex.split(ns.run) + [w("calls")])

    # the bindings, and the caller's IR through them
    bind = ["--bindings", "fxabi.h", "-I", ns.include]
    decls = emit_bindings(jitxr, bind, ns.work)
    for variant, defs in (("all", []), ("interp", ["-DJX_INTERP"])):
        sh(shlex.split(ns.clang_ir) + ["-O0", "-I", ns.include] + defs + [calls, "-o", w("caller-%s.ll" % variant)])
        text, replaced = splice(open(w("caller-%s.ll" % variant)).read(), decls)
        with open(w("module-%s.ll" % variant), "w") as f:
            f.write(text)
        print("%s: the caller's declarations replaced by the bindings: %d" % (variant, len(replaced)))

    status = 0
    for e in ns.engine:
        status |= run(ns, jitxr, bind, e, "all", expected)
    if "interp" in ns.engine:  # what the interpreter can pass: it must run, not be refused
        sh(shlex.split(ns.cc) + shlex.split(ns.cc_flags) + ["-DJX_INTERP", "-I", ns.include, calls, "-o", w("calls-interp"), "-L", ns.fixtures,
                                 "-lfxabi", "-Wl,-rpath," + ns.fixtures])
        status |= run(ns, jitxr, bind, "interp", "interp", sh(shlex.split(ns.run) + [w("calls-interp")]))
    return status


def run(ns, jitxr, bind, e, variant, expected):
    """0 when engine e prints the native output for the variant (or, the whole program on the
    interpreter, refuses it before running), else 1."""
    w = lambda n: os.path.join(ns.work, n)
    status = 0
    rep = w("report-%s-%s.json" % (e, variant))
    r = subprocess.run(jitxr + ["--engine", e, "-L", ns.fixtures, "-l", "fxabi"] + bind
                       + ["--format", "json", "--report", rep, w("module-%s.ll" % variant)],
                       capture_output=True, text=True)
    label = e if variant == "all" else "%s (%s subset)" % (e, variant)
    try:
        report = json.load(open(rep))
    except (OSError, ValueError):
        report = {}
    bad = [b["name"] for b in report.get("bindings") or [] if b["status"] == "mismatch"]
    if bad:
        print("%s: FAIL: the bindings do not validate: %s" % (label, ", ".join(bad)))
        status = 1
    elif r.returncode == 0 and r.stdout == expected:
        print("%s: the native output (%d lines)" % (label, expected.count("\n")))
    elif e == "interp" and r.returncode == 5 and not r.stdout and report.get("error") \
            and "not run on interp" in report["error"]["message"]:
        print("%s: refused before running (exit %d): %s" % (label, r.returncode, report["error"]["message"]))
    else:
        status = 1
        print("%s: FAIL: exit %d, %s" % (label, r.returncode, r.stderr.strip()))
        got, want = r.stdout.splitlines(), expected.splitlines()
        for i in range(max(len(got), len(want))):
            g = got[i] if i < len(got) else "<nothing>"
            x = want[i] if i < len(want) else "<nothing>"
            if g != x:
                print("  line %d: %s\n  native:  %s" % (i + 1, g, x))
    return status


if __name__ == "__main__":
    sys.exit(main())
