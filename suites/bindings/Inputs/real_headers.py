#!/usr/bin/python3
"""Real headers validate clean (suites/bindings/real-headers.test).

  real_headers.py --jitxr CMD --clang-ir CMD --work DIR HEADER...

Every function and object the headers declare (jitxr --emit-bindings lists them) is taken by
address in a C file that clang compiles the ordinary way (-O0, no probes: clang's own output,
not what jitxr's probe unit makes of it); the declarations of that IR then go through
`jitxr --bindings` against the same headers, and every one must be `ok`.
Prints how many of each kind were checked; exit 1 on any that is not ok.
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys

from emitted import MAIN, emit_bindings

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jitxr", required=True)
    ap.add_argument("--clang-ir", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("headers", nargs="+")
    ns = ap.parse_args()
    jitxr = shlex.split(ns.jitxr)
    os.makedirs(ns.work, exist_ok=True)
    bindings = sum((["--bindings", h] for h in ns.headers), [])

    text = emit_bindings(jitxr, bindings, ns.work)
    funcs = sorted(set(re.findall(r"^declare .*?@([\w.$]+)\(", text, re.M)) - {n for n in re.findall(r"^declare .*?@(llvm\.[\w.$]+)\(", text, re.M)})
    objs = sorted(set(re.findall(r"^@([\w.$]+) = external ", text, re.M)))

    # the C names of those symbols (fscanf is __isoc99_fscanf by an asm label), from the AST
    src = os.path.join(ns.work, "refs.c")
    with open(src, "w") as f:
        for h in ns.headers:
            f.write("#include <%s>\n" % h)
    cc = shlex.split(ns.clang_ir)
    cc = [w for w in cc if w not in ("-S", "-emit-llvm")]
    r = subprocess.run(cc + ["-std=gnu17", "-w", "-fsyntax-only", "-Xclang", "-ast-dump=json", src],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("real_headers.py: clang -ast-dump=json: exit %d: %s" % (r.returncode, r.stderr[-2000:]))
    c_name = {}
    for d in json.loads(r.stdout).get("inner", []):
        if d.get("kind") in ("FunctionDecl", "VarDecl") and "name" in d:
            c_name.setdefault(d.get("mangledName", d["name"]), d["name"])

    # the C file: every name by address, compiled by clang for the target as any program is
    with open(src, "a") as f:
        names = [c_name.get(n, n) for n in funcs + objs]
        for n in names:  # a macro of the same name would hide the declaration
            f.write("#undef %s\n" % n)
        f.write("void *const jx_refs[] = {\n")
        for n in names:
            f.write("  (void *)&%s,\n" % n)
        f.write("};\n")
    refs = os.path.join(ns.work, "refs.ll")
    r = subprocess.run(shlex.split(ns.clang_ir) + ["-std=gnu17", "-O0", "-w", src, "-o", refs],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("real_headers.py: clang: exit %d: %s" % (r.returncode, r.stderr[-2000:]))
    mod = os.path.join(ns.work, "module.ll")
    with open(mod, "w") as f:
        f.write(open(refs).read() + "\n" + MAIN)

    r = subprocess.run(jitxr + ["--no-run", "--no-default-libs", "--format", "json"] + bindings + [mod],
                       capture_output=True, text=True)
    try:
        rep = json.loads(r.stdout)
    except ValueError:
        sys.exit("real_headers.py: no report (exit %d): %s" % (r.returncode, r.stderr))
    b = {x["name"]: x for x in rep.get("bindings") or []}
    bad = 0
    for n in funcs + objs:
        st = b.get(n, {}).get("status", "missing")
        if st != "ok":
            bad += 1
            print("FAIL: %s is %s: %s" % (n, st, "; ".join(b.get(n, {}).get("differences", []))))
    err = rep.get("error")
    if err and err.get("code") != 4:  # unresolved: --no-default-libs loads nothing
        bad += 1
        print("FAIL: error %d: %s" % (err["code"], err["message"]))
    print("headers: %s" % " ".join(ns.headers))
    print("checked: %d functions, %d objects; not ok: %d" % (len(funcs), len(objs), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
