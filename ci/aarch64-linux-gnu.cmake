# Cross-compiles jitxr for AArch64 with Debian's cross gcc and multiarch arm64 libraries;
# CTest and lit run the result under qemu-user.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
# -L /: qemu looks for the guest's loader and libraries under / (Debian multiarch paths).
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64-static -L /)
