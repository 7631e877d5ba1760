; Guards: the parameter shapes MCJIT's runFunction passes itself, (i32), (i32, ptr) and
; (i32, ptr, ptr) returning i32 or void, run through LLVMRunFunction on MCJIT and the
; interpreter with the right values: the --arg for (i32), argc/argv for (i32, ptr) and
; argc/argv/envp for (i32, ptr, ptr), whatever the entry is called.
; RUN: %jitxr --invoke runfunction --engine mcjit --entry square --arg -46341 %s | FileCheck %s --check-prefix=SQUARE
; RUN: %jitxr --invoke runfunction --engine interp --entry square --arg -46341 %s | FileCheck %s --check-prefix=SQUARE
; RUN: %jitxr --invoke runfunction --engine mcjit --entry show --arg 74 %s | FileCheck %s --check-prefix=SHOW
; RUN: %jitxr --invoke runfunction --engine interp --entry show --arg 74 %s | FileCheck %s --check-prefix=SHOW
; RUN: %jitxr --invoke runfunction --engine mcjit --entry second_word %s -- alpha beta | FileCheck %s --check-prefix=ARGV
; RUN: %jitxr --invoke runfunction --engine interp --entry second_word %s -- alpha beta | FileCheck %s --check-prefix=ARGV
; RUN: env JITXR_SHAPE=1 %jitxr --invoke runfunction --engine mcjit --entry has_env %s -- x | FileCheck %s --check-prefix=ENVP
; RUN: env JITXR_SHAPE=1 %jitxr --invoke runfunction --engine interp --entry has_env %s -- x | FileCheck %s --check-prefix=ENVP

; (i32) -> i32: -46341 * -46341 = 2147488281, which wraps to -2147479015 in i32.
; SQUARE:      entry square runfunction ok
; SQUARE-NEXT: result i32 -2147479015{{$}}

; (i32) -> void: putchar(74) prints J
; SHOW:      {{^}}J{{$}}
; SHOW:      entry show runfunction ok
; SHOW-NEXT: result void{{$}}

; (i32, ptr) -> void: argc as a digit, then argv[2]
; ARGV:      {{^}}3{{$}}
; ARGV-NEXT: {{^}}beta{{$}}
; ARGV:      entry second_word runfunction ok
; ARGV-NEXT: result void{{$}}

; (i32, ptr, ptr) -> i32: argc + 10 * (envp holds JITXR_SHAPE)
; ENVP:      entry has_env runfunction ok
; ENVP-NEXT: result i32 12{{$}}

@name = private constant [12 x i8] c"JITXR_SHAPE\00"
; putchar and puts, not printf: the interpreter runs printf itself, into llvm::outs().
declare i32 @putchar(i32)
declare i32 @puts(ptr)

define i32 @square(i32 %x) {
  %r = mul i32 %x, %x
  ret i32 %r
}

define void @show(i32 %x) {
  call i32 @putchar(i32 %x)
  call i32 @putchar(i32 10)
  ret void
}

define void @second_word(i32 %argc, ptr %argv) {
  %p = getelementptr ptr, ptr %argv, i64 2
  %s = load ptr, ptr %p
  %digit = add i32 %argc, 48
  call i32 @putchar(i32 %digit)
  call i32 @putchar(i32 10)
  call i32 @puts(ptr %s)
  ret void
}

; Looks JITXR_SHAPE up in envp itself (not getenv): "JITXR_SHAPE=" as an i64 + i32 prefix.
define i32 @has_env(i32 %argc, ptr %argv, ptr %envp) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %n, %next ]
  %found = phi i32 [ 0, %entry ], [ %f, %next ]
  %pp = getelementptr ptr, ptr %envp, i64 %i
  %s = load ptr, ptr %pp
  %end = icmp eq ptr %s, null
  br i1 %end, label %done, label %body
body:
  %c = call i32 @strncmp(ptr %s, ptr @name, i64 11)
  %eq = icmp eq i32 %c, 0
  %tail = getelementptr i8, ptr %s, i64 11
  %ch = load i8, ptr %tail
  %isset = icmp eq i8 %ch, 61
  %hit = and i1 %eq, %isset
  %hit32 = zext i1 %hit to i32
  %f = or i32 %found, %hit32
  br label %next
next:
  %n = add i64 %i, 1
  br label %loop
done:
  %ten = mul i32 %found, 10
  %r = add i32 %argc, %ten
  ret i32 %r
}

declare i32 @strncmp(ptr, ptr, i64)
