"""Checks that none of the process ids in a file (written by JIT code) is still running.

Usage: no_process_left.py PIDFILE. Prints "gone" per id whose process has ended (a zombie
waiting for its reaper has ended), or "left PID", and then kills it so that a failing run
leaves nothing spinning. SIGKILL lands asynchronously, so a process gets a second to die.
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


for pid in (int(word) for word in open(sys.argv[1]).read().split()):
    deadline = time.monotonic() + 1.0
    while running(pid) and time.monotonic() < deadline:
        time.sleep(0.01)
    if running(pid):
        print("left %d" % pid)
        os.kill(pid, signal.SIGKILL)
    else:
        print("gone")
