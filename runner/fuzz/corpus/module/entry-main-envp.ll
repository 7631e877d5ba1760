; Guards: main(argc, argv, envp) gets the runner's environment as envp, NULL-terminated
; (Thrust's JIT passed an envp without the terminating NULL, so walking it ran off the
; end), on MCJIT (LLVMRunFunction), ORC (the thunk) and the interpreter: run under
; `env -i` with exactly three variables, main prints every entry until NULL, prints
; JITXR_FOO's value found by its own search, and returns the count. (The entries' order is
; the process's own: qemu-user hands a program its environment in reverse order.)
; RUN: %exit 0 env -i JITXR_A=1 JITXR_FOO=bar JITXR_Z=last %jitxr --engine mcjit %s | FileCheck %s --check-prefixes=CHECK,RF
; RUN: %exit 0 env -i JITXR_A=1 JITXR_FOO=bar JITXR_Z=last %jitxr --engine orc %s | FileCheck %s --check-prefixes=CHECK,THUNK
; RUN: %exit 0 env -i JITXR_A=1 JITXR_FOO=bar JITXR_Z=last %jitxr --engine interp %s | FileCheck %s --check-prefixes=CHECK,RF
; RUN: %exit 0 env -i JITXR_A=1 JITXR_FOO=bar JITXR_Z=last %jitxr --engine mcjit --invoke thunk %s | FileCheck %s --check-prefixes=CHECK,THUNK

; CHECK-DAG:  {{^}}JITXR_A=1{{$}}
; CHECK-DAG:  {{^}}JITXR_FOO=bar{{$}}
; CHECK-DAG:  {{^}}JITXR_Z=last{{$}}
; CHECK:      {{^}}value: bar{{$}}
; CHECK-NEXT: module:
; RF:         entry main runfunction ok
; THUNK:      entry main thunk ok
; CHECK-NEXT: result i32 3{{$}}

@key = private constant [11 x i8] c"JITXR_FOO=\00"
@label = private constant [8 x i8] c"value: \00"
@stdout = external global ptr
declare i32 @puts(ptr)
declare i32 @fputs(ptr, ptr)
declare i32 @strncmp(ptr, ptr, i64)

define i32 @main(i32 %argc, ptr %argv, ptr %envp) {
entry:
  %found = alloca ptr
  store ptr null, ptr %found
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %n, %next ]
  %p = getelementptr ptr, ptr %envp, i64 %i
  %s = load ptr, ptr %p
  %end = icmp eq ptr %s, null
  br i1 %end, label %done, label %body
body:
  call i32 @puts(ptr %s)
  %c = call i32 @strncmp(ptr %s, ptr @key, i64 10)
  %hit = icmp eq i32 %c, 0
  br i1 %hit, label %keep, label %next
keep:
  %v = getelementptr i8, ptr %s, i64 10
  store ptr %v, ptr %found
  br label %next
next:
  %n = add i64 %i, 1
  br label %loop
done:
  %val = load ptr, ptr %found
  %out = load ptr, ptr @stdout
  call i32 @fputs(ptr @label, ptr %out)
  call i32 @puts(ptr %val)
  %r = trunc i64 %i to i32
  ret i32 %r
}
