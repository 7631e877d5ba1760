"""Runs jitxr with a --codegen-timeout that the stages before the engine's own compilation
(parsing, loading, the worker's scan) pass, but that the engine's compilation of a slow
module does not: the limit is twice the time of a --no-run of the same module, plus 0.5 s.
On an emulated or loaded machine everything scales together, so the stage that times out
stays the same.

Usage: codegen_timeout_past_scan.py MODULE JITXR ARGS...
The second run's stdout, stderr and exit status are passed through.
"""
import subprocess
import sys
import time

module, cmd = sys.argv[1], sys.argv[2:]
start = time.monotonic()
subprocess.run(cmd + ["--no-run", module], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
limit = 2 * (time.monotonic() - start) + 0.5
sys.exit(subprocess.run(cmd + ["--codegen-timeout", "%.1f" % limit, module]).returncode)
