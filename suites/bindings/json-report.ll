; Guards: the JSON report's "bindings" (SPEC.md): one object per declaration, in the module's
; order (objects first), with its status, the declaration the header lowers to ("expected",
; null when the header lacks it), the module's own ("actual") and each difference in C terms;
; the error is code 8 with the count and the first difference. The text report says the
; same as "binding NAME STATUS" and indented "difference:" lines.
; RUN: %exit 8 %jitxr --no-run --format json -L %fixtures -l fxabi --bindings fxabi.h \
; RUN:   -I %S/../../fixtures/include %s 2> %t.err | FileCheck %s
; RUN: FileCheck --check-prefix=ERR %s < %t.err
; RUN: %exit 8 %jitxr --no-run -L %fixtures -l fxabi --bindings fxabi.h \
; RUN:   -I %S/../../fixtures/include %s 2> /dev/null | FileCheck --check-prefix=TEXT %s
declare i64 @abi_size(ptr, i32)
declare i32 @abi_int(i32, i32, i32)
declare extern_weak i32 @not_declared_anywhere(i32)
@abi_const_int = external global i32
define i32 @main() {
  ret i32 0
}
; CHECK:      "bindings": [
; CHECK-NEXT:   {
; CHECK-NEXT:     "name": "abi_const_int",
; CHECK-NEXT:     "status": "mismatch",
; CHECK-NEXT:     "expected": "@abi_const_int = external constant i32, align 4",
; CHECK-NEXT:     "actual": "@abi_const_int = external global i32",
; CHECK-NEXT:     "differences": [
; CHECK-NEXT:       "writable in the module; C's 'const int abi_const_int' is const"
; CHECK-NEXT:     ]
; CHECK-NEXT:   },
; CHECK-NEXT:   {
; CHECK-NEXT:     "name": "abi_size",
; CHECK-NEXT:     "status": "mismatch",
; CHECK-NEXT:     "expected": "declare i64 @abi_size(ptr noundef, i64 noundef)",
; CHECK-NEXT:     "actual": "declare i64 @abi_size(ptr, i32)",
; CHECK-NEXT:     "differences": [
; CHECK-NEXT:       "parameter 2: i32 in the module, 'size_t n' lowers to i64"
; CHECK-NEXT:     ]
; CHECK-NEXT:   },
; CHECK-NEXT:   {
; CHECK-NEXT:     "name": "abi_int",
; CHECK-NEXT:     "status": "ok",
; CHECK-NEXT:     "expected": "declare i32 @abi_int(i32 noundef, i32 noundef, i32 noundef)",
; CHECK-NEXT:     "actual": "declare i32 @abi_int(i32, i32, i32)",
; CHECK-NEXT:     "differences": [
; CHECK-NEXT:     ]
; CHECK-NEXT:   },
; CHECK-NEXT:   {
; CHECK-NEXT:     "name": "not_declared_anywhere",
; CHECK-NEXT:     "status": "not-in-header",
; CHECK-NEXT:     "expected": null,
; CHECK-NEXT:     "actual": "declare extern_weak i32 @not_declared_anywhere(i32)",
; CHECK-NEXT:     "differences": [
; CHECK-NEXT:     ]
; CHECK-NEXT:   }
; CHECK-NEXT: ],
; CHECK-NEXT: "error": {
; CHECK-NEXT:   "code": 8,
; CHECK-NEXT:   "message": "2 declarations disagree with the C headers: 'abi_const_int': writable in the module; C's 'const int abi_const_int' is const"
; CHECK-NEXT: }
; ERR-NOT: {{.}}
; ERR: jitxr: error: 2 declarations disagree with the C headers: 'abi_const_int': writable in the module; C's 'const int abi_const_int' is const
; TEXT:      binding abi_const_int mismatch
; TEXT-NEXT:   difference: writable in the module; C's 'const int abi_const_int' is const
; TEXT-NEXT: binding abi_size mismatch
; TEXT-NEXT:   difference: parameter 2: i32 in the module, 'size_t n' lowers to i64
; TEXT-NEXT: binding abi_int ok
; TEXT-NEXT: binding not_declared_anywhere not-in-header
; ERR-NOT: {{.}}
