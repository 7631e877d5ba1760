#!/usr/bin/env python3
"""The implicit-call scan compiles only the functions that may need it (runner/libcalls.c);
JITXR_SCAN_ALL=1 makes it compile every function, as it used to. For every .ll module under
the given folders, both must list exactly the same implicit symbols.

    scan_equivalence.py RUNNER [EMULATOR...] -- FOLDER...
"""
import json
import os
import subprocess
import sys


def implicit(cmd, path, scan_all):
    env = dict(os.environ, JITXR_SCAN_ALL="1" if scan_all else "0")
    p = subprocess.run(cmd + ["--no-run", "--format", "json", path], env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        report = json.loads(p.stdout)
    except ValueError:
        return None
    return sorted(s["name"] for s in report["symbols"] if s.get("implicit"))


def main():
    sep = sys.argv.index("--")
    cmd, folders = sys.argv[1:sep], sys.argv[sep + 1:]
    checked = differ = with_calls = 0
    for folder in folders:
        for root, _, files in os.walk(folder):
            for name in sorted(files):
                if not name.endswith(".ll"):
                    continue
                path = os.path.join(root, name)
                a, b = implicit(cmd, path, False), implicit(cmd, path, True)
                checked += 1
                with_calls += bool(b)
                if a != b:
                    differ += 1
                    print("differs: %s: skipping %s, all %s" % (path, a, b))
    print("scan equivalence: %d modules (%d with implicit calls), %d differ"
          % (checked, with_calls, differ))
    return 1 if differ or not with_calls else 0


if __name__ == "__main__":
    sys.exit(main())
