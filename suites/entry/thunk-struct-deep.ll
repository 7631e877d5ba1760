; Guards: a value nested many structs deep ({ { ... { i32 7 } ... } }) is reported whole,
; in text and JSON, from the entry and from a comptime function. Each struct is two levels
; of the JSON that carries the value between jitxr's processes, and json-c's parser stops at
; 32: a struct 15 deep came back as "the child process gave no readable answer". Beyond
; 1000 structs the value is refused, before anything runs, with the limit in the error.
; RUN: %python %S/Inputs/deep_struct.py ir 15 %t.15.ll
; RUN: %python %S/Inputs/deep_struct.py text 15 > %t.15.want
; RUN: %jitxr --entry deep %t.15.ll > %t.15.got
; RUN: grep '^result ' %t.15.got | diff %t.15.want -
; RUN: %jitxr --entry deep %t.15.ll --format json | %python %S/Inputs/deep_struct.py json 15 | FileCheck %s --check-prefix=D15
; RUN: %jitxr --engine orc --entry deep %t.15.ll --format json | %python %S/Inputs/deep_struct.py json 15 | FileCheck %s --check-prefix=D15
; RUN: %python %S/Inputs/deep_struct.py ir 100 %t.100.ll
; RUN: %jitxr --entry deep %t.100.ll --format json | %python %S/Inputs/deep_struct.py json 100 | FileCheck %s --check-prefix=D100
; RUN: %jitxr --entry deep %t.100.ll --comptime c --comptime fill --emit-normalized %t.100.norm.ll > %t.100.report
; RUN: FileCheck %s --check-prefix=C100 < %t.100.report
; RUN: grep -c '^@g = global .* i32 7 }' %t.100.norm.ll | FileCheck %s --check-prefix=ONE
; The limit itself: 1000 structs are read, 1001 are refused (the entry: unsupported, exit 5;
; a comptime function: its value cannot be normalized, exit 6), and so is a global that deep.
; RUN: %python %S/Inputs/deep_struct.py ir 1000 %t.1000.ll
; RUN: %python %S/Inputs/deep_struct.py text 1000 > %t.1000.want
; RUN: %jitxr --entry deep %t.1000.ll > %t.1000.got
; RUN: grep '^result ' %t.1000.got | diff %t.1000.want -
; RUN: %python %S/Inputs/deep_struct.py ir 1001 %t.1001.ll
; RUN: %exit 5 %jitxr --entry deep %t.1001.ll 2>&1 | FileCheck %s --check-prefix=E1001
; RUN: %exit 6 %jitxr %t.1001.ll --comptime c 2>&1 | FileCheck %s --check-prefix=C1001
; RUN: %exit 6 %jitxr %t.1001.ll --comptime fill --emit-normalized %t.1001.norm.ll 2>&1 | FileCheck %s --check-prefix=G1001

; D15:  depth 15 leaf i32 7
; D100: depth 100 leaf i32 7
; C100: comptime c ok { {{.*}} i32 7 }{{( })+$}}
; C100: comptime fill ok ptr @g{{$}}
; ONE:  1
; E1001: entry deep - unsupported
; E1001: jitxr: error: entry 'deep' returns aggregates nested more than 1000 deep: jitxr reads values up to 1000; not run
; C1001: jitxr: error: comptime function 'c' returns aggregates nested more than 1000 deep: jitxr reads values up to 1000
; G1001: comptime fill ok ptr @g
; G1001: jitxr: error: global 'g', which a comptime value points into, holds a value nested more than 1000 aggregates deep, which jitxr does not read
