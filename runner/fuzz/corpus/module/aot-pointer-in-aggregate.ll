; Guards: pointers inside an aggregate (a vtable-like struct, a table of strings) are
; normalized one by one like any other pointer: a libc function, null, and two offsets
; into a module global each become a symbol reference, `ptr null` or a constant GEP, and
; no field carries the JIT's address.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime vtable --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@vtable --implicit-check-not=inttoptr --implicit-check-not='{{([0-9]{10,})}}' < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK: comptime vtable ok { ptr, ptr, [2 x ptr] } { ptr @puts, ptr null, [2 x ptr] [ ptr @words+4, ptr @words+8 ] }

; IR:      define i32 @main()
; IR-NEXT: %vt = alloca { ptr, ptr, [2 x ptr] }
; IR-NEXT: store { ptr, ptr, [2 x ptr] } { ptr @puts, ptr null, [2 x ptr] [ptr getelementptr (i8, ptr @words, i64 4), ptr getelementptr (i8, ptr @words, i64 8)] }, ptr %vt

; OUT:      two
; OUT-NEXT: three
; OUT-NEXT: null

@words = internal constant [14 x i8] c"one\00two\00three\00"
@null_msg = private constant [5 x i8] c"null\00"
declare i32 @puts(ptr)

define { ptr, ptr, [2 x ptr] } @vtable() {
  %a = insertvalue { ptr, ptr, [2 x ptr] } poison, ptr @puts, 0
  %b = insertvalue { ptr, ptr, [2 x ptr] } %a, ptr null, 1
  %c = insertvalue { ptr, ptr, [2 x ptr] } %b, ptr getelementptr (i8, ptr @words, i64 4), 2, 0
  %d = insertvalue { ptr, ptr, [2 x ptr] } %c, ptr getelementptr (i8, ptr @words, i64 8), 2, 1
  ret { ptr, ptr, [2 x ptr] } %d
}

define i32 @main() {
  %v = call { ptr, ptr, [2 x ptr] } @vtable()
  %vt = alloca { ptr, ptr, [2 x ptr] }
  store { ptr, ptr, [2 x ptr] } %v, ptr %vt
  %fp = getelementptr { ptr, ptr, [2 x ptr] }, ptr %vt, i32 0, i32 0
  %f = load ptr, ptr %fp
  %np = getelementptr { ptr, ptr, [2 x ptr] }, ptr %vt, i32 0, i32 1
  %n = load ptr, ptr %np
  %s0p = getelementptr { ptr, ptr, [2 x ptr] }, ptr %vt, i32 0, i32 2, i32 0
  %s0 = load ptr, ptr %s0p
  %s1p = getelementptr { ptr, ptr, [2 x ptr] }, ptr %vt, i32 0, i32 2, i32 1
  %s1 = load ptr, ptr %s1p
  %r0 = call i32 %f(ptr %s0)
  %r1 = call i32 %f(ptr %s1)
  %isnull = icmp eq ptr %n, null
  %m = select i1 %isnull, ptr @null_msg, ptr %s0
  %r2 = call i32 %f(ptr %m)
  ret i32 0
}
