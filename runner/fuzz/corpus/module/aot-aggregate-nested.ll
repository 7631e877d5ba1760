; Guards: nested aggregates (a named struct holding a struct and an array of structs, as a
; C struct with a member struct and a member array) become one nested constant of the
; named type, each inner field at its own offset: flattening them, or taking the inner
; offsets relative to the outer struct, scrambles every field after the first inner one.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime make --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@make < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT
; The JSON VALUE's type is the named type as IR spells it where a value has it, not its
; definition.
; RUN: %jitxr %s --comptime make --format json | %python -c 'import json, sys; r = json.load(sys.stdin)["comptime"][0]["result"]; print(r["type"], r["fields"][0]["type"], r["fields"][1]["type"])' | FileCheck %s --check-prefix=JSON

; CHECK: comptime make ok %Outer { %Inner { i16 -300, double 2.5 (0x4004000000000000) }, [2 x { i8, i32 }] [ { i8, i32 } { i8 1, i32 -1 }, { i8, i32 } { i8 -2, i32 100000 } ], i8 42 }

; IR:      %Outer = type { %Inner, [2 x { i8, i32 }], i8 }
; IR-NEXT: %Inner = type { i16, double }
; IR:      define i32 @main()
; IR-NEXT: %v = alloca %Outer
; IR-NEXT: store %Outer { %Inner { i16 -300, double 2.500000e+00 }, [2 x { i8, i32 }] [{ i8, i32 } { i8 1, i32 -1 }, { i8, i32 } { i8 -2, i32 100000 }], i8 42 }, ptr %v

; JSON: {{^}}%Outer %Inner [2 x { i8, i32 }]{{$}}

; OUT: -300 2.5 1 -1 -2 100000 42

%Inner = type { i16, double }
%Outer = type { %Inner, [2 x { i8, i32 }], i8 }

@fmt = private constant [22 x i8] c"%d %g %d %d %d %d %d\0A\00"
declare i32 @printf(ptr, ...)

define %Outer @make() {
  %a = insertvalue %Outer poison, i16 -300, 0, 0
  %b = insertvalue %Outer %a, double 2.5, 0, 1
  %c = insertvalue %Outer %b, i8 1, 1, 0, 0
  %d = insertvalue %Outer %c, i32 -1, 1, 0, 1
  %e = insertvalue %Outer %d, i8 -2, 1, 1, 0
  %f = insertvalue %Outer %e, i32 100000, 1, 1, 1
  %g = insertvalue %Outer %f, i8 42, 2
  ret %Outer %g
}

define i32 @main() {
  %o = call %Outer @make()
  %v = alloca %Outer
  store %Outer %o, ptr %v
  %s = load %Outer, ptr %v
  %i0 = extractvalue %Outer %s, 0, 0
  %i1 = extractvalue %Outer %s, 0, 1
  %a0 = extractvalue %Outer %s, 1, 0, 0
  %a1 = extractvalue %Outer %s, 1, 0, 1
  %b0 = extractvalue %Outer %s, 1, 1, 0
  %b1 = extractvalue %Outer %s, 1, 1, 1
  %t = extractvalue %Outer %s, 2
  %i032 = sext i16 %i0 to i32
  %a032 = sext i8 %a0 to i32
  %b032 = sext i8 %b0 to i32
  %t32 = sext i8 %t to i32
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %i032, double %i1, i32 %a032, i32 %a1, i32 %b032, i32 %b1, i32 %t32)
  ret i32 0
}
