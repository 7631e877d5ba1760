#!/usr/bin/env python3
"""Writes a module of functions the implicit-call scan skips (runner/libcalls.c): one per
instruction and type it treats as plain. Compiled whole (JITXR_SCAN_ALL=1) at any -O, none
may add a call its IR does not name; the scan's shortcut rests on that."""
import sys

INTS = ["i1", "i8", "i16", "i32", "i37", "i64"]
FLOATS = ["float", "double"]
out = []
n = 0


def fn(params, body, ret):
    global n
    n += 1
    args = ", ".join("%s %%%c" % (t, "abcd"[i]) for i, t in enumerate(params))
    out.append("define %s @f%d(%s) {\n%s\n}\n" % (ret, n, args, body))


for t in INTS:
    for op in ["add", "sub", "mul", "and", "or", "xor", "shl", "lshr", "ashr",
               "sdiv", "udiv", "srem", "urem"]:
        fn([t, t], "  %%r = %s %s %%a, %%b\n  ret %s %%r" % (op, t, t), t)
    for cmp in ["eq", "ult", "sgt"]:
        fn([t, t], "  %%r = icmp %s %s %%a, %%b\n  ret i1 %%r" % (cmp, t), "i1")
    fn(["i1", t, t], "  %%r = select i1 %%a, %s %%b, %s %%c\n  ret %s %%r" % (t, t, t), t)
    fn(["ptr"], "  %%r = load %s, ptr %%a\n  ret %s %%r" % (t, t), t)
    fn(["ptr", t], "  store %s %%b, ptr %%a\n  ret void" % t, "void")
    fn(["ptr"], "  %%r = load volatile %s, ptr %%a, align 1\n  ret %s %%r" % (t, t), t)
    for f in FLOATS:
        for c in ["sitofp", "uitofp"]:
            fn([t], "  %%r = %s %s %%a to %s\n  ret %s %%r" % (c, t, f, f), f)
        for c in ["fptosi", "fptoui"]:
            fn([f], "  %%r = %s %s %%a to %s\n  ret %s %%r" % (c, f, t, t), t)
    for u in INTS:
        if int(u[1:]) > int(t[1:]):
            fn([t], "  %%r = zext %s %%a to %s\n  ret %s %%r" % (t, u, u), u)
            fn([t], "  %%r = sext %s %%a to %s\n  ret %s %%r" % (t, u, u), u)
            fn([u], "  %%r = trunc %s %%a to %s\n  ret %s %%r" % (u, t, t), t)
    fn([t], "  %%r = inttoptr %s %%a to ptr\n  ret ptr %%r" % t, "ptr")
    fn(["ptr"], "  %%r = ptrtoint ptr %%a to %s\n  ret %s %%r" % (t, t), t)
    fn([t], "  %%r = freeze %s %%a\n  ret %s %%r" % (t, t), t)
    cases = [0, 1] if t == "i1" else [0, 1, 5, 7, 9, 11, 100]  # dense enough for a jump table
    arms = " ".join("%s %d, label %%%s" % (t, v, "xy"[k % 2]) for k, v in enumerate(cases))
    fn([t], "  switch %s %%a, label %%d [ %s ]\nx:\n  ret i32 1\ny:\n  ret i32 2\nd:\n  ret i32 3"
            % (t, arms), "i32")
for f in FLOATS:
    for op in ["fadd", "fsub", "fmul", "fdiv"]:
        fn([f, f], "  %%r = %s %s %%a, %%b\n  ret %s %%r" % (op, f, f), f)
    fn([f], "  %%r = fneg %s %%a\n  ret %s %%r" % (f, f), f)
    fn([f, f], "  %%r = fcmp olt %s %%a, %%b\n  ret i1 %%r" % f, "i1")
    fn(["ptr"], "  %%r = load %s, ptr %%a\n  ret %s %%r" % (f, f), f)
fn(["float"], "  %r = fpext float %a to double\n  ret double %r", "double")
fn(["double"], "  %r = fptrunc double %a to float\n  ret float %r", "float")
fn(["ptr", "i64"], "  %r = getelementptr i32, ptr %a, i64 %b\n  ret ptr %r", "ptr")
fn(["ptr", "i64"], "  %r = getelementptr inbounds {i8, [4 x i64]}, ptr %a, i64 %b, i32 1, i64 3\n  ret ptr %r", "ptr")
# big and dynamic stack objects, phis, loops, calls of every plain shape, indirect calls
fn(["i64"], "  %p = alloca [65536 x i64]\n  %q = alloca i8, i64 %a\n  store i8 0, ptr %q\n"
            "  %r = getelementptr [65536 x i64], ptr %p, i64 0, i64 %a\n  store i64 1, ptr %r\n  ret void", "void")
fn(["i32"], "entry:\n  br label %loop\nloop:\n  %i = phi i32 [ 0, %entry ], [ %j, %loop ]\n"
            "  %j = add i32 %i, 1\n  %c = icmp ult i32 %j, %a\n  br i1 %c, label %loop, label %done\n"
            "done:\n  ret i32 %j", "i32")
out.append("declare double @ext(i8, i16, i32, i64, float, double, ptr, i1, i32, i32, i64, double)\n")
fn(["ptr"], "  %r = call double @ext(i8 1, i16 2, i32 3, i64 4, float 5.0, double 6.0, ptr %a, "
            "i1 true, i32 9, i32 10, i64 11, double 12.0)\n  ret double %r", "double")
fn(["ptr", "i32"], "  %r = call i32 %a(i32 %b)\n  ret i32 %r", "i32")
fn(["ptr"], "  call void @llvm.lifetime.start.p0(i64 8, ptr %a)\n  call void @llvm.lifetime.end.p0(i64 8, ptr %a)\n  ret void", "void")
out.append("declare void @llvm.lifetime.start.p0(i64, ptr)\ndeclare void @llvm.lifetime.end.p0(i64, ptr)\n")
# attributes clang puts on every function
out.append('define i32 @attrs(i32 %a) #0 {\n  %r = mul i32 %a, 3\n  ret i32 %r\n}\n'
           'attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" '
           '"min-legal-vector-width"="0" "no-trapping-math"="true" '
           '"stack-protector-buffer-size"="8" "target-cpu"="generic" "tune-cpu"="generic" }\n')
out.append("define i32 @main() {\n  ret i32 0\n}\n")
sys.stdout.write("".join(out))
