; Guards: a data layout's mangling mode names the object file's symbols: with Mach-O's
; (m:o) or Windows x86 COFF's (m:x) @main is "_main" and @strlen "_strlen", so on this ELF
; target the code would look every symbol up by a name the IR does not give it. Such a
; module is refused (exit 3) on every engine, before anything is loaded, saying which
; mangling it has and which the target uses. (Was: MCJIT failed with "no code for
; '__jitxr_addrs'" (exit 5), ORC with "incompatible data layouts", and the interpreter,
; which does not mangle, ran it.) A layout naming ELF's mangling, or none, runs.
; RUN: %exit 3 %jitxr --engine mcjit %s > %t.out 2> %t.err
; RUN: FileCheck %s --check-prefix=ERR-O -DARCH=%arch < %t.err
; RUN: count 1 < %t.err
; RUN: FileCheck %s < %t.out
; RUN: %exit 3 %jitxr --engine orc %s 2>&1 | FileCheck %s --check-prefix=ERR-O -DARCH=%arch
; RUN: %exit 3 %jitxr --engine interp %s 2>&1 | FileCheck %s --check-prefix=ERR-O -DARCH=%arch
; RUN: %exit 3 %jitxr --no-run %s 2>&1 | FileCheck %s --check-prefix=ERR-O -DARCH=%arch
; RUN: sed 's/-m:o-/-m:x-/' %s > %t.x.ll
; RUN: %exit 3 %jitxr --engine interp %t.x.ll 2>&1 | FileCheck %s --check-prefix=ERR-X -DARCH=%arch
; RUN: sed 's/-m:o-/-m:e-/' %s > %t.e.ll
; RUN: %exit 0 %jitxr --engine mcjit %t.e.ll | FileCheck %s --check-prefix=RUNS
; RUN: %exit 0 %jitxr --engine interp %t.e.ll | FileCheck %s --check-prefix=RUNS
; RUN: sed 's/-m:o-/-/' %s > %t.none.ll
; RUN: %exit 0 %jitxr --engine mcjit %t.none.ll | FileCheck %s --check-prefix=RUNS

; CHECK:     entry main - not-run
; CHECK-NOT: {{^}}result
; ERR-O: jitxr: error: module '{{.*}}' has data layout 'e-m:o-i64:64-n32:64-S128' with Mach-O mangling (m:o), but [[ARCH]] code here is ELF (m:e): its symbols would not have the names the IR gives them
; ERR-X: jitxr: error: module '{{.*}}' has data layout 'e-m:x-i64:64-n32:64-S128' with Windows x86 COFF mangling (m:x), but [[ARCH]] code here is ELF (m:e)
; RUNS:  result i32 3{{$}}

target datalayout = "e-m:o-i64:64-n32:64-S128"

@s = private constant [4 x i8] c"abc\00"
declare i64 @strlen(ptr)

define i32 @main() {
  %n = call i64 @strlen(ptr @s)
  %r = trunc i64 %n to i32
  ret i32 %r
}
