"""Reads one jitxr JSON report from stdin (json.load: it must be exactly one valid object)
and prints the entry's status fields and the error, one "key=value" group a line."""
import json
import sys

d = json.load(sys.stdin)
e = d["entry"]
print("status=%s signal=%s exit_status=%s result=%s"
      % (e["status"], e["signal"], e["exit_status"], e["result"]))
err = d["error"]
print("error.code=%s error.message=%s" % (err["code"], err["message"]) if err else "error=None")
