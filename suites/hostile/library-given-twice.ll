; Guards: a library named twice (the same path twice, once relative and once absolute, once
; through a symlink, once by -L name) is loaded once, at its first place (as ld does): it is
; listed once, its constructor ran once (the count it keeps is 1), and it does not shadow
; itself. A default library named by the user (-l libm.so.6) is not loaded a second time
; as a default.
; RUN: rm -rf %t.dir
; RUN: mkdir -p %t.dir
; RUN: %cc-so %S/Inputs/count-loads.c -o %t.dir/libcount.so
; RUN: ln -s libcount.so %t.dir/liblink.so
; RUN: cd %t.dir && %exit 0 %jitxr -l ./libcount.so -l %t.dir/libcount.so -l ./liblink.so -L %t.dir -l count -l libm.so.6 %s > %t.out
; RUN: FileCheck %s < %t.out
; RUN: grep -c "^library libcount.so" %t.out | FileCheck %s --check-prefix=ONCE
; RUN: grep -c "^library libm.so.6" %t.out | FileCheck %s --check-prefix=ONCE
; RUN: cd %t.dir && %exit 0 %jitxr --format json -l ./libcount.so -l ./libcount.so %s | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON

; CHECK:      library libcount.so {{.*}}/libcount.so{{$}}
; CHECK:      symbol load_count func mapped libcount.so{{$}}
; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i32 1{{$}}
; ONCE:       {{^}}1{{$}}

; JSON:      json: valid
; JSON-NEXT: error: null
; JSON-NEXT: library: libcount.so
; JSON-NOT:  library: libcount.so
; JSON:      symbol: load_count func mapped libcount.so

declare i32 @load_count()

define i32 @main() {
  %r = call i32 @load_count()
  ret i32 %r
}
