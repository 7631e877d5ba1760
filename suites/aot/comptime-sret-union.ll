; Guards: a comptime value whose bytes lie outside its IR type's fields is carried whole. A
; C union's IR type is its largest member's (clang: { i32, ptr, [3 x i64] } here), so the
; double the function stored at offset 0 lies half in that i32 and half in the padding
; after it; read field by field, the binary's copy lost its upper half (the binary exited
; 104, not 204: seen in suites/abi/returns.test, seed 4 sig 18). The copy is every byte the
; function left, its pointer still a relocation between them; the report shows the fields.
; RUN: %jitxr %s | FileCheck %s --check-prefix=JIT
; RUN: %jitxr %s --comptime make --emit-normalized %t.norm.ll --emit-obj %t.o | FileCheck %s
; RUN: %jitxr --engine orc %s --comptime make | FileCheck %s
; RUN: FileCheck %s --check-prefix=IR < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %exit 204 %run %t.exe

; JIT: result i32 204

; CHECK: comptime make ok %union.u { %struct.anon { i32 0, ptr @.str, [3 x i64] [ i64 0, i64 0, i64 0 ] } }

; IR: @make.value = private unnamed_addr constant <{ [8 x i8], ptr, [24 x i8] }> <{ [8 x i8] c"\00\00\00\00\00\00\E4?", ptr @.str, [24 x i8] zeroinitializer }>, align 8
; IR: call void @llvm.memcpy.p0.p0.i64(ptr align 8 %x, ptr align 8 @make.value, i64 40, i1 false)

; union u { double d; struct { int tag; const char *name; long pad[3]; } s; };
; static union u make(void) { union u r; memset(&r, 0, sizeof r); r.d = 0.625; r.s.name = "hi"; return r; }
; int main(void) { union u x = make(); return (int)(x.d * 160) + x.s.name[0]; }
%union.u = type { %struct.anon }
%struct.anon = type { i32, ptr, [3 x i64] }

@.str = private unnamed_addr constant [3 x i8] c"hi\00", align 1

define internal void @make(ptr sret(%union.u) align 8 %r) noinline {
  call void @llvm.memset.p0.i64(ptr align 8 %r, i8 0, i64 40, i1 false)
  store double 6.250000e-01, ptr %r, align 8
  %name = getelementptr inbounds i8, ptr %r, i64 8
  store ptr @.str, ptr %name, align 8
  ret void
}

define i32 @main() {
  %x = alloca %union.u, align 8
  call void @make(ptr sret(%union.u) align 8 %x)
  %d = load double, ptr %x, align 8
  %mul = fmul double %d, 1.600000e+02
  %conv = fptosi double %mul to i32
  %pname = getelementptr inbounds i8, ptr %x, i64 8
  %name = load ptr, ptr %pname, align 8
  %c = load i8, ptr %name, align 1
  %c32 = sext i8 %c to i32
  %add = add i32 %c32, %conv
  ret i32 %add
}

declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
