"""Prints the parts of a jitxr JSON report that suites/aot/json-comptime.ll checks, one a
line: the format version, the entry, the error, and each comptime object's name, status
and result (keys sorted, so the line does not depend on json-c's key order)."""
import json
import sys

d = json.load(sys.stdin)
if "jitxr" in d:
    print("jitxr", d["jitxr"])
e = d["entry"]
print("entry", e["name"], e["status"], e["result"])
err = d["error"]
print("error", "None" if err is None else "%d %s" % (err["code"], err["message"]))
print("comptime", len(d["comptime"]))
for c in d["comptime"]:
    assert set(c) >= {"name", "status", "result"}, c
    print(c["name"], c["status"], json.dumps(c["result"], sort_keys=True))
