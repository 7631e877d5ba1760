; Guards: IR names are arbitrary bytes: quoted names may hold 0xFF, a lone 0xC3 lead byte
; (invalid UTF-8), a newline, a tab, a double quote or a backslash. The JSON report must
; stay valid JSON in strict UTF-8 whatever they hold, each name escaped the LLVM way
; (\FF, \0A, \09, \5C for the backslash itself; a well-formed UTF-8 name such as "café"
; kept as it is), and the error message that lists them too. Checked with json.loads of the
; bytes decoded as strict UTF-8 (tools/json_report.py).
; RUN: %exit 4 %jitxr --format json %s 2> %t.err > %t.json
; RUN: %python %S/../tools/json_report.py < %t.json | FileCheck %s
; RUN: grep -c "jitxr: error:" %t.err | FileCheck %s --check-prefix=ONE
; The same with --no-run.
; RUN: %exit 4 %jitxr --format json --no-run %s 2> /dev/null | %python %S/../tools/json_report.py | FileCheck %s

; CHECK:      json: valid
; CHECK-NEXT: error: 4 7 unresolved symbols: {{.*}}\FF\0Aname{{.*}}
; CHECK-DAG:  symbol: \FF\0Aname func unresolved -
; CHECK-DAG:  symbol: a\0Ab func unresolved -
; CHECK-DAG:  symbol: back\5Cslash func unresolved -
; CHECK-DAG:  symbol: \C3(lone data unresolved -
; CHECK-DAG:  symbol: quote"tab\09 data unresolved -
; CHECK-DAG:  symbol: café func unresolved -
; CHECK-DAG:  symbol: \FF func unresolved -

; ONE: {{^}}1{{$}}

declare void @"\FF\0Aname"()
declare void @"a\0Ab"()
declare void @"back\5Cslash"()
declare void @"caf\C3\A9"()
declare void @"\FF"()
@"\C3(lone" = external global i32
@"quote\22tab\09" = external global i32

define i32 @main() {
  ret i32 0
}
