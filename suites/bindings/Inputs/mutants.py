#!/usr/bin/python3
"""The mutation test of jitxr's binding validation (suites/bindings/mutants.test).

  mutants.py --jitxr CMD --work DIR --header H [-I DIR] [--debug-info LIBDIR LIB]

1. The correct declarations: `jitxr --emit-bindings` of the header, for the runner's target.
2. They must validate clean (no false positive), against the header and, with --debug-info,
   against the library's DWARF alone.
3. Mutants: each declaration changed one way at a time (a parameter's or the result's type or
   width, an extension attribute swapped, dropped or added, a parameter dropped or added,
   varargs added or removed, sret/byval removed, a struct's fields reordered, inreg added, a
   calling convention, a global's size, alignment or constness). Round r changes the r-th
   mutant of every declaration at once, so that one module (one run of jitxr) checks a
   mutant of each declaration and the others, unchanged, check that a neighbour's mutant is
   not blamed on them. Every mutant must be reported `mismatch`, every unchanged declaration
   `ok`; the DWARF's verdicts must be the header's.
Prints the mutation score; exit 1 on an unflagged mutant, a false positive or a disagreement.
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys

from emitted import MAIN, emit_bindings

FIRST_CLASS = re.compile(r"^(i\d+|ptr|half|bfloat|float|double|x86_fp80|fp128|ppc_fp128|void)\b")


def split_top(s, sep=","):
    """s split at the separators outside (), [], {} and <>."""
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch in "([{<":
            depth += 1
        elif ch in ")]}>":
            depth -= 1
        if ch == sep and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def leading_type(s):
    """(type, rest) for a string that starts with an IR type."""
    s = s.strip()
    if s[:1] in "{[<":
        close = {"{": "}", "[": "]", "<": ">"}[s[0]]
        depth = 0
        for i, ch in enumerate(s):
            if ch in "{[<(":
                depth += 1
            elif ch in "}]>)":
                depth -= 1
                if depth == 0:
                    return s[: i + 1], s[i + 1 :].strip()
        raise ValueError("unbalanced type: " + s)
    m = re.match(r"^(%[\w.$\"]+|i\d+|ptr|half|bfloat|float|double|x86_fp80|fp128|void)", s)
    if not m:
        raise ValueError("no type at: " + s)
    return m.group(1), s[m.end() :].strip()


class Decl:
    """One function declaration: its return attributes and type, parameters, tail."""

    RE = re.compile(r"^declare (?P<cc>(?:\w+cc |cc \d+ )?)(?P<ret>.*?) ?@(?P<name>[\w.$]+)\((?P<params>.*)\)(?P<tail>.*)$")

    def __init__(self, line):
        m = self.RE.match(line)
        if not m:
            raise ValueError("not a declaration: " + line)
        self.name = m.group("name")
        self.cc = m.group("cc")
        # return attributes come before the type; the type is the last item that parses
        self.ret_attrs, rest = [], m.group("ret")
        while True:
            try:
                self.ret_type, after = leading_type(rest)
                if after:
                    raise ValueError
                break
            except ValueError:
                a, _, rest = rest.partition(" ")
                self.ret_attrs.append(a)
                if not rest:
                    raise ValueError("no return type: " + line)
        self.params = []
        self.variadic = False
        for p in split_top(m.group("params")):
            if p == "...":
                self.variadic = True
            else:
                t, attrs = leading_type(p)
                self.params.append([t, attrs])
        self.tail = m.group("tail")

    def text(self, cc=None, ret_attrs=None, ret_type=None, params=None, variadic=None):
        cc = self.cc if cc is None else cc
        ret_attrs = self.ret_attrs if ret_attrs is None else ret_attrs
        ret_type = self.ret_type if ret_type is None else ret_type
        params = self.params if params is None else params
        variadic = self.variadic if variadic is None else variadic
        ps = [(t + " " + a).strip() for t, a in params] + (["..."] if variadic else [])
        r = " ".join(ret_attrs + [ret_type])
        return "declare %s%s @%s(%s)%s" % (cc, r, self.name, ", ".join(ps), self.tail)


POINTER_ATTRS = re.compile(r"\s*\b(dead_on_return|dead_on_unwind|noalias|nocapture|nonnull|readonly|writeonly|readnone|"
                           r"writable|captures\([^)]*\)|dereferenceable(_or_null)?\(\d+\)|align \d+)")


def strip_pointer_attrs(attrs):
    """attrs without those LLVM allows on pointers only."""
    return POINTER_ATTRS.sub("", attrs).strip()


def other_type(t):
    """A type of another width or class than t, or None."""
    swaps = {"i1": "i8", "i8": "i32", "i16": "i32", "i32": "i64", "i64": "i32", "ptr": "i32",
             "float": "double", "double": "float", "x86_fp80": "double", "fp128": "double",
             "i128": "i64", "<2 x float>": "double", "<4 x float>": "<2 x double>"}
    if t in swaps:
        return swaps[t]
    if t.startswith("[") and " x " in t:  # [2 x double] -> [3 x double]; [0 x T] keeps 0
        n, _, e = t[1:-1].partition(" x ")
        return "[%d x %s]" % (int(n) + 1, e) if n != "0" else "[0 x %s]" % other_type(e)
    if t.startswith("{"):
        fields = split_top(t.strip()[1:-1])
        return "{ " + ", ".join(fields[:-1] + [other_type(fields[-1]) or "i8"]) + " }"
    return None


def reordered_literal(t):
    """A literal struct type with its fields in another order, or None."""
    if not t.startswith("{") and not t.startswith("<{"):
        return None
    packed = t.startswith("<{")
    fields = split_top(t.strip()[2:-2] if packed else t.strip()[1:-1])
    if len(set(fields)) < 2:
        return None
    r = fields[1:] + fields[:1]
    return ("<{ %s }>" if packed else "{ %s }") % ", ".join(r)


class Mutator:
    def __init__(self, types):
        self.types = dict(types)  # %name -> body
        self.new_types = {}

    def reordered_named(self, name, tag):
        """A new struct type %name.TAG with name's fields rotated, or None."""
        body = self.types.get(name)
        if body is None:
            return None
        r = reordered_literal(body)
        if r is None:
            return None
        new = "%s.%s" % (name, tag)
        self.new_types[new] = r
        return new

    def function(self, d):
        """Every mutant of declaration d: (what, line)."""
        out = []

        def add(what, **kw):
            line = d.text(**kw)
            if line != d.text() and all(line != l for _, l in out):
                out.append((what, line))

        params = [list(p) for p in d.params]
        sret = any("sret(" in a for _, a in params)
        # the result: type, width, extension (an sret function returns void: see below)
        t = other_type(d.ret_type) if d.ret_type != "void" else "i32"
        if t and not sret:
            add("result type %s -> %s" % (d.ret_type, t), ret_type=t,
                ret_attrs=[a for a in d.ret_attrs if d.ret_type != "ptr" or strip_pointer_attrs(a)])
        if d.ret_type != "void":
            add("result void", ret_type="void", ret_attrs=[a for a in d.ret_attrs if a not in ("signext", "zeroext", "noundef")])
        for ext, other in (("signext", "zeroext"), ("zeroext", "signext")):
            if ext in d.ret_attrs:
                add("result %s -> %s" % (ext, other), ret_attrs=[other if a == ext else a for a in d.ret_attrs])
                add("result %s dropped" % ext, ret_attrs=[a for a in d.ret_attrs if a != ext])
        # each parameter: type or width, extension, sret/byval, a reordered struct
        for i, (pt, pa) in enumerate(params):
            n = i + 1

            def with_param(t2, a2):
                ps = [list(p) for p in params]
                ps[i] = [t2, a2]
                return ps

            byref = re.search(r"\b(sret|byval)\((.*?)\)( align \d+)?", pa)
            if byref:
                kind, ty = byref.group(1), byref.group(2)
                al = re.search(r"\balign (\d+)", pa)
                if kind == "byval" and al:
                    add("parameter %d: byval align %s -> %d" % (n, al.group(1), int(al.group(1)) * 2),
                        params=with_param(pt, pa.replace(al.group(0), "align %d" % (int(al.group(1)) * 2))))
                add("parameter %d: %s removed" % (n, kind), params=with_param(pt, re.sub(r"\b(sret|byval)\(.*?\)( align \d+)?", "", pa).strip()))
                if kind == "sret":
                    # sret moved from the hidden first parameter to a result
                    add("sret as a result", params=params[1:], ret_type=ty, ret_attrs=[])
                new = self.reordered_named(ty, "reordered") if ty.startswith("%") else None
                lit = reordered_literal(ty) if not ty.startswith("%") else None
                if new or lit:
                    add("parameter %d: %s's fields reordered" % (n, ty),
                        params=with_param(pt, pa.replace("(%s)" % ty, "(%s)" % (new or lit))))
                continue
            st = re.search(r"\s*\balignstack\(\d+\)", pa)
            if st:
                add("parameter %d: alignstack dropped" % n, params=with_param(pt, pa.replace(st.group(0), "").strip()))
            t2 = other_type(pt)
            if t2:
                a2 = re.sub(r"\b(signext|zeroext)\b", "", pa).strip() if t2 in ("float", "double") or t2.startswith("[") or t2.startswith("{") else pa
                if pt == "ptr":  # what only a pointer may carry (clang 22: dead_on_return)
                    a2 = strip_pointer_attrs(a2)
                add("parameter %d: %s -> %s" % (n, pt, t2), params=with_param(t2, a2))
            if pt.startswith("%"):
                new = self.reordered_named(pt, "reordered")
                if new:
                    add("parameter %d: %s's fields reordered" % (n, pt), params=with_param(new, pa))
            lit = reordered_literal(pt)
            if lit:
                add("parameter %d: fields reordered" % n, params=with_param(lit, pa))
            for ext, other in (("signext", "zeroext"), ("zeroext", "signext")):
                if re.search(r"\b%s\b" % ext, pa):
                    add("parameter %d: %s -> %s" % (n, ext, other), params=with_param(pt, re.sub(r"\b%s\b" % ext, other, pa)))
                    add("parameter %d: %s dropped" % (n, ext), params=with_param(pt, re.sub(r"\s*\b%s\b" % ext, "", pa).strip()))
            if re.fullmatch(r"i(8|16|1)", pt) and not re.search(r"\b(signext|zeroext)\b", pa):
                add("parameter %d: signext added" % n, params=with_param(pt, (pa + " signext").strip()))
            if pt == "i32" and i == 0 and not re.search(r"\b(signext|zeroext)\b", pa):
                add("parameter %d: signext added to i32" % n, params=with_param(pt, (pa + " signext").strip()))
            if i == len(params) - 1 and FIRST_CLASS.match(pt) and "inreg" not in pa:
                add("parameter %d: inreg added" % n, params=with_param(pt, (pa + " inreg").strip()))
        # the parameter list: one dropped, one added; varargs
        if params:
            add("last parameter dropped", params=params[:-1])
        add("a parameter added", params=params + [["i32", "noundef"]])
        add("varargs added" if not d.variadic else "varargs removed", variadic=not d.variadic)
        # calling convention (LLVM's fastcc takes no varargs)
        if not d.variadic:
            add("calling convention fastcc", cc="fastcc ")
        return out

    def global_(self, line):
        m = re.match(r"^@(?P<name>[\w.$]+) = external (?P<kind>global|constant) (?P<rest>.*)$", line)
        name, kind, rest = m.group("name"), m.group("kind"), m.group("rest")
        t, tail = leading_type(rest)
        out = []

        def add(what, new):
            if new != line and all(new != l for _, l in out):
                out.append((what, new))

        flip = "constant" if kind == "global" else "global"
        add("%s -> %s" % (kind, flip), "@%s = external %s %s" % (name, flip, rest))
        t2 = other_type(t) if not t.startswith("%") else None
        if t2:
            add("type %s -> %s" % (t, t2), "@%s = external %s %s %s" % (name, kind, t2, tail))
        if t.startswith("%"):
            new = self.reordered_named(t, "reordered")
            if new:
                add("%s's fields reordered" % t, "@%s = external %s %s %s" % (name, kind, new, tail))
            grown = "%s.grown" % t
            self.new_types[grown] = "{ %s, i64 }" % t
            add("%s grown by 8 bytes" % t, "@%s = external %s %s %s" % (name, kind, grown, tail))
        lit = reordered_literal(t)
        if lit:
            add("fields reordered", "@%s = external %s %s %s" % (name, kind, lit, tail))
        a = re.search(r"align (\d+)", tail)
        if a:
            add("align %s -> %d" % (a.group(1), int(a.group(1)) * 8),
                "@%s = external %s %s %s" % (name, kind, t, tail.replace(a.group(0), "align %d" % (int(a.group(1)) * 8))))
        return out


def parse_module(text):
    head, types, globals_, decls, attrs = [], [], [], [], []
    for line in text.splitlines():
        if line.startswith(("target ", "source_filename")):
            head.append(line)
        elif re.match(r"^%[\w.$\"]+ = type ", line):
            types.append(line)
        elif line.startswith("@"):
            globals_.append(line)
        elif line.startswith("declare "):
            decls.append(line)
        elif line.startswith("attributes #"):
            attrs.append(line)
    return head, types, globals_, decls, attrs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jitxr", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--header", required=True)
    ap.add_argument("-I", dest="incs", action="append", default=[])
    ap.add_argument("--lib", nargs=2, metavar=("LIBDIR", "LIB"), required=True,
                    help="the library that defines what the header declares")
    ap.add_argument("--debug-info", action="store_true", help="also check against its DWARF")
    ap.add_argument("--min-declarations", type=int, default=60)
    ap.add_argument("--min-mutants", type=int, default=300)
    ns = ap.parse_args()
    jitxr = shlex.split(ns.jitxr)
    os.makedirs(ns.work, exist_ok=True)
    lib = ["-L", ns.lib[0], "-l", ns.lib[1]]
    header_args = ["--bindings", ns.header] + sum((["-I", i] for i in ns.incs), [])
    sources = [("header", lib + header_args)]
    if ns.debug_info:
        sources.append(("debug info", lib + ["--bindings-debug-info"]))
    problems = []

    def run(args, path):
        r = subprocess.run(jitxr + ["--no-run", "--format", "json"] + args + [path], capture_output=True, text=True)
        try:
            rep = json.loads(r.stdout)
        except ValueError:
            sys.exit("mutants.py: no JSON report from %s (exit %d): %s" % (" ".join(args), r.returncode, r.stderr))
        if r.returncode not in (0, 8):  # a mutant the generator got wrong: not valid IR
            sys.exit("mutants.py: %s: exit %d: %s" % (path, r.returncode, r.stderr.strip()))
        return r.returncode, {b["name"]: b for b in rep.get("bindings") or []}, r.stderr

    head, types, globals_, decls, attrs = parse_module(emit_bindings(jitxr, header_args, ns.work))
    type_bodies = {}
    for t in types:
        n, _, body = t.partition(" = type ")
        type_bodies[n] = body
    mut = Mutator(type_bodies)
    entries = []  # (name, correct line, [(what, mutant line)])
    for g in globals_:
        entries.append((re.match(r"@([\w.$]+)", g).group(1), g, mut.global_(g)))
    for d in decls:
        dd = Decl(d)
        entries.append((dd.name, d, mut.function(dd)))

    def module(lines):
        extra = ["%s = type %s" % (n, b) for n, b in sorted(mut.new_types.items())]
        return "\n".join(head + types + extra + [""] + lines + ["", MAIN] + attrs) + "\n"

    def verdicts(path, expect_clean):
        """{source: {name: status}} for each source, checked to agree."""
        out = {}
        for label, args in sources:
            rc, b, err = run(args, path)
            if expect_clean and rc != 0:
                problems.append("%s: the correct declarations: exit %d: %s" % (label, rc, err.strip()))
            out[label] = b
        return out

    # 2. the correct declarations: every one ok, from each source
    correct = os.path.join(ns.work, "correct.ll")
    with open(correct, "w") as f:
        f.write(module([e[1] for e in entries]))
    v = verdicts(correct, True)
    for label, b in v.items():
        for name, line, _ in entries:
            st = b.get(name, {}).get("status", "missing")
            if st != "ok":
                problems.append("false positive (%s): %s is %s: %s" % (label, name, st, "; ".join(b.get(name, {}).get("differences", []))))

    # 3. the mutants, round by round
    rounds = max(len(m) for _, _, m in entries)
    total = flagged = false_pos = 0
    for r in range(rounds):
        lines, mutated = [], {}
        for name, line, ms in entries:
            if r < len(ms):
                lines.append(ms[r][1])
                mutated[name] = ms[r]
            else:
                lines.append(line)
        path = os.path.join(ns.work, "round%02d.ll" % r)
        with open(path, "w") as f:
            f.write(module(lines))
        v = verdicts(path, False)
        for label, b in v.items():
            for name, line, _ in entries:
                st = b.get(name, {}).get("status", "missing")
                if name in mutated:
                    if label == "header":
                        total += 1
                    if st == "mismatch":
                        if label == "header":
                            flagged += 1
                    else:
                        problems.append("unflagged mutant (%s, %s): %s: %s\n    %s" % (label, path, name, mutated[name][0], mutated[name][1]))
                elif st != "ok":
                    if label == "header":
                        false_pos += 1
                    problems.append("false positive (%s, %s): %s is %s beside the mutants: %s" % (label, path, name, st, "; ".join(b.get(name, {}).get("differences", []))))
        if len(v) == 2:
            for name, _, _ in entries:
                a = v["header"].get(name, {}).get("status")
                b = v["debug info"].get(name, {}).get("status")
                if a != b:
                    problems.append("header and debug info disagree (%s): %s: %s vs %s" % (path, name, a, b))

    triple = next((h.split('"')[1] for h in head if h.startswith("target triple")), "?")
    print("target: %s" % triple)
    funcs = sum(1 for _, l, _ in entries if l.startswith("declare"))
    print("declarations: %d (%d functions, %d objects)" % (len(entries), funcs, len(entries) - funcs))
    print("mutants: %d in %d modules" % (total, rounds))
    print("sources: %s" % ", ".join(l for l, _ in sources))
    if len(entries) < ns.min_declarations:
        problems.append("only %d declarations (at least %d wanted)" % (len(entries), ns.min_declarations))
    if total < ns.min_mutants:
        problems.append("only %d mutants (at least %d wanted)" % (total, ns.min_mutants))
    for p in problems:
        print("FAIL: " + p)
    print("mutation score: %.1f%% (%d of %d mutants flagged), false positives: %d"
          % (100.0 * flagged / max(total, 1), flagged, total, false_pos))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
