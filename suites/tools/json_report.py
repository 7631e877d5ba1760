"""Reads one jitxr JSON report from stdin and prints its facts one a line, for FileCheck.

Usage (lit): %jitxr --format json ... | %python %S/../tools/json_report.py

The bytes must be strict UTF-8 and exactly one JSON object (json.loads refuses anything
after it, so a stray line of program or library output on stdout fails here), with
"jitxr": 1. NaN and Infinity literals are refused too: they are not JSON. On success it
prints "json: valid" and then:
  error: CODE MESSAGE              or  error: null
  library: NAME                    one per library
  symbol: NAME KIND STATUS PROVIDER   one per symbol (PROVIDER "-" when null)
  entry: NAME STATUS SIGNAL EXIT_STATUS
  engine: ENGINE STATUS SIGNAL     one per --compare-engines engine
Strings are printed as the report holds them (jitxr escapes odd bytes itself); a line
break inside one is printed as "\\n" so that every printed fact stays on its own line.
On failure it prints "json: INVALID (reason)" and exits 1.
"""
import json
import sys


def refuse(what):
    raise ValueError("not JSON: %s" % what)


def show(value):
    if value is None:
        return "-"
    return str(value).replace("\r", "\\r").replace("\n", "\\n")


def main():
    sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8", "strict")
        report = json.loads(text, parse_constant=refuse)
        if not isinstance(report, dict) or report.get("jitxr") != 1:
            raise ValueError('not a jitxr report (no "jitxr": 1)')
    except ValueError as e:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        print("json: INVALID (%s)" % e)
        print("json: the first bytes were %r" % data[:200])
        return 1
    print("json: valid")
    err = report.get("error")
    print("error: null" if err is None else "error: %s %s" % (err.get("code"), show(err.get("message"))))
    for lib in report.get("libraries") or []:
        print("library: %s" % show(lib.get("name")))
    for sym in report.get("symbols") or []:
        print("symbol: %s %s %s %s" % (show(sym.get("name")), sym.get("kind"), sym.get("status"),
                                       show(sym.get("provider"))))
    entry = report.get("entry")
    if entry is not None:
        print("entry: %s %s %s %s" % (show(entry.get("name")), entry.get("status"),
                                      show(entry.get("signal")), show(entry.get("exit_status"))))
    for eng in report.get("engines") or []:
        print("engine: %s %s %s" % (eng.get("engine"), eng.get("status"), show(eng.get("signal"))))
    return 0


sys.exit(main())
