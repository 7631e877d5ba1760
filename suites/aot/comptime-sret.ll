; Guards: a comptime function that returns a struct through memory (a C function returning
; a struct over 16 bytes: clang's sret parameter on x86-64 and AArch64) runs at compile
; time on every engine, and each call, which passes the caller's own memory, becomes a copy
; of the value from a private constant, clang's own way to fill a struct from a constant:
; the binary exits with what the JIT returned. (It once was "takes parameters", exit 3.)
; RUN: %jitxr %s | FileCheck %s --check-prefix=JIT
; RUN: %jitxr %s --comptime table --emit-normalized %t.norm.ll --emit-obj %t.o | FileCheck %s
; RUN: %jitxr --engine orc %s --comptime table | FileCheck %s
; RUN: %jitxr --engine interp %s --comptime table | FileCheck %s
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@table < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %exit 97 %run %t.exe

; JIT: result i32 97

; CHECK: comptime table ok %struct.big { i64 1, i64 -2, i64 21, [8 x i8] [ i8 97, i8 98, i8 99, i8 0, i8 0, i8 0, i8 0, i8 0 ] }

; IR: @table.value = private unnamed_addr constant %struct.big { i64 1, i64 -2, i64 21, [8 x i8] c"abc\00\00\00\00\00" }, align 8
; IR: define i32 @main()
; IR: call void @llvm.memcpy.p0.p0.i64(ptr align 8 %x, ptr align 8 @table.value, i64 32, i1 false)

; struct big { long a, b, c; char name[8]; };
; static struct big table(void) { struct big r = {1, -2, 3, "abc"}; r.c *= 7; return r; }
; int main(void) { struct big x = table(); return x.a + x.b + x.c + x.name[0] - 20; }
%struct.big = type { i64, i64, i64, [8 x i8] }

@__const.table.r = private unnamed_addr constant %struct.big { i64 1, i64 -2, i64 3, [8 x i8] c"abc\00\00\00\00\00" }, align 8

define i32 @main() {
  %x = alloca %struct.big, align 8
  call void @table(ptr sret(%struct.big) align 8 %x)
  %a = load i64, ptr %x, align 8
  %pb = getelementptr inbounds %struct.big, ptr %x, i32 0, i32 1
  %b = load i64, ptr %pb, align 8
  %pc = getelementptr inbounds %struct.big, ptr %x, i32 0, i32 2
  %c = load i64, ptr %pc, align 8
  %pn = getelementptr inbounds %struct.big, ptr %x, i32 0, i32 3
  %n = load i8, ptr %pn, align 8
  %n64 = sext i8 %n to i64
  %s1 = add i64 %a, %b
  %s2 = add i64 %s1, %c
  %s3 = add i64 %s2, %n64
  %s4 = sub i64 %s3, 20
  %r = trunc i64 %s4 to i32
  ret i32 %r
}

define internal void @table(ptr noalias sret(%struct.big) align 8 %out) {
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %out, ptr align 8 @__const.table.r, i64 32, i1 false)
  %pc = getelementptr inbounds %struct.big, ptr %out, i32 0, i32 2
  %c = load i64, ptr %pc, align 8
  %c7 = mul i64 %c, 7
  store i64 %c7, ptr %pc, align 8
  ret void
}

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
