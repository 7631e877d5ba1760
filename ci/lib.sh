# shellcheck shell=bash
# Shared by ci/test and ci/conform: bootstrap and build one of jitxr's builds.
# A build is named ARCH[-llvmN][-asan]: x86_64, aarch64, x86_64-llvm22, aarch64-llvm22,
# x86_64-asan. Without -llvmN it is LLVM 19 (Debian bookworm's).

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Installs the packages the named builds need (LLVM 19 always; N if a build is -llvmN: for
# AArch64 that is libllvmN:arm64 and the arm64 static archives, which ci/bootstrap unpacks).
jitxr_bootstrap() {
  local versions=() sudo="" b v
  for b in "$@"; do
    [[ $b =~ -llvm([0-9]+) ]] || continue
    v=${BASH_REMATCH[1]}
    [ "$v" = 19 ] || case " ${versions[*]} " in *" $v "*) ;; *) versions+=("$v") ;; esac
  done
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo "$root/ci/bootstrap" "${versions[@]}"
}

# Configures and builds build/NAME; returns non-zero (with the log shown) on failure.
# JITXR_LLVM_STATIC=OFF in the environment links libLLVM.so instead of LLVM's static archives.
jitxr_build() {
  local b=$1 dir="$root/build/$1" args=(-G Ninja -DJITXR_WERROR=ON)
  [ -z "${JITXR_LLVM_STATIC:-}" ] || args+=(-DJITXR_LLVM_STATIC="$JITXR_LLVM_STATIC")
  case $b in aarch64*) args+=(-DCMAKE_TOOLCHAIN_FILE="$root/ci/aarch64-linux-gnu.cmake") ;; esac
  if [[ $b =~ -llvm([0-9]+) ]]; then args+=(-DJITXR_LLVM_VERSION="${BASH_REMATCH[1]}"); fi
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
