; Guards: what LLVM's interpreter cannot run is found in the IR before anything runs and
; refused with the reason: status unsupported, exit 5, one error line, nothing printed by
; the program; never the crash, abort or wrong output it would give. One entry each: a
; variadic library call other than its own printf family (open), a function of the module
; handed to library code (qsort's comparator), atexit under --no-fork (the interpreter runs
; its handlers only in its exit(), which would end the runner; forked, they run after the
; entry returns, as in a C program), setjmp, x86_fp80/fp128 arithmetic, C++ exceptions (landingpad), an intrinsic its IntrinsicLowering
; does not lower (llvm.fmuladd, a plain x * y + z: once an LLVM abort), a load or store
; of a whole struct or array (clang's small struct results: an abort, or nothing stored). Only what the entry reaches counts: the
; entry `fine` calls printf (the interpreter's own) and is run, although other functions of
; the module would be refused; a refused function reached through a pointer counts too.
; MCJIT runs the same entries. (-l stdc++: the personality routine of `catches`.)
; RUN: %exit 5 %jitxr -l stdc++ --engine interp --entry variadic %s 2>&1 | FileCheck %s --check-prefix=VARIADIC
; RUN: %exit 5 %jitxr -l stdc++ --engine interp --entry callback %s 2>&1 | FileCheck %s --check-prefix=CALLBACK
; RUN: %exit 5 %jitxr -l stdc++ --engine interp --no-fork --entry handler %s 2>&1 | FileCheck %s --check-prefix=ATEXIT
; RUN: %exit 0 %jitxr -l stdc++ --engine interp --entry handler %s 2>&1 | FileCheck %s --check-prefix=ATEXIT-RAN
; RUN: %exit 5 %jitxr -l stdc++ --engine interp --entry jump %s 2>&1 | FileCheck %s --check-prefix=JUMP
; RUN: %exit 5 %jitxr -l stdc++ --engine interp --entry wide %s 2>&1 | FileCheck %s --check-prefix=WIDE
; RUN: %exit 5 %jitxr -l stdc++ --engine interp --entry wide_global %s 2>&1 | FileCheck %s --check-prefix=WIDE-GLOBAL
; RUN: %exit 5 %jitxr -l stdc++ --engine interp --entry through_pointer %s 2>&1 | FileCheck %s --check-prefix=POINTER
; RUN: %exit 5 %jitxr -l stdc++ --engine interp --entry catches %s 2>&1 | FileCheck %s --check-prefix=CATCH
; RUN: %exit 5 %jitxr -l stdc++ --engine interp --entry sizes %s 2>&1 | FileCheck %s --check-prefix=SIZES
; RUN: %exit 5 %jitxr -l stdc++ --engine interp --entry pair %s 2>&1 | FileCheck %s --check-prefix=PAIR
; RUN: %exit 5 %jitxr -l stdc++ -L %fixtures -l fxabi --engine interp --entry byval %s 2>&1 | FileCheck %s --check-prefix=BYVAL
; RUN: %if x86_64 %{ %exit 0 %jitxr -l stdc++ -L %fixtures -l fxabi --engine mcjit --entry byval %s | FileCheck %s --check-prefix=MCJIT-BYVAL %}
; RUN: %exit %if llvm-22 %{5%} %else %{0%} %jitxr -l stdc++ --engine interp --entry unsigned_result %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=%if llvm-22 %{UNSIGNED22%} %else %{UNSIGNED19%}
; RUN: %exit 5 %jitxr -l stdc++ --engine interp --entry muladd %s 2>&1 | FileCheck %s --check-prefix=MULADD
; RUN: %exit 5 %jitxr -l stdc++ --engine interp --entry whole %s 2>&1 | FileCheck %s --check-prefix=WHOLE
; RUN: %exit 0 %jitxr -l stdc++ --engine mcjit --entry whole %s | FileCheck %s --check-prefix=MCJIT-WHOLE
; RUN: %exit 5 %jitxr -l stdc++ --engine interp --entry stored %s 2>&1 | FileCheck %s --check-prefix=STORED
; RUN: %exit 0 %jitxr -l stdc++ --engine mcjit --entry stored %s | FileCheck %s --check-prefix=MCJIT-STORED
; RUN: %exit 0 %jitxr -l stdc++ --engine interp --entry fine %s 2>&1 | FileCheck %s --check-prefix=FINE
; RUN: %exit 0 %jitxr -l stdc++ --engine mcjit --entry callback %s | FileCheck %s --check-prefix=MCJIT

; VARIADIC-NOT: {{^}}ran
; VARIADIC: entry variadic - unsupported
; VARIADIC: jitxr: error: entry 'variadic' not run on interp: 'variadic' calls the variadic library function 'open': LLVM's interpreter cannot call a variadic external function (only its own printf, fprintf, sprintf, scanf and sscanf)
; CALLBACK: jitxr: error: entry 'callback' not run on interp: 'callback' passes its function 'cmp' to the library function 'qsort': LLVM's interpreter has no machine code for it, so the library would call into the interpreter's own objects
; ATEXIT:   jitxr: error: entry 'handler' not run on interp: 'handler' calls atexit, and with --no-fork: LLVM's interpreter runs atexit handlers only in its exit(), which would end the runner before its report
; ATEXIT-RAN: bye 7
; ATEXIT-RAN: entry handler runfunction ok
; ATEXIT-RAN: result i32 0
; JUMP:     jitxr: error: entry 'jump' not run on interp: 'jump' calls _setjmp: a longjmp cannot unwind LLVM's interpreter's own frames
; WIDE:     jitxr: error: entry 'wide' not run on interp: 'wide' computes with {{x86_fp80|fp128}}: LLVM's interpreter implements float and double only
; WIDE-GLOBAL: jitxr: error: entry 'wide_global' not run on interp: 'wide_global' uses the global 'ld_pair', whose initializer holds a value of type fp128: LLVM's interpreter cannot write that type to memory
; POINTER:  jitxr: error: entry 'through_pointer' not run on interp: 'callback' passes its function 'cmp'
; CATCH:    jitxr: error: entry 'catches' not run on interp: 'catches' catches or passes on C++ exceptions: LLVM's interpreter cannot unwind
; SIZES:    jitxr: error: entry 'sizes' not run on interp: 'sizes' calls printf with a 'z' length (size_t, intmax_t, ptrdiff_t), whose argument LLVM's interpreter's own printf cuts to 32 bits
; WHOLE:    jitxr: error: entry 'whole' not run on interp: 'whole' loads a { i64, i64 } whole: LLVM's interpreter moves only scalars and vectors between registers and memory
; MCJIT-WHOLE: result i64 12
; STORED:   jitxr: error: entry 'stored' not run on interp: 'stored' stores a { i64, i64 } whole: LLVM's interpreter moves only scalars and vectors between registers and memory
; MCJIT-STORED: result i64 5
; PAIR:     jitxr: error: entry 'pair' not run on interp: 'pair' calls the library function 'ldiv', and its result is { i64, i64 }: LLVM's interpreter calls library functions through libffi with integers of 8 to 64 bits, float, double and pointers only
; BYVAL:    jitxr: error: entry 'byval' not run on interp: 'byval' calls the library function 'abi_big_sum', and its parameter 1 is byval: the callee reads a copy on the stack, and LLVM's interpreter passes the pointer
; MCJIT-BYVAL: result i64 4321
; UNSIGNED22: jitxr: error: entry 'unsigned_result' not run on interp: 'unsigned_result' takes the i32 result of the library function 'abs' as unsigned (zext): LLVM 22's interpreter returns it with the sign bit copied above its width
; UNSIGNED19: result i64 7
; MULADD:   jitxr: error: entry 'muladd' not run on interp: 'muladd' calls the intrinsic 'llvm.fmuladd.f64', which LLVM's interpreter cannot execute ("Code generator does not support intrinsic function", an abort)
; FINE:     ran 3
; FINE:     entry fine runfunction ok
; MCJIT:    result i32 1

@ran = private constant [8 x i8] c"ran %d\0A\00"
@size = private constant [5 x i8] c"%zu\0A\00"
@path = private constant [10 x i8] c"/dev/null\00"
@slot = global ptr @callback
declare i32 @printf(ptr, ...)
declare i32 @open(ptr, i32, ...)
declare void @qsort(ptr, i64, i64, ptr)
declare i32 @atexit(ptr)
declare i32 @_setjmp(ptr)

define i32 @cmp(ptr %a, ptr %b) {
  %x = load i32, ptr %a
  %y = load i32, ptr %b
  %d = sub i32 %x, %y
  ret i32 %d
}

define i32 @variadic() {
  call i32 (ptr, ...) @printf(ptr @ran, i32 1)
  %fd = call i32 (ptr, i32, ...) @open(ptr @path, i32 0)
  ret i32 %fd
}

define i32 @callback() {
  %v = alloca [2 x i32]
  store i32 2, ptr %v
  %p = getelementptr i32, ptr %v, i64 1
  store i32 1, ptr %p
  call void @qsort(ptr %v, i64 2, i64 4, ptr @cmp)
  %r = load i32, ptr %v
  ret i32 %r
}

@byefmt = private constant [8 x i8] c"bye %d\0A\00"

; x * y + z on doubles, as clang's default -ffp-contract=on writes it
declare double @llvm.fmuladd.f64(double, double, double)
define i32 @muladd() {
  %v = call double @llvm.fmuladd.f64(double 0.1, double 10.0, double -1.0)
  %i = fptosi double %v to i32
  ret i32 %i
}

define void @bye() {
  call i32 (ptr, ...) @printf(ptr @byefmt, i32 7)
  ret void
}

define i32 @handler() {
  %r = call i32 @atexit(ptr @bye)
  ret i32 %r
}

define i32 @jump() {
  %buf = alloca [200 x i8]
  %r = call i32 @_setjmp(ptr %buf)
  ret i32 %r
}

define i32 @wide() {
  %a = alloca double
  store double 1.5, ptr %a
  %d = load double, ptr %a
  %x = fpext double %d to fp128
  %y = fadd fp128 %x, %x
  %r = fptosi fp128 %y to i32
  ret i32 %r
}

define i32 @through_pointer() {
  %f = load ptr, ptr @slot
  %r = call i32 %f()
  ret i32 %r
}

declare i32 @__gxx_personality_v0(...)
declare i32 @puts(ptr)

define i32 @catches() personality ptr @__gxx_personality_v0 {
  %r = invoke i32 @puts(ptr @path) to label %ok unwind label %lp
ok:
  ret i32 0
lp:
  %x = landingpad { ptr, i32 } cleanup
  ret i32 1
}

define i32 @fine() {
  %r = call i32 (ptr, ...) @printf(ptr @ran, i32 3)
  ret i32 0
}

define i32 @sizes() {
  %r = call i32 (ptr, ...) @printf(ptr @size, i64 17179869184)
  ret i32 0
}

; clang's small struct result ({ long, long } on x86-64) is a load of the whole aggregate:
; the interpreter's LoadValueFromMemory aborts ("Cannot load value of type { i64, i64 }!")
define i64 @whole() {
  %p = alloca { i64, i64 }
  store i64 5, ptr %p
  %q = getelementptr { i64, i64 }, ptr %p, i32 0, i32 1
  store i64 7, ptr %q
  %v = load { i64, i64 }, ptr %p
  %a = extractvalue { i64, i64 } %v, 0
  %b = extractvalue { i64, i64 } %v, 1
  %r = add i64 %a, %b
  ret i64 %r
}

; a store of a whole aggregate that is no constant: the interpreter wrote nothing (this
; returned 1, not 5)
define i64 @stored() {
  %p = alloca { i64, i64 }
  store i64 1, ptr %p
  %a = insertvalue { i64, i64 } undef, i64 5, 0
  %b = insertvalue { i64, i64 } %a, i64 7, 1
  store { i64, i64 } %b, ptr %p
  %v = load i64, ptr %p
  ret i64 %v
}

declare { i64, i64 } @ldiv(i64, i64)

define i64 @pair() {
  %q = call { i64, i64 } @ldiv(i64 7, i64 2)
  %r = extractvalue { i64, i64 } %q, 1
  ret i64 %r
}

; fxabi.h: long abi_big_sum(struct abi_big), passed in memory on x86-64 (byval); on AArch64
; by reference, which is no byval: the same declaration is what this IR says on both
; (extern_weak: the other entries run without libfxabi.so).
%struct.abi_big = type { i64, i64, i64, i64 }
declare extern_weak i64 @abi_big_sum(ptr byval(%struct.abi_big) align 8)

define i64 @byval() {
  %b = alloca %struct.abi_big
  store i64 1, ptr %b ; field by field: a whole struct's store is refused first (WHOLE)
  %b1 = getelementptr %struct.abi_big, ptr %b, i32 0, i32 1
  store i64 2, ptr %b1
  %b2 = getelementptr %struct.abi_big, ptr %b, i32 0, i32 2
  store i64 3, ptr %b2
  %b3 = getelementptr %struct.abi_big, ptr %b, i32 0, i32 3
  store i64 4, ptr %b3
  %r = call i64 @abi_big_sum(ptr byval(%struct.abi_big) align 8 %b)
  ret i64 %r
}

declare i32 @abs(i32)

define i64 @unsigned_result() {
  %r = call i32 @abs(i32 -7)
  %z = zext i32 %r to i64
  ret i64 %z
}

; struct { int i; long double x; } on AArch64, copied from its static object as clang does:
; no instruction computes with fp128, but the interpreter cannot initialize the global
; ("Cannot store value of type fp128!"), and the copy would read zeros
@ld_pair = internal constant { i32, fp128 } { i32 3, fp128 0xL00000000000000003FFE200000000000 }, align 16

define i32 @wide_global() {
  %b = alloca { i32, fp128 }, align 16
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %b, ptr align 16 @ld_pair, i64 32, i1 false)
  %i = load i32, ptr %b, align 16
  ret i32 %i
}

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
