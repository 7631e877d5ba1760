"""Checks that none of the process ids in a file is still running, after a jitxr run.

Usage: processes_gone.py PIDFILE. The file must exist and hold at least one id (else the
check proves nothing: "no pid file" / "no pid" is printed and the exit status is 1). Prints
"gone" per id whose process has ended (a zombie has ended), or "left PID" and then kills it
so that a failing run leaves nothing behind. A process gets a second to die, as SIGKILL
lands asynchronously.
"""
import os
import signal
import sys
import time


def running(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


try:
    pids = [int(word) for word in open(sys.argv[1]).read().split()]
except FileNotFoundError:
    print("no pid file")
    sys.exit(1)
if not pids:
    print("no pid")
    sys.exit(1)
for pid in pids:
    deadline = time.monotonic() + 1.0
    while running(pid) and time.monotonic() < deadline:
        time.sleep(0.01)
    if running(pid):
        print("left %d" % pid)
        os.kill(pid, signal.SIGKILL)
    else:
        print("gone")
