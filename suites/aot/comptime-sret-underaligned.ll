; Guards: the copy of an sret comptime value into the caller's memory promises only the
; alignment the call promises (its sret argument's align), not the IR type's. A packed C
; struct whose layout is the natural one gets the unpacked IR type { i128, double, i64 }
; (alignment 16) in memory of alignment 1; a copy that claimed 16 became movaps on an odd
; address, and the binary crashed (SIGSEGV: seen in suites/abi/returns.test, seed 4 sig 438).
; RUN: %jitxr %s --comptime make --emit-normalized %t.norm.ll --emit-obj %t.o | FileCheck %s
; RUN: FileCheck %s --check-prefix=IR < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %exit 42 %run %t.exe

; CHECK: comptime make ok %struct.p { i128 40, double 1.5 (0x3ff8000000000000), i64 1 }

; IR: call void @llvm.memcpy.p0.p0.i64(ptr align 1 %x, ptr align 16 @make.value, i64 32, i1 false)

; struct __attribute__((packed)) p { __int128 a; double b; long c; };
; static struct p make(void) { return (struct p){40, 1.5, 1}; }
; int main(void) { char buf[48]; struct p *x = (struct p *)(buf + 1); *x = make(); return x->a + x->b + x->c; }
%struct.p = type { i128, double, i64 }

define internal void @make(ptr sret(%struct.p) align 1 %r) noinline {
  store i128 40, ptr %r, align 1
  %pb = getelementptr inbounds i8, ptr %r, i64 16
  store double 1.5, ptr %pb, align 1
  %pc = getelementptr inbounds i8, ptr %r, i64 24
  store i64 1, ptr %pc, align 1
  ret void
}

define i32 @main() {
  %buf = alloca [48 x i8], align 16
  %x = getelementptr inbounds i8, ptr %buf, i64 1 ; an odd address: any copy claiming more faults
  call void @make(ptr sret(%struct.p) align 1 %x)
  %a = load i128, ptr %x, align 1
  %pb = getelementptr inbounds i8, ptr %x, i64 16
  %b = load double, ptr %pb, align 1
  %pc = getelementptr inbounds i8, ptr %x, i64 24
  %c = load i64, ptr %pc, align 1
  %a32 = trunc i128 %a to i32
  %b32 = fptosi double %b to i32
  %c32 = trunc i64 %c to i32
  %s = add i32 %a32, %b32
  %t = add i32 %s, %c32
  ret i32 %t
}
