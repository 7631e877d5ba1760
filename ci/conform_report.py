#!/usr/bin/python3
"""ci/conform's reports: turns lit's JSON results into build/conform/matrix.json, junit.xml,
matrix.md and index.html, and compares two matrix.json files.

  conform_report.py write --out DIR --run BUILD_DIR LIT_JSON ROOT SUITE [--run ...]
      BUILD_DIR: a jitxr build (its lit.site.cfg.py names the architecture and LLVM);
      LIT_JSON: what `lit --output LIT_JSON` wrote for it; ROOT: the lit test source root
      the names in LIT_JSON are relative to; SUITE: "-" for jitxr's own suites/ (the suite is
      the folder under suites/), else the suite name of every case of that run.
      Prints ci/conform's table of counts and a "not conforming:" line per case that did not
      pass (or fail as expected); exits 1 when there is one.
  conform_report.py compare OLD NEW
      Regressions, fixes, status changes, new and removed cases; exits 1 on a regression.
  conform_report.py guards FILE...
      The Guards: sentence of each case file (what matrix.json records).

Debian's python3, standard library only.
"""
import argparse
import datetime
import html
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

FORMAT = 1
# lit's result codes -> the matrix's statuses. xpass, unresolved and timeout count as fail.
STATUS = {
    "PASS": "pass",
    "FLAKYPASS": "pass",
    "XFAIL": "xfail",
    "FAIL": "fail",
    "XPASS": "xpass",
    "UNRESOLVED": "unresolved",
    "TIMEOUT": "timeout",
    "UNSUPPORTED": "unsupported",
}
FAILING = {"fail", "xpass", "unresolved", "timeout"}
OK = {"pass", "xfail", "unsupported"}
# Output kept in matrix.json per non-passing case (the rest is in lit's own JSON).
MAX_OUTPUT = 64 * 1024

# ---- reading the case files -----------------------------------------------------------------

COMMENT = re.compile(r"^\s*(?:;+|#+|//+)\s?(.*)$")
# A lit directive or FileCheck prefix line ends the Guards sentence: RUN:, XFAIL:, CHECK-NEXT:
DIRECTIVE = re.compile(r"^[A-Z][A-Z0-9_-]*(?:\([^)]*\))?:")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")


def comment_lines(path):
    """(line number, text after the comment marker) of the file's lines; None for others."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    out = []
    for n, line in enumerate(lines, 1):
        m = COMMENT.match(line)
        out.append((n, m.group(1).rstrip() if m else None))
    return out


def case_info(path):
    """The case's Guards: sentence (the whole of it, over its continuation lines) and its
    XFAIL lines with their reasons."""
    lines = comment_lines(path)
    guards = None
    for i, (_, text) in enumerate(lines):
        if text is None or "Guards:" not in text:
            continue
        parts = [text.split("Guards:", 1)[1].strip()]
        for _, more in lines[i + 1:]:
            if more is None or not more.strip() or DIRECTIVE.match(more.strip()):
                break
            parts.append(more.strip())
        guards = " ".join(p for p in parts if p)
        break
    xfails = []
    for i, (_, text) in enumerate(lines):
        if text is None:
            continue
        m = re.match(r"^\s*XFAIL:\s*(.*)$", text)
        if not m:
            continue
        # The reason: the comment right after the XFAIL line, else the sentence right before.
        after = []
        for _, more in lines[i + 1:]:
            if more is None or not more.strip() or DIRECTIVE.match(more.strip()):
                break
            after.append(more.strip())
        if after:
            reason = " ".join(after)
        else:
            before = []
            for _, more in reversed(lines[:i]):
                if more is None or not more.strip() or DIRECTIVE.match(more.strip()):
                    break
                before.insert(0, more.strip())
            para = " ".join(before)
            if para.startswith("Guards:"):
                para = para[len("Guards:"):].strip()
            sentences = [s for s in SENTENCE_END.split(para) if s.strip()]
            reason = sentences[-1] if sentences else None
        xfails.append({"when": m.group(1).strip(), "reason": reason})
    return guards, xfails


# ---- lit's output ---------------------------------------------------------------------------

RUN_AT = re.compile(r"^# RUN: at line (\d+)")


def commands_of(output):
    """The RUN commands lit printed (substituted), in order: the last is the one that failed."""
    cmds = []
    lines = output.splitlines()
    for i, line in enumerate(lines):
        m = RUN_AT.match(line)
        if m and i + 1 < len(lines):
            cmds.append({"line": int(m.group(1)), "command": lines[i + 1]})
    return cmds


def unsupported_reason(output):
    text = " ".join(output.split())
    return text or None


def trim(text, limit=MAX_OUTPUT):
    if text is None or len(text) <= limit:
        return text
    half = limit // 2
    return text[:half] + "\n[... %d characters left out ...]\n" % (len(text) - limit) + text[-half:]


def read_site(build_dir):
    scope = {}
    with open(os.path.join(build_dir, "lit.site.cfg.py")) as f:
        exec(f.read(), scope)
    return scope["jitxr_build"]


def build_info(build_dir):
    site = read_site(build_dir)
    name = os.path.basename(os.path.normpath(build_dir))
    arch = site["arch"]
    variant = name[len(arch):].lstrip("-") if name.startswith(arch) else name
    # the variant without the LLVM version: "", "asan"
    variant = "-".join(p for p in variant.split("-") if p and not re.fullmatch(r"llvm\d+", p))
    return {
        "build": name,
        "arch": arch,
        "llvm": int(site["llvm_version"].split(".")[0]),
        "llvm_version": site["llvm_version"],
        "variant": variant,
        "emulated": bool(site["emulator"].strip()),
    }


def rows_of_run(build_dir, lit_json, root, suite_name, cache):
    info = build_info(build_dir)
    with open(lit_json) as f:
        data = json.load(f)
    rows = []
    for t in data.get("tests", []):
        name = t["name"].split(" :: ", 1)[1]
        if suite_name == "-":
            parts = name.split("/")
            if parts[0] == "suites" and len(parts) > 2:
                suite, case = parts[1], "/".join(parts[2:])
            else:
                suite, case = parts[0], "/".join(parts[1:]) or parts[0]
        else:
            suite, case = suite_name, name
        source = os.path.join(root, name)
        if source not in cache:
            cache[source] = case_info(source)
        guards, xfails = cache[source]
        status = STATUS.get(t["code"], "fail")
        row = {
            "suite": suite,
            "case": case,
            "path": os.path.relpath(source, REPO) if source.startswith(REPO + os.sep) else source,
            "build": info["build"],
            "arch": info["arch"],
            "llvm": info["llvm"],
            "variant": info["variant"],
            "status": status,
            "lit_code": t["code"],
            "time": round(t.get("elapsed") or 0.0, 3),
            "guards": guards,
        }
        output = t.get("output") or ""
        if status in ("xfail", "xpass") and xfails:
            row["xfail"] = "; ".join(x["when"] for x in xfails)
            row["reason"] = " ".join(x["reason"] for x in xfails if x["reason"]) or None
        if status == "unsupported":
            row["reason"] = unsupported_reason(output)
        if status in FAILING or status == "xfail":
            cmds = commands_of(output)
            row["command"] = cmds[-1]["command"] if cmds else None
            row["command_line"] = cmds[-1]["line"] if cmds else None
            row["output"] = trim(output)
        rows.append(row)
    return info, rows, data.get("elapsed")


REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def git(*args):
    try:
        return subprocess.run(["git", "-C", REPO] + list(args), capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


# ---- the printed table (ci/conform's, as before) --------------------------------------------


def print_table(builds, rows, out):
    names = [b["build"] for b in builds]
    n = {}
    for r in rows:
        key = (r["suite"], r["build"], r["lit_code"])
        n[key] = n.get(key, 0) + 1
    suites = sorted({r["suite"] for r in rows})
    out.write("%-10s" % "suite")
    for b in names:
        out.write(" | %-28s" % (b + " (pass/xfail/fail)"))
    out.write("\n")
    for s in suites:
        out.write("%-10s" % s)
        for b in names:
            p = n.get((s, b, "PASS"), 0) + n.get((s, b, "FLAKYPASS"), 0)
            x = n.get((s, b, "XFAIL"), 0)
            f = sum(n.get((s, b, c), 0) for c in ("FAIL", "XPASS", "UNRESOLVED", "TIMEOUT"))
            u = n.get((s, b, "UNSUPPORTED"), 0)
            cell = "%d / %d / %d%s" % (p, x, f, " (+%d unsupported)" % u if u else "")
            out.write(" | %-28s" % cell)
        out.write("\n")
    bad = [r for r in rows if r["status"] in FAILING]
    for r in bad:
        out.write("not conforming: %s: %s %s/%s\n" % (r["build"], r["lit_code"], r["suite"], r["case"]))
    return len(bad)


# ---- matrix.json ----------------------------------------------------------------------------


def counts(rows):
    c = {"pass": 0, "xfail": 0, "fail": 0, "unsupported": 0}
    for r in rows:
        c["fail" if r["status"] in FAILING else r["status"]] += 1
    c["cases"] = len(rows)
    return c


def make_matrix(builds, rows, elapsed):
    head = git("rev-parse", "HEAD")
    dirty = git("status", "--porcelain", "--untracked-files=no")
    return {
        "jitxr_conform": FORMAT,
        "generated": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "commit": head,
        "dirty": bool(dirty) if dirty is not None else None,
        "host": os.uname().machine,
        "builds": [dict(b, elapsed=round(elapsed.get(b["build"]) or 0.0, 3), counts=counts(
            [r for r in rows if r["build"] == b["build"]])) for b in builds],
        "suites": sorted({r["suite"] for r in rows}),
        "counts": counts(rows),
        "rows": rows,
    }


# ---- junit.xml ------------------------------------------------------------------------------

_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(s):
    return _BAD_XML.sub("?", s or "")


def write_junit(path, builds, rows):
    top = ET.Element("testsuites", name="jitxr conform")
    total = {"tests": 0, "failures": 0, "skipped": 0, "time": 0.0}
    for b in builds:
        for suite in sorted({r["suite"] for r in rows if r["build"] == b["build"]}):
            mine = [r for r in rows if r["build"] == b["build"] and r["suite"] == suite]
            t = sum(r["time"] for r in mine)
            fails = sum(r["status"] in FAILING for r in mine)
            skips = sum(r["status"] == "unsupported" for r in mine)
            ts = ET.SubElement(top, "testsuite", name="%s.%s" % (b["build"], suite),
                               tests=str(len(mine)), failures=str(fails), errors="0",
                               skipped=str(skips), time="%.3f" % t)
            props = ET.SubElement(ts, "properties")
            for k in ("arch", "llvm", "llvm_version", "variant"):
                ET.SubElement(props, "property", name=k, value=str(b[k]))
            for r in mine:
                tc = ET.SubElement(ts, "testcase", classname="jitxr.%s.%s" % (b["build"], suite),
                                   name=r["case"], file=r["path"], time="%.3f" % r["time"])
                if r["status"] in FAILING:
                    f = ET.SubElement(tc, "failure", type=r["lit_code"],
                                      message="%s: %s" % (r["lit_code"], xml_text(r.get("command") or "")))
                    f.text = xml_text("command: %s\n\n%s" % (r.get("command"), r.get("output") or ""))
                elif r["status"] == "unsupported":
                    ET.SubElement(tc, "skipped", message=xml_text(r.get("reason") or "unsupported"))
                elif r["status"] == "xfail":
                    so = ET.SubElement(tc, "system-out")
                    so.text = xml_text("XFAIL: %s (%s)\n\n%s" % (r.get("xfail"), r.get("reason"),
                                                                r.get("output") or ""))
            total["tests"] += len(mine)
            total["failures"] += fails
            total["skipped"] += skips
            total["time"] += t
    top.set("tests", str(total["tests"]))
    top.set("failures", str(total["failures"]))
    top.set("errors", "0")
    top.set("skipped", str(total["skipped"]))
    top.set("time", "%.3f" % total["time"])
    ET.indent(top)
    ET.ElementTree(top).write(path, encoding="utf-8", xml_declaration=True)


# ---- matrix.md ------------------------------------------------------------------------------


def md_cell(s):
    return (s or "").replace("|", "\\|").replace("\n", " ")


def write_md(path, matrix):
    builds, rows = matrix["builds"], matrix["rows"]
    out = []
    out.append("# jitxr conformance matrix")
    out.append("")
    c = matrix["counts"]
    out.append("Commit `%s`%s, %s. %d results: %d pass, %d xfail, %d fail, %d unsupported." % (
        (matrix["commit"] or "?")[:12], " (with local changes)" if matrix["dirty"] else "",
        matrix["generated"], c["cases"], c["pass"], c["xfail"], c["fail"], c["unsupported"]))
    out.append("")
    out.append("Builds: " + ", ".join("`%s` (%s, LLVM %s%s)" % (
        b["build"], b["arch"], b["llvm_version"], ", qemu" if b["emulated"] else "") for b in builds) + ".")
    out.append("")
    out.append("## Counts (pass / xfail / fail / unsupported)")
    out.append("")
    out.append("| suite | " + " | ".join(b["build"] for b in builds) + " |")
    out.append("|---|" + "---|" * len(builds))
    for s in matrix["suites"]:
        cells = []
        for b in builds:
            k = counts([r for r in rows if r["suite"] == s and r["build"] == b["build"]])
            cell = "%d / %d / %d / %d" % (k["pass"], k["xfail"], k["fail"], k["unsupported"])
            cells.append("**%s**" % cell if k["fail"] else cell)
        out.append("| %s | %s |" % (s, " | ".join(cells)))
    cells = []
    for b in builds:
        k = b["counts"]
        cells.append("%d / %d / %d / %d" % (k["pass"], k["xfail"], k["fail"], k["unsupported"]))
    out.append("| **all** | %s |" % " | ".join(cells))
    out.append("")
    bad = [r for r in rows if r["status"] != "pass"]
    out.append("## Cases that did not pass (%d)" % len(bad))
    out.append("")
    if not bad:
        out.append("None: every case passed on every build.")
    else:
        out.append("| status | build | case | why |")
        out.append("|---|---|---|---|")
        order = {"fail": 0, "xpass": 0, "unresolved": 0, "timeout": 0, "xfail": 1, "unsupported": 2}
        for r in sorted(bad, key=lambda r: (order.get(r["status"], 0), r["suite"], r["case"], r["build"])):
            if r["status"] in FAILING:
                why = "failed at line %s: `%s`" % (r.get("command_line"), md_cell(r.get("command")))
            elif r["status"] == "xfail":
                why = "XFAIL: %s. %s" % (md_cell(r.get("xfail")), md_cell(r.get("reason")))
            else:
                why = md_cell(r.get("reason"))
            status = "**%s**" % r["status"] if r["status"] in FAILING else r["status"]
            out.append("| %s | %s | %s/%s | %s |" % (status, r["build"], r["suite"], r["case"], why))
    fails = [r for r in rows if r["status"] in FAILING]
    if fails:
        out.append("")
        out.append("## Output of the failing cases")
        for r in fails:
            out.append("")
            out.append("### %s %s/%s (%s)" % (r["build"], r["suite"], r["case"], r["lit_code"]))
            out.append("")
            out.append("```")
            out.append(trim(r.get("output") or "", 8000).replace("```", "` ` `"))
            out.append("```")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


# ---- index.html -----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>jitxr conformance: __TITLE__</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1em 1.5em; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.4em; margin: 0 0 .2em; }
h2 { font-size: 1.15em; margin: 1.2em 0 .4em; }
.meta { color: #555; margin-bottom: .8em; }
.filters { display: flex; flex-wrap: wrap; gap: .4em 1.2em; align-items: center; padding: .5em .7em;
           background: #f3f4f6; border: 1px solid #d8dbe0; border-radius: 6px; position: sticky; top: 0; z-index: 2; }
.filters label { white-space: nowrap; }
.filters select, .filters input { font: inherit; }
#shown { margin-left: auto; font-weight: 600; }
table { border-collapse: collapse; margin: .4em 0; }
th, td { border: 1px solid #d8dbe0; padding: 2px 7px; text-align: left; vertical-align: top; }
thead th { background: #eef0f3; position: sticky; top: 2.6em; z-index: 1; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.cell { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.cell a { color: inherit; }
.st-pass { background: #e3f4e1; }
.st-xfail { background: #fff2c6; }
.st-unsupported { background: #eceef1; color: #666; }
.st-fail, .st-xpass, .st-unresolved, .st-timeout { background: #ffd7d5; font-weight: 600; }
.t { color: #666; font-weight: normal; font-size: .85em; margin-left: .3em; }
td.case { max-width: 46em; }
.guards { display: none; color: #444; font-size: .88em; }
body.show-guards .guards { display: block; }
.suite { color: #555; }
.detail { border: 1px solid #d8dbe0; border-left: 5px solid #d9534f; border-radius: 4px; padding: .3em .8em; margin: .6em 0; }
.detail.st-xfail-d { border-left-color: #e0b100; }
.detail h3 { font-size: 1em; margin: .3em 0; }
pre { background: #f6f8fa; padding: .5em; overflow-x: auto; white-space: pre-wrap; word-break: break-all; max-height: 30em; }
[hidden] { display: none !important; }
.counts td, .counts th { text-align: right; }
.counts td:first-child, .counts th:first-child { text-align: left; }
.bad { color: #b3261e; font-weight: 600; }
</style>
</head>
<body>
<h1>jitxr conformance matrix</h1>
<div class="meta" id="meta"></div>
<h2>Counts <span class="t">pass / xfail / fail / unsupported</span></h2>
<table class="counts" id="counts"></table>
<h2>Every case</h2>
<form class="filters" id="filters" onsubmit="return false">
  <label>suite <select id="f-suite" name="suite"><option value="">all</option></select></label>
  <label>architecture <select id="f-arch" name="arch"><option value="">all</option></select></label>
  <label>LLVM <select id="f-llvm" name="llvm"><option value="">all</option></select></label>
  <label>status <select id="f-status" name="status">
    <option value="">all</option><option value="fail">fail (fail, xpass, unresolved, timeout)</option>
    <option value="nonpass">not pass</option><option value="xfail">xfail</option>
    <option value="unsupported">unsupported</option><option value="pass">pass</option></select></label>
  <label>case <input id="f-q" name="q" type="search" size="18" placeholder="name contains"></label>
  <label><input id="f-guards" type="checkbox"> Guards</label>
  <span id="shown"></span>
</form>
<table id="matrix"><thead></thead><tbody></tbody></table>
<h2 id="details-title">Failing and expected-failing results</h2>
<div id="details"></div>
<script type="application/json" id="data">__DATA__</script>
<script>
"use strict";
const M = JSON.parse(document.getElementById("data").textContent);
const FAILING = new Set(["fail", "xpass", "unresolved", "timeout"]);
const $ = (id) => document.getElementById(id);
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v; else e.setAttribute(k, v === true ? "" : String(v));
  }
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}
const builds = M.builds;
const anchor = (r) => "r-" + r.build + "-" + r.suite + "-" + r.case.replace(/[^A-Za-z0-9_.-]/g, "_");
const klass = (s) => FAILING.has(s) ? "fail" : s;

// meta line
const c = M.counts;
$("meta").textContent = "commit " + (M.commit || "?").slice(0, 12) + (M.dirty ? " (with local changes)" : "") +
  ", " + M.generated + "; " + c.cases + " results: " + c.pass + " pass, " + c.xfail + " xfail, " + c.fail +
  " fail, " + c.unsupported + " unsupported; builds: " +
  builds.map((b) => b.build + " (" + b.arch + ", LLVM " + b.llvm_version + (b.emulated ? ", qemu" : "") + ")").join(", ");

// counts table
{
  const t = $("counts");
  t.append(el("tr", {}, el("th", {}, "suite"), ...builds.map((b) => el("th", {}, b.build))));
  const byKey = {};
  for (const r of M.rows) {
    const k = r.suite + "\\t" + r.build;
    const n = byKey[k] || (byKey[k] = {pass: 0, xfail: 0, fail: 0, unsupported: 0});
    n[klass(r.status)]++;
  }
  for (const s of M.suites) {
    t.append(el("tr", {"data-suite": s}, el("td", {}, s), ...builds.map((b) => {
      const n = byKey[s + "\\t" + b.build];
      if (!n) return el("td", {}, "");
      return el("td", {class: n.fail ? "bad" : ""}, n.pass + " / " + n.xfail + " / " + n.fail + " / " + n.unsupported);
    })));
  }
  t.append(el("tr", {}, el("th", {}, "all"), ...builds.map((b) => {
    const n = b.counts;
    return el("th", {class: n.fail ? "bad" : ""}, n.pass + " / " + n.xfail + " / " + n.fail + " / " + n.unsupported);
  })));
}

// the matrix: a row per case, a column per build
const cases = new Map();
for (const r of M.rows) {
  const k = r.suite + "/" + r.case;
  if (!cases.has(k)) cases.set(k, {suite: r.suite, case: r.case, path: r.path, guards: r.guards, by: {}});
  cases.get(k).by[r.build] = r;
}
const head = $("matrix").tHead, body = $("matrix").tBodies[0];
head.append(el("tr", {}, el("th", {}, "suite"), el("th", {}, "case"),
  ...builds.map((b) => el("th", {class: "bcol", "data-build": b.build, "data-arch": b.arch, "data-llvm": b.llvm},
    b.build, el("br"), el("span", {class: "t"}, b.arch + ", LLVM " + b.llvm)))));
const keys = [...cases.keys()].sort();
for (const k of keys) {
  const cs = cases.get(k);
  const tr = el("tr", {class: "case", id: "c-" + k.replace(/[^A-Za-z0-9_.-]/g, "_"), "data-suite": cs.suite, "data-case": cs.case},
    el("td", {class: "suite"}, cs.suite),
    el("td", {class: "case", title: cs.guards || ""}, cs.case, el("div", {class: "guards"}, cs.guards || "(no Guards: line)")));
  for (const b of builds) {
    const r = cs.by[b.build];
    if (!r) { tr.append(el("td", {class: "cell", "data-build": b.build, "data-arch": b.arch, "data-llvm": b.llvm, "data-status": "absent"}, "—")); continue; }
    const label = FAILING.has(r.status) || r.status === "xfail" ? el("a", {href: "#" + anchor(r)}, r.status) : r.status;
    const title = r.reason ? r.status + ": " + r.reason : r.status + ", " + r.time + " s";
    tr.append(el("td", {class: "cell st-" + r.status, "data-build": b.build, "data-arch": b.arch, "data-llvm": b.llvm,
      "data-status": r.status, title: title}, label, el("span", {class: "t"}, r.time.toFixed(2))));
  }
  body.append(tr);
}

// the details of every failing (and expected-failing) result
const det = $("details");
for (const r of M.rows.filter((r) => FAILING.has(r.status) || r.status === "xfail")
                       .sort((a, b) => (a.suite + a.case + a.build < b.suite + b.case + b.build ? -1 : 1))) {
  det.append(el("section", {class: "detail" + (r.status === "xfail" ? " st-xfail-d" : ""), id: anchor(r),
      "data-suite": r.suite, "data-case": r.case, "data-build": r.build, "data-arch": r.arch, "data-llvm": r.llvm, "data-status": r.status},
    el("h3", {}, r.status.toUpperCase() + " " + r.suite + "/" + r.case + " on " + r.build + " (" + r.time.toFixed(2) + " s)"),
    r.status === "xfail" ? el("p", {}, "XFAIL: " + (r.xfail || "") + ". " + (r.reason || "")) : "",
    el("div", {}, "failing command (RUN line " + (r.command_line ?? "?") + "):"),
    el("pre", {class: "cmd"}, r.command || "(none: see the output)"),
    el("details", {open: FAILING.has(r.status)}, el("summary", {}, "lit's output"), el("pre", {class: "out"}, r.output || ""))));
}
if (!det.children.length) det.append(el("p", {id: "no-details"}, "None: no case failed or failed as expected."));

// filters (also from the URL: ?suite=symbols&arch=aarch64&llvm=22&status=fail&q=tls)
function fill(id, values) { for (const v of values) $(id).append(el("option", {value: v}, v)); }
fill("f-suite", M.suites);
fill("f-arch", [...new Set(builds.map((b) => b.arch))]);
fill("f-llvm", [...new Set(builds.map((b) => String(b.llvm)))]);
const params = new URLSearchParams(location.search);
for (const n of ["suite", "arch", "llvm", "status", "q"]) if (params.has(n)) $("f-" + n).value = params.get(n);
if (params.get("guards") === "1") $("f-guards").checked = true;
function matches(status, want) {
  if (!want) return true;
  if (want === "fail") return FAILING.has(status);
  if (want === "nonpass") return status !== "pass" && status !== "absent";
  return status === want;
}
function apply() {
  const f = {suite: $("f-suite").value, arch: $("f-arch").value, llvm: $("f-llvm").value, status: $("f-status").value, q: $("f-q").value.toLowerCase()};
  document.body.classList.toggle("show-guards", $("f-guards").checked);
  const colOn = (e) => (!f.arch || e.dataset.arch === f.arch) && (!f.llvm || e.dataset.llvm === f.llvm);
  for (const th of head.querySelectorAll("th.bcol")) th.hidden = !colOn(th);
  let shown = 0, results = 0;
  for (const tr of body.rows) {
    const cells = [...tr.querySelectorAll("td.cell")];
    for (const td of cells) td.hidden = !colOn(td);
    const vis = cells.filter((td) => !td.hidden);
    const hit = vis.filter((td) => matches(td.dataset.status, f.status));
    const on = (!f.suite || tr.dataset.suite === f.suite) && (!f.q || tr.dataset.case.toLowerCase().includes(f.q)) && hit.length > 0;
    tr.hidden = !on;
    if (on) { shown++; results += hit.length; }
  }
  for (const s of det.querySelectorAll("section.detail")) {
    s.hidden = !((!f.suite || s.dataset.suite === f.suite) && colOn(s) && matches(s.dataset.status, f.status) &&
                 (!f.q || s.dataset.case.toLowerCase().includes(f.q)));
  }
  for (const tr of $("counts").querySelectorAll("tr[data-suite]")) tr.hidden = !!f.suite && tr.dataset.suite !== f.suite;
  $("shown").textContent = shown + " of " + body.rows.length + " cases shown";
  $("shown").dataset.cases = shown;
  $("shown").dataset.results = results;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) q.set(k, v);
  if ($("f-guards").checked) q.set("guards", "1");
  const s = q.toString();
  if (location.protocol !== "file:" || s !== location.search.slice(1)) {
    try { history.replaceState(null, "", s ? "?" + s + location.hash : location.pathname + location.hash); } catch (e) { /* file: */ }
  }
}
for (const e of $("filters").elements) e.addEventListener("input", apply);
apply();
document.body.dataset.ready = "1";
</script>
</body>
</html>
"""


def write_html(path, matrix):
    data = json.dumps(matrix, ensure_ascii=True, separators=(",", ":"))
    # Inside <script>: no "</" may end it early.
    data = data.replace("</", "<\\/").replace("<!--", "<\\!--")
    title = ", ".join(b["build"] for b in matrix["builds"])
    page = PAGE.replace("__TITLE__", html.escape(title)).replace("__DATA__", data)
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


# ---- write ----------------------------------------------------------------------------------


def cmd_write(args):
    builds, rows, elapsed, cache = [], [], {}, {}
    for build_dir, lit_json, root, suite in args.run:
        if not os.path.exists(lit_json):
            sys.stderr.write("jitxr: error: lit wrote no results for %s (%s)\n" % (build_dir, lit_json))
            return 1
        info, r, e = rows_of_run(build_dir, lit_json, os.path.abspath(root), suite, cache)
        if not r:
            sys.stderr.write("jitxr: error: lit found no cases for %s in %s\n" % (info["build"], root))
            return 1
        if info["build"] not in [b["build"] for b in builds]:
            builds.append(info)
        rows.extend(r)
        elapsed[info["build"]] = (elapsed.get(info["build"]) or 0.0) + (e or 0.0)
    order = {b["build"]: i for i, b in enumerate(builds)}
    rows.sort(key=lambda r: (order[r["build"]], r["suite"], r["case"]))
    matrix = make_matrix(builds, rows, elapsed)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "matrix.json"), "w") as f:
        json.dump(matrix, f, indent=1, ensure_ascii=False)
        f.write("\n")
    write_junit(os.path.join(args.out, "junit.xml"), builds, rows)
    write_md(os.path.join(args.out, "matrix.md"), matrix)
    write_html(os.path.join(args.out, "index.html"), matrix)
    bad = print_table(builds, rows, sys.stdout)
    sys.stdout.flush()
    sys.stderr.write("conform: %d results (%s) written to %s/{matrix.json,junit.xml,matrix.md,index.html}\n" % (
        len(rows), ", ".join("%s %d" % (b["build"], b["counts"]["cases"]) for b in matrix["builds"]),
        args.out))
    return 1 if bad else 0


# ---- compare --------------------------------------------------------------------------------


def load_matrix(path):
    try:
        with open(path) as f:
            m = json.load(f)
    except (OSError, ValueError) as e:
        raise SystemExit("jitxr: error: cannot read matrix %s: %s" % (path, e))
    if not isinstance(m, dict) or "rows" not in m:
        raise SystemExit("jitxr: error: %s is not a ci/conform matrix.json" % path)
    return m


def cmd_compare(args):
    old, new = load_matrix(args.old), load_matrix(args.new)
    ov = sorted({r["llvm"] for r in old["rows"]})
    nv = sorted({r["llvm"] for r in new["rows"]})
    # One LLVM version each: compare across them (19 against 22). Else per LLVM version.
    across = len(ov) == 1 and len(nv) == 1

    def key(r):
        k = (r["suite"], r["case"], r["arch"], r.get("variant") or "")
        return k if across else k + (r["llvm"],)

    def name(k):
        s = "%s/%s %s" % (k[0], k[1], k[2])
        if k[3]:
            s += "-" + k[3]
        if not across:
            s += " llvm%s" % k[4]
        return s

    def index(m, path):
        d = {}
        for r in m["rows"]:
            k = key(r)
            if k in d:
                raise SystemExit("jitxr: error: %s has %s twice" % (path, name(k)))
            d[k] = r
        return d

    o, n = index(old, args.old), index(new, args.new)

    def describe(m, path, versions):
        return "%s (LLVM %s; %s; %d results; commit %s)" % (
            path, "/".join(str(v) for v in versions), " ".join(b["build"] for b in m.get("builds", [])),
            len(m["rows"]), (m.get("commit") or "?")[:12])

    print("old: " + describe(old, args.old, ov))
    print("new: " + describe(new, args.new, nv))
    print("keyed by suite/case and architecture%s" % (
        " (across LLVM versions: %s -> %s)" % (ov[0], nv[0]) if across else " and LLVM version"))
    regressions, fixes, changes = [], [], []
    for k in sorted(set(o) & set(n)):
        a, b = o[k]["status"], n[k]["status"]
        if a == b:
            continue
        line = "%s: %s -> %s" % (name(k), a, b)
        if a in ("pass", "xfail") and b in FAILING:
            regressions.append((line, n[k]))
        elif a in FAILING and b == "pass":
            fixes.append((line, n[k]))
        else:
            changes.append((line, n[k]))
    added = [(name(k) + ": " + n[k]["status"], n[k]) for k in sorted(set(n) - set(o))]
    removed = [(name(k) + ": was " + o[k]["status"], o[k]) for k in sorted(set(o) - set(n))]
    for title, items, show_cmd in (("regressions", regressions, True), ("fixes", fixes, False),
                                   ("status changes", changes, False), ("new cases", added, False),
                                   ("removed cases", removed, False)):
        print("%s: %d" % (title, len(items)))
        for line, r in items:
            print("  " + line)
            if show_cmd and r.get("command"):
                print("    failed at line %s: %s" % (r.get("command_line"), r["command"]))
    unchanged = sum(1 for k in set(o) & set(n) if o[k]["status"] == n[k]["status"])
    new_failing = sum(1 for _, r in added if r["status"] in FAILING)
    print("summary: %d regressions, %d fixes, %d status changes, %d new (%d failing), %d removed, %d unchanged"
          % (len(regressions), len(fixes), len(changes), len(added), new_failing, len(removed), unchanged))
    return 1 if regressions else 0


def cmd_guards(args):
    for p in args.files:
        g, x = case_info(p)
        print("%s: %s" % (p, g))
        for e in x:
            print("  XFAIL: %s (%s)" % (e["when"], e["reason"]))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("--out", required=True)
    w.add_argument("--run", nargs=4, action="append", required=True,
                   metavar=("BUILD_DIR", "LIT_JSON", "ROOT", "SUITE"))
    c = sub.add_parser("compare")
    c.add_argument("old")
    c.add_argument("new")
    g = sub.add_parser("guards")
    g.add_argument("files", nargs="+")
    args = ap.parse_args()
    return {"write": cmd_write, "compare": cmd_compare, "guards": cmd_guards}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
