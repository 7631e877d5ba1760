; Guards: a library whose constructor starts a daemon (fork, setsid, fork: a new session,
; outside every process group the runner knows, reparented away from the worker) must not
; outlive the run: after jitxr exits, the process id the daemon wrote is no longer a running
; process. The run itself is not held up by the daemon's 60 s sleep (it holds stdout open:
; a runner that waits for end of file on its pipes would wait for it), and the report is
; as usual: the library's function is mapped and returns 5. Every run writes stdout and stderr
; to files, not pipes, so that a daemon left running cannot hold the RUN line up until it ends by itself
; and then pass the check; the check comes right after the run.
; Under qemu-user, which refuses PR_SET_CHILD_SUBREAPER, the supervisor finds the daemon by
; the lifeline it inherited; JITXR_NO_SUBREAPER=1 takes that path natively too (last runs).
; RUN: %cc-so -DDAEMON %S/Inputs/ctor.c -o %t.so
; RUN: rm -f %t.pid
; RUN: env HOSTILE_PIDFILE=%t.pid %exit 0 %python -c 'import subprocess, sys, time; t = time.monotonic(); r = subprocess.run(sys.argv[1:]); print("took", "long" if time.monotonic() - t > 30 else "short"); sys.exit(r.returncode)' %jitxr -l %t.so %s > %t.out 2> %t.err
; RUN: %python %S/../tools/processes_gone.py %t.pid | FileCheck %s --check-prefix=GONE
; RUN: FileCheck %s < %t.out
; The same in a JSON run.
; RUN: rm -f %t.json.pid
; RUN: env HOSTILE_PIDFILE=%t.json.pid %exit 0 %jitxr --format json -l %t.so %s > %t.json 2> %t.json.err
; RUN: %python %S/../tools/processes_gone.py %t.json.pid | FileCheck %s --check-prefix=GONE
; RUN: %python %S/../tools/json_report.py < %t.json | FileCheck %s --check-prefix=JSON
; The same without a subreaper, as under qemu.
; RUN: rm -f %t.nr.pid
; RUN: env HOSTILE_PIDFILE=%t.nr.pid JITXR_NO_SUBREAPER=1 %exit 0 %python -c 'import subprocess, sys, time; t = time.monotonic(); r = subprocess.run(sys.argv[1:]); print("took", "long" if time.monotonic() - t > 30 else "short"); sys.exit(r.returncode)' %jitxr -l %t.so %s > %t.nr.out 2> %t.nr.err
; RUN: %python %S/../tools/processes_gone.py %t.nr.pid | FileCheck %s --check-prefix=GONE
; RUN: FileCheck %s < %t.nr.out

; CHECK:      symbol lib_value func mapped
; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i32 5
; CHECK-NEXT: took short

; GONE:      {{^}}gone{{$}}
; GONE-NOT:  left

; JSON:      json: valid
; JSON-NEXT: error: null
; JSON:      entry: main ok - -

declare i32 @lib_value()

define i32 @main() {
  %r = call i32 @lib_value()
  ret i32 %r
}
