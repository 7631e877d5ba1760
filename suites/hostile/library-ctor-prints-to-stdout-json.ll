; Guards: with --format json, stdout must be exactly one JSON object, whatever the loaded
; code writes: SPEC.md moves the module's output to stderr, and a library constructor's
; output (here a line that looks like the start of an object) is the same kind of output.
; Without JSON, the constructor's line comes before the report, which stays intact.
; (Was a defect: the worker ran library constructors with the real stdout, so in a JSON run
; their output landed in front of the report. The worker now sets module output aside for
; the whole pipeline, not only for the entry's child.)
; RUN: %cc-so -DPRINT %S/Inputs/ctor.c -o %t.so
; RUN: %exit 0 %jitxr --no-fork --format json -l %t.so %s 2> %t.nofork.err | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON
; RUN: %exit 0 %jitxr -l %t.so %s | FileCheck %s --check-prefix=TEXT
; RUN: %exit 0 %jitxr --format json -l %t.so %s 2> %t.err > %t.json
; RUN: %python %S/../tools/json_report.py < %t.json | FileCheck %s --check-prefix=JSON
; RUN: FileCheck %s --check-prefix=STDERR < %t.err

; TEXT:      {{^}}{ "from": "a library constructor",{{$}}
; TEXT-NEXT: module:
; TEXT:      entry main {{runfunction|thunk}} ok
; TEXT-NEXT: result i32 5

; JSON:      json: valid
; JSON-NEXT: error: null
; JSON:      entry: main ok - -

; STDERR: { "from": "a library constructor",

declare i32 @lib_value()

define i32 @main() {
  %r = call i32 @lib_value()
  ret i32 %r
}
