"""What the scripts of suites/bindings/Inputs share: the declarations jitxr --emit-bindings
writes for headers, and the entry a module of declarations is given."""
import os
import subprocess
import sys

MAIN = "define i32 @main() {\n  ret i32 0\n}\n"


def emit_bindings(jitxr, bindings, work):
    """The text of `jitxr --emit-bindings` for the --bindings arguments given (no library
    loaded: the declarations come from the headers alone), kept as WORK/decls.ll."""
    empty, decls = os.path.join(work, "empty.ll"), os.path.join(work, "decls.ll")
    with open(empty, "w") as f:
        f.write(MAIN)
    r = subprocess.run(jitxr + ["--no-run", "--no-default-libs"] + bindings + ["--emit-bindings", decls, empty],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("%s: --emit-bindings: exit %d: %s" % (os.path.basename(sys.argv[0]), r.returncode, r.stderr))
    with open(decls) as f:
        return f.read()
