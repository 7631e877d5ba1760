; Guards: an integer of a million bits (i1048576; LLVM allows widths up to 2^23) is
; reported in exact decimal (315,653 digits), checked digit for digit against Python's int:
; every bit but the sign, the most negative value, and a random pattern, in text and JSON.
; The digits were computed by dividing by ten, digit by digit: quadratic, tens of seconds,
; and the entry was reported as timed out (the default 10 s). Now they take a fraction of a
; second.
; The i1048576 runs are on the interpreter: MCJIT and ORC spend minutes in LLVM's own code
; generation of a call that returns an i1048576 (SelectionDAG is superlinear in its parts),
; before the entry's clock starts; the value is read and printed by the same code on every
; engine, as the i65536 runs on MCJIT show.
; RUN: %python %S/Inputs/big_int.py ir 1048576 %t.ll
; RUN: %jitxr --engine interp --entry ones %t.ll | %python %S/Inputs/big_int.py text 1048576 ones | FileCheck %s --check-prefix=ONES
; RUN: %jitxr --engine interp --entry min %t.ll --format json | %python %S/Inputs/big_int.py json 1048576 min | FileCheck %s --check-prefix=MIN
; RUN: %jitxr --engine interp --entry rnd %t.ll > %t.rnd.txt
; RUN: %python %S/Inputs/big_int.py text 1048576 rnd < %t.rnd.txt | FileCheck %s --check-prefix=RND
; RUN: %jitxr --engine interp --entry rnd %t.ll --format json | %python %S/Inputs/big_int.py json 1048576 rnd | FileCheck %s --check-prefix=RND
; RUN: %python %S/Inputs/big_int.py ir 65536 %t.64k.ll
; RUN: %jitxr --engine mcjit --entry rnd %t.64k.ll | %python %S/Inputs/big_int.py text 65536 rnd | FileCheck %s --check-prefix=RND64K
; RUN: %jitxr --engine mcjit --entry min %t.64k.ll --format json | %python %S/Inputs/big_int.py json 65536 min | FileCheck %s --check-prefix=MIN64K

; ONES:   ones i1048576 exact 315653{{$}}
; MIN:    min i1048576 exact 315653{{$}}
; RND:    rnd i1048576 exact 31565{{[0-9]$}}
; RND64K: rnd i65536 exact {{[0-9]+$}}
; MIN64K: min i65536 exact 19729{{$}}
