"""Runs jitxr on input whose outcome may legitimately vary (mutated bitcode, memory limits,
corrupted libraries) and checks only what must hold whatever happens.

Usage (lit): %python %S/../tools/survives.py CODES COMMAND ARGS...
  CODES is a comma-separated list of the acceptable exit statuses (e.g. 0,3,4,5).

It checks that the command
  - was not killed by a signal (the runner itself never crashes) and exited with one of CODES;
  - printed exactly one `jitxr: error:` line on stderr if it exited non-zero, none if 0;
  - printed, when it was given --format json, exactly one JSON object in strict UTF-8 with
    "error" null on success, else "error": {"code": <the exit status>, ...}; otherwise a
    text report in UTF-8 that starts with a `module:` line.
It prints "survived" and exits 0, or prints what failed (and the tails of both outputs)
and exits 1. The exit status itself is not printed: it is what may vary.
"""
import json
import subprocess
import sys


def refuse(what):
    raise ValueError("not JSON: %s" % what)


def check(codes, cmd):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    rc = proc.returncode
    if rc < 0:
        return "killed by signal %d" % -rc, proc
    if rc not in codes:
        return "exit status %d, not one of %s" % (rc, sorted(codes)), proc
    errors = [line for line in proc.stderr.split(b"\n") if line.startswith(b"jitxr: error:")]
    want = 0 if rc == 0 else 1
    if len(errors) != want:
        return "%d 'jitxr: error:' lines on stderr with exit status %d" % (len(errors), rc), proc
    try:
        text = proc.stdout.decode("utf-8", "strict")
    except UnicodeDecodeError as e:
        return "stdout is not UTF-8: %s" % e, proc
    if "json" in cmd and cmd.index("json") > 0 and cmd[cmd.index("json") - 1] == "--format":
        try:
            report = json.loads(text, parse_constant=refuse)
        except ValueError as e:
            return "stdout is not one JSON object: %s" % e, proc
        if not isinstance(report, dict) or report.get("jitxr") != 1:
            return 'stdout is not a jitxr report (no "jitxr": 1)', proc
        err = report.get("error")
        if rc == 0 and err is not None:
            return "exit status 0 with an error in the report: %r" % (err,), proc
        if rc != 0 and (not isinstance(err, dict) or err.get("code") != rc):
            return "exit status %d but the report's error is %r" % (rc, err), proc
    elif not text.startswith("module: ") and "\nmodule: " not in text:
        return "no text report (no 'module:' line) on stdout", proc
    return None, proc


def main():
    codes = {int(c) for c in sys.argv[1].split(",")}
    failure, proc = check(codes, sys.argv[2:])
    if failure is None:
        print("survived")
        return 0
    print("FAILED: %s" % failure)
    print("stdout ends: %r" % proc.stdout[-500:])
    print("stderr ends: %r" % proc.stderr[-500:])
    return 1


sys.exit(main())
