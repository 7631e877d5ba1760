; Guards: the dynamic loader is a default library, and what it exports resolves to its
; real address: __libc_stack_end (data the loader defines) is mapped from
; ld-linux-*.so and reads back as a non-null pointer. (dlsym on the loader's own handle
; finds nothing, since glibc searches the handle's scope, which ld.so is not in; jitxr takes
; the loader's load base plus the ELF value.)
; RUN: %jitxr %s | FileCheck %s
; RUN: %jitxr --engine orc %s | FileCheck %s

; CHECK: symbol __libc_stack_end data mapped ld-linux-{{x86-64.so.2|aarch64.so.1}}{{$}}
; CHECK: result i32 1

@__libc_stack_end = external global ptr

define i32 @main() {
  %p = load ptr, ptr @__libc_stack_end
  %nonnull = icmp ne ptr %p, null
  %r = zext i1 %nonnull to i32
  ret i32 %r
}
