# Shared by ci/test and ci/conform: bootstrap and build one of jitxr's builds.
# A build is named ARCH[-llvmN|-asan]: x86_64, aarch64, x86_64-llvm22, x86_64-asan.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Installs the packages the named builds need (LLVM 19 always; 22 if a build asks for it).
jitxr_bootstrap() {
  local versions=() sudo=""
  case " $* " in *llvm22*) versions+=(22) ;; esac
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo "$root/ci/bootstrap" "${versions[@]}"
}

# Configures and builds build/NAME; returns non-zero (with the log shown) on failure.
# JITXR_LLVM_STATIC=OFF in the environment links libLLVM.so instead of LLVM's static archives.
jitxr_build() {
  local b=$1 dir="$root/build/$1" args=(-G Ninja -DJITXR_WERROR=ON)
  [ -z "${JITXR_LLVM_STATIC:-}" ] || args+=(-DJITXR_LLVM_STATIC="$JITXR_LLVM_STATIC")
  case $b in aarch64*) args+=(-DCMAKE_TOOLCHAIN_FILE="$root/ci/aarch64-linux-gnu.cmake") ;; esac
  case $b in *-llvm22) args+=(-DJITXR_LLVM_VERSION=22) ;; esac
  case $b in *-asan) args+=(-DJITXR_SANITIZE=ON) ;; esac
  mkdir -p "$root/build"
  if ! cmake -S "$root" -B "$dir" "${args[@]}" >"$dir.configure.log" 2>&1; then
    cat "$dir.configure.log"
    return 1
  fi
  cmake --build "$dir" -j "$(nproc)"
}

# The lit command of build NAME (its LLVM's lit, Debian's python3).
jitxr_lit() {
  local b=$1
  local py lit
  py=$(sed -n 's/^ *"python": "\(.*\)",$/\1/p' "$root/build/$b/lit.site.cfg.py")
  lit=$(sed -n 's/^JITXR_LIT:FILEPATH=//p' "$root/build/$b/CMakeCache.txt")
  echo "$py $lit --param jitxr_site=$root/build/$b/lit.site.cfg.py"
}
