; Guards: the text report keeps one fact a line whatever bytes a name holds: a newline in a
; name would otherwise start a line that FileCheck (or a user's grep) reads as a fact of its
; own. Each name is printed with LLVM-style escapes (\0A, \FF, and \5C for a backslash, so
; that "\FF" as four characters and the byte 0xFF stay distinct), in the symbol lines and
; in the error line alike; every line is one of the report's keywords.
; RUN: %exit 4 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; RUN: %python -c 'import re, sys; bad = [l for l in open(sys.argv[1], "rb").read().split(b"\n")[:-1] if not re.match(rb"(module|arch|llvm|engine): |(library|symbol|entry|result) |  (warning|hint): ", l)]; print("lines:", "all facts" if not bad else bad)' %t.out | FileCheck %s --check-prefix=LINES

; CHECK-DAG: {{^}}symbol \FF\0Aname func unresolved{{$}}
; CHECK-DAG: {{^}}symbol a\0Ab func unresolved{{$}}
; CHECK-DAG: {{^}}symbol back\5Cslash func unresolved{{$}}
; CHECK-DAG: {{^}}symbol \5CFF func unresolved{{$}}
; CHECK-DAG: {{^}}symbol \FF func unresolved{{$}}
; CHECK-DAG: {{^}}symbol cr\0Dlf\0D\0A data unresolved{{$}}
; CHECK:     entry main - not-run

; ERR: jitxr: error: 6 unresolved symbols: {{.*}}a\0Ab{{.*}}
; ONE: {{^}}1{{$}}
; LINES: lines: all facts

declare void @"\FF\0Aname"()
declare void @"a\0Ab"()
declare void @"back\5Cslash"()
declare void @"\5CFF"()
declare void @"\FF"()
@"cr\0Dlf\0D\0A" = external global i32

define i32 @main() {
  ret i32 0
}
