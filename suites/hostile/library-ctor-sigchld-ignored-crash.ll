; Guards: a library whose constructor sets SIGCHLD to SIG_IGN (daemon-style code that does
; not want zombies) makes the kernel reap children at once, so a waitpid() in the process
; that loaded it fails with ECHILD and a child's crash can no longer be read. The entry's
; verdict must not change: an entry that stores through null is still `crashed SIGSEGV`,
; exit 5, one error line, on MCJIT, ORC and the interpreter, and in JSON.
; RUN: %cc-so -DSIGCHLD_IGN %S/Inputs/ctor.c -o %t.so
; RUN: %exit 5 %jitxr -l %t.so --engine mcjit %s > %t.mcjit.out 2> %t.mcjit.err
; RUN: FileCheck %s < %t.mcjit.out
; RUN: FileCheck %s --check-prefix=ERR < %t.mcjit.err
; RUN: grep -c "jitxr: error:" %t.mcjit.err | FileCheck %s --check-prefix=ONE
; RUN: %exit 5 %jitxr -l %t.so --engine orc %s > %t.orc.out 2> %t.orc.err
; RUN: FileCheck %s < %t.orc.out
; RUN: FileCheck %s --check-prefix=ERR < %t.orc.err
; RUN: %exit 5 %jitxr -l %t.so --engine interp %s > %t.interp.out 2> %t.interp.err
; RUN: FileCheck %s < %t.interp.out
; RUN: FileCheck %s --check-prefix=ERR < %t.interp.err
; RUN: %exit 5 %jitxr --format json -l %t.so %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON

; CHECK:      symbol lib_value func mapped
; CHECK:      entry main {{runfunction|thunk}} crashed SIGSEGV{{$}}
; CHECK-NOT:  {{^}}result

; ERR: jitxr: error: entry 'main' crashed: SIGSEGV{{$}}
; ONE: {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: 5 entry 'main' crashed: SIGSEGV{{$}}
; JSON:      entry: main crashed SIGSEGV -

declare i32 @lib_value()

define i32 @main() null_pointer_is_valid {
  %r = call i32 @lib_value()
  store volatile i32 %r, ptr null
  ret i32 %r
}
