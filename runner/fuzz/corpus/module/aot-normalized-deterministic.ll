; Guards: the normalized module is the same bytes on every run (no addresses, no hash
; order, no timestamps), whatever engine ran the comptime code and whatever -O level, so
; builds are reproducible and the normalized module can be compared across runners. A
; module that named no target stays target-neutral (no triple, no data layout: the x86-64
; and AArch64 runners write the same bytes); one that named this architecture's triple
; keeps it.
; RUN: %jitxr %s --comptime origin --comptime limits --emit-normalized %t.1.ll > /dev/null
; RUN: %jitxr %s --comptime origin --comptime limits --emit-normalized %t.2.ll > /dev/null
; RUN: cmp %t.1.ll %t.2.ll
; RUN: %jitxr %s --engine orc --comptime origin --comptime limits --emit-normalized %t.orc.ll > /dev/null
; RUN: cmp %t.1.ll %t.orc.ll
; RUN: %jitxr %s -O2 --comptime origin --comptime limits --emit-normalized %t.O2.ll > /dev/null
; RUN: cmp %t.1.ll %t.O2.ll
; RUN: FileCheck %s < %t.1.ll
; RUN: opt -mtriple=%triple -S %s -o %t.own.ll
; RUN: %jitxr %t.own.ll --comptime origin --comptime limits --emit-normalized - | FileCheck %s --check-prefix=OWN -DTRIPLE=%triple

; CHECK-NOT: target triple
; CHECK-NOT: target datalayout
; CHECK:     @grid = internal global [2 x i16] [i16 -3, i16 4]
; CHECK:     define i32 @main()
; CHECK-NEXT: call void @use(ptr getelementptr (i8, ptr @grid, i64 2), { i8, i64 } { i8 -1, i64 -9223372036854775808 })

; OWN: target triple = "[[TRIPLE]]"

@grid = internal global [2 x i16] zeroinitializer

define ptr @origin() {
  store i16 -3, ptr @grid
  store i16 4, ptr getelementptr (i8, ptr @grid, i64 2)
  ret ptr getelementptr (i8, ptr @grid, i64 2)
}

define { i8, i64 } @limits() {
  ret { i8, i64 } { i8 255, i64 -9223372036854775808 }
}

define internal void @use(ptr %p, { i8, i64 } %l) {
  ret void
}

define i32 @main() {
  %p = call ptr @origin()
  %l = call { i8, i64 } @limits()
  call void @use(ptr %p, { i8, i64 } %l)
  ret i32 0
}
