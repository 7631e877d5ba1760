"""Runs a command and succeeds only if it exits with exactly the given status.

Usage (lit): %exit N COMMAND ARGS...   stdout and stderr pass through unchanged.
`not` accepts any non-zero status; SPEC.md fixes the exact code, and a signal (a crash of
the runner itself) must never count as an expected failure.
"""
import subprocess
import sys

want = int(sys.argv[1])
proc = subprocess.run(sys.argv[2:])
if proc.returncode != want:
    how = ("killed by signal %d" % -proc.returncode) if proc.returncode < 0 else (
        "exit status %d" % proc.returncode)
    sys.stderr.write("expect_exit: wanted exit status %d, got %s\n" % (want, how))
    sys.exit(1)
