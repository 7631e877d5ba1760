; Guards: vectors whose lanes are not whole bytes in LLVM's layout (<64 x i1>, <8 x i1>,
; <3 x i2>, <4 x i24>: lane i is bits [i*w, (i+1)*w) of the vector) come back lane by
; lane, on MCJIT, ORC and the interpreter. The thunk once stored them a byte (or an i24's
; four bytes) a lane into a buffer sized by LLVM's packed layout: <64 x i1> wrote 64 bytes
; into 8 and overflowed the child's heap (realloc(): invalid next size, or an ASan report).
; Each entry bitcasts its integer argument, so lane 0 is bit 0 of --arg.
; RUN: %jitxr --engine mcjit --entry m64 --arg 0x8000000000000005 %s | FileCheck %s --check-prefix=M64
; RUN: %jitxr --engine orc --entry m64 --arg 0x8000000000000005 %s | FileCheck %s --check-prefix=M64
; RUN: %jitxr --engine interp --entry m64 --arg 0x8000000000000005 %s | FileCheck %s --check-prefix=M64
; RUN: %jitxr --engine mcjit --entry m8 --arg 0xa5 %s | FileCheck %s --check-prefix=M8
; RUN: %jitxr --engine interp --entry m8 --arg 0xa5 %s | FileCheck %s --check-prefix=M8
; RUN: %jitxr --engine mcjit --entry i2x3 --arg 57 %s | FileCheck %s --check-prefix=I2X3
; RUN: %jitxr --engine orc --entry i2x3 --arg 57 %s | FileCheck %s --check-prefix=I2X3
; RUN: %jitxr --engine interp --entry i2x3 --arg 57 %s | FileCheck %s --check-prefix=I2X3
; RUN: %jitxr --engine mcjit --entry i24x4 --arg 0x8000007ffffffffffe000001 %s | FileCheck %s --check-prefix=I24X4
; RUN: %jitxr --engine interp --entry i24x4 --arg 0x8000007ffffffffffe000001 %s | FileCheck %s --check-prefix=I24X4
; In a struct, the vector's bits sit at its field offset and the fields around it keep theirs.
; RUN: %jitxr --entry inner --arg 57 %s | FileCheck %s --check-prefix=INNER
; RUN: %jitxr --entry m8 --arg 0x81 --format json %s | FileCheck %s --check-prefix=JSON

; M64:        entry m64 thunk ok
; M64-NEXT:   result <64 x i1> < i1 1, i1 0, i1 1, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 1 >{{$}}
; M8:         entry m8 thunk ok
; M8-NEXT:    result <8 x i1> < i1 1, i1 0, i1 1, i1 0, i1 0, i1 1, i1 0, i1 1 >{{$}}
; I2X3:       entry i2x3 thunk ok
; I2X3-NEXT:  result <3 x i2> < i2 1, i2 -2, i2 -1 >{{$}}
; I24X4:      entry i24x4 thunk ok
; I24X4-NEXT: result <4 x i24> < i24 1, i24 -2, i24 8388607, i24 -8388608 >{{$}}
; INNER:      result { i8, <3 x i2>, i16 } { i8 -3, <3 x i2> < i2 1, i2 -2, i2 -1 >, i16 -4 }{{$}}
; JSON:       "result": {
; JSON-NEXT:    "type": "<8 x i1>",
; JSON-NEXT:    "fields": [
; JSON-NEXT:      {
; JSON-NEXT:        "type": "i1",
; JSON-NEXT:        "value": "1"
; JSON:           {
; JSON-NEXT:        "type": "i1",
; JSON-NEXT:        "value": "0"
; JSON-COUNT-5:     "value": "0"
; JSON:             "value": "1"
; JSON-NEXT:      }
; JSON-NEXT:    ]

define <64 x i1> @m64(i64 %x) {
  %v = bitcast i64 %x to <64 x i1>
  ret <64 x i1> %v
}

define <8 x i1> @m8(i8 %x) {
  %v = bitcast i8 %x to <8 x i1>
  ret <8 x i1> %v
}

define <3 x i2> @i2x3(i6 %x) {
  %v = bitcast i6 %x to <3 x i2>
  ret <3 x i2> %v
}

define <4 x i24> @i24x4(i96 %x) {
  %v = bitcast i96 %x to <4 x i24>
  ret <4 x i24> %v
}

define { i8, <3 x i2>, i16 } @inner(i6 %x) {
  %v = bitcast i6 %x to <3 x i2>
  %a = insertvalue { i8, <3 x i2>, i16 } { i8 -3, <3 x i2> zeroinitializer, i16 -4 }, <3 x i2> %v, 1
  ret { i8, <3 x i2>, i16 } %a
}
