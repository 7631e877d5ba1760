; Guards: an entry that reserves all the address space it can (mmap PROT_NONE in halving
; sizes until even 4 kB fails, under --limit-memory 4096) and then returns 7 leaves the
; runner's code in the child nothing to allocate with; the value must still be read and
; reported: ok, 7, exit 0, valid JSON, on MCJIT, ORC and the interpreter.
; UNSUPPORTED: emulated, asan
; (An ASan build sets no address-space limit: ASan reserves terabytes of it up front.)
; (qemu-user ignores a guest's setrlimit(RLIMIT_AS), so --limit-memory has no effect on the
; AArch64 runner under qemu: there is no limit to exhaust, and the loop would take the
; guest's whole address space.)
; RUN: %exit 0 %jitxr --limit-memory 4096 --engine mcjit %s | FileCheck %s
; RUN: %exit 0 %jitxr --limit-memory 4096 --engine orc %s | FileCheck %s
; RUN: %exit 0 %jitxr --limit-memory 4096 --engine interp %s | FileCheck %s
; RUN: %exit 0 %jitxr --limit-memory 4096 --format json %s | %python %S/../tools/json_report.py | FileCheck %s --check-prefix=JSON

; CHECK:      entry main {{runfunction|thunk}} ok
; CHECK-NEXT: result i32 7
; JSON:       json: valid
; JSON-NEXT:  error: null
; JSON:       entry: main ok - -

declare ptr @mmap(ptr, i64, i32, i32, i32, i64)

define i32 @main() {
entry:
  br label %loop
loop:
  %size = phi i64 [ 1073741824, %entry ], [ %size, %ok ], [ %half, %fail ]
  ; PROT_NONE; MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE = 0x4022 on both architectures
  %p = call ptr @mmap(ptr null, i64 %size, i32 0, i32 16418, i32 -1, i64 0)
  %failed = icmp eq ptr %p, inttoptr (i64 -1 to ptr)
  br i1 %failed, label %fail, label %ok
ok:
  br label %loop
fail:
  %half = lshr i64 %size, 1
  %more = icmp uge i64 %half, 4096
  br i1 %more, label %loop, label %done
done:
  ret i32 7
}
