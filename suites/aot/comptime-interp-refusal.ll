; Guards: on LLVM's interpreter, a comptime function whose code it would run wrong or abort
; on is refused before anything runs, with the reason, as an entry is (interp.c): status
; unsupported, exit 5, one error line naming the first refused (every one is unsupported
; in the report, so that one run shows them all); the functions beside them are not run. `pair` is clang
; -O0's return of a struct { long, long }: a load of { i64, i64 } whole, which the
; interpreter aborts on ("Cannot load value of type { i64, i64 }!", once reported as LLVM's
; own failure after `first` had run). Only what the functions reach counts: the module's
; constructor, which loads a struct whole too, never runs at compile time, so `first` alone
; runs on the interpreter. MCJIT and ORC run both.
; RUN: %exit 5 %jitxr --engine interp --comptime first --comptime pair %s 2>&1 | FileCheck %s
; RUN: %exit 5 %jitxr --engine interp --comptime first --comptime pair --format json %s 2>/dev/null \
; RUN:   | %python %S/Inputs/comptime_json.py | FileCheck %s --check-prefix=JSON
; RUN: %exit 5 %jitxr --engine interp --comptime pair --comptime first --comptime again --format json %s 2>/dev/null \
; RUN:   | %python %S/Inputs/comptime_json.py | FileCheck %s --check-prefix=TWO
; RUN: %exit 0 %jitxr --engine interp --comptime first %s | FileCheck %s --check-prefix=FIRST
; RUN: %exit 0 %jitxr --engine mcjit --comptime first --comptime pair %s | FileCheck %s --check-prefix=BOTH
; RUN: %exit 0 %jitxr --engine orc --comptime first --comptime pair %s | FileCheck %s --check-prefix=BOTH

; CHECK:      comptime first not-run
; CHECK-NEXT: comptime pair unsupported
; CHECK-NEXT: jitxr: error: comptime function 'pair' not run on interp: 'pair' loads a { i64, i64 } whole: LLVM's interpreter moves only scalars and vectors between registers and memory
; CHECK-NOT:  {{.}}

; JSON:      error 5 comptime function 'pair' not run on interp: 'pair' loads a { i64, i64 } whole
; JSON-NEXT: comptime 2
; JSON-NEXT: first not-run null
; JSON-NEXT: pair unsupported null

; TWO:      error 5 comptime function 'pair' not run on interp: 'pair' loads a { i64, i64 } whole: LLVM's interpreter moves only scalars and vectors between registers and memory (and 1 more refused, each unsupported in the report)
; TWO-NEXT: comptime 3
; TWO-NEXT: pair unsupported null
; TWO-NEXT: first not-run null
; TWO-NEXT: again unsupported null

; FIRST: comptime first ok i32 40

; BOTH: comptime first ok i32 40
; BOTH: comptime pair ok { i64, i64 } { i64 1, i64 1 }

%struct.pair = type { i64, i64 }

@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @setup, ptr null }]
@seen = global %struct.pair zeroinitializer

define i32 @main() {
  %a = call i32 @first()
  %p = call { i64, i64 } @pair()
  %x = extractvalue { i64, i64 } %p, 0
  %y = extractvalue { i64, i64 } %p, 1
  %s = add i64 %x, %y
  %t = trunc i64 %s to i32
  %r = add i32 %a, %t
  ret i32 %r
}

define internal i32 @first() noinline {
  ret i32 40
}

; struct pair pair(void) { struct pair p = {1, 1}; return p; }
define internal { i64, i64 } @pair() noinline {
  %p = alloca %struct.pair, align 8
  store i64 1, ptr %p, align 8
  %q = getelementptr inbounds %struct.pair, ptr %p, i32 0, i32 1
  store i64 1, ptr %q, align 8
  %r = load { i64, i64 }, ptr %p, align 8
  ret { i64, i64 } %r
}

define internal { i64, i64 } @again() noinline {
  %r = call { i64, i64 } @pair()
  ret { i64, i64 } %r
}

define internal void @setup() {
  %v = load %struct.pair, ptr @seen, align 8
  store i64 0, ptr @seen
  ret void
}
