# The one lit configuration of jitxr. A build's lit.site.cfg.py (written by CMake) says which
# runner and fixtures to test: pass it as --param jitxr_site=BUILD/lit.site.cfg.py, or set
# JITXR_BUILD=BUILD; the default is build/x86_64.
# A folder of cases outside suites/ (ci/conform --suite DIR) is run through a small config
# that sets config.jitxr_suite_root = DIR (and config.jitxr_suite_name) and then loads this
# file: its cases get the same substitutions and features, their output goes to
# BUILD/lit-out/own/NAME.
import os

import lit.formats

config.name = "jitxr"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".ll", ".test"]
config.excludes = ["Inputs", "tools"]
jitxr_root = os.path.dirname(os.path.abspath(__file__))
config.test_source_root = getattr(config, "jitxr_suite_root", None) or jitxr_root

site = lit_config.params.get("jitxr_site") or os.path.join(
    os.environ.get("JITXR_BUILD") or os.path.join(jitxr_root, "build", "x86_64"),
    "lit.site.cfg.py",
)
if not os.path.exists(site):
    lit_config.fatal("no jitxr build at %s: build one (ci/test) or pass --param jitxr_site=" % site)
scope = {}
with open(site) as f:
    exec(f.read(), scope)
build = scope["jitxr_build"]
config.test_exec_root = build["exec_root"]
if getattr(config, "jitxr_suite_root", None):
    config.test_exec_root = os.path.join(build["exec_root"], "own", config.jitxr_suite_name)

arch = build["arch"]
emulator = build["emulator"].strip()
triple = {"x86_64": "x86_64-unknown-linux-gnu", "aarch64": "aarch64-unknown-linux-gnu"}[arch]
runner = (emulator + " " if emulator else "") + build["runner"]

# Longest names first: lit substitutes in order, and %cc is a prefix of %cc-so.
# %clang-ir: C to textual IR for the architecture under test, by the clang of this LLVM.
config.substitutions.append(
    ("%clang-ir", os.path.join(build["llvm_tools"], "clang") + " --target=" + triple + " -S -emit-llvm")
)
config.substitutions.append(("%cc-so", build["cc"] + " -shared -fPIC"))
config.substitutions.append(("%cc", build["cc"]))
config.substitutions.append(("%jitxr", runner))
config.substitutions.append(("%fixtures", build["fixtures"]))
config.substitutions.append(("%run", emulator))
config.substitutions.append(("%python", build["python"]))
# %exit N CMD: CMD must exit with exactly N (suites/tools/expect_exit.py).
config.substitutions.append(
    ("%exit", build["python"] + " " + os.path.join(jitxr_root, "suites", "tools", "expect_exit.py"))
)
# The other architecture, for inputs this runner must refuse.
other = {"x86_64": "aarch64", "aarch64": "x86_64"}[arch]
config.substitutions.append(("%other-triple", other + "-unknown-linux-gnu"))
config.substitutions.append(("%triple", triple))
config.substitutions.append(("%ARCH", arch.upper()))
config.substitutions.append(("%arch", arch))

config.available_features.add(arch)
config.available_features.add("llvm-" + build["llvm_version"].split(".")[0])
if emulator:
    config.available_features.add("emulated")
# An ASan/UBSan build of the runner: ASan's interceptors (strlen, ...) live in the runner's
# own process, which a few cases compare against.
if build.get("sanitize", "OFF") not in ("", "OFF", "0", "FALSE"):
    config.available_features.add("asan")

# The other architecture's build beside this one, when it exists and has the same LLVM major
# version: cases that compare the two runners' output. For build/aarch64-llvm22 that is
# build/x86_64-llvm22 (the build's name with the other architecture), else build/x86_64 or
# build/aarch64 (an x86_64-asan build compares with build/aarch64).
build_dir = os.path.dirname(build["exec_root"])
build_name = os.path.basename(build_dir)
candidates = [other]
if build_name.startswith(arch + "-"):
    candidates.insert(0, other + build_name[len(arch):])
for name in candidates:
    other_site = os.path.join(os.path.dirname(build_dir), name, "lit.site.cfg.py")
    if not os.path.exists(other_site):
        continue
    other_scope = {}
    with open(other_site) as f:
        exec(f.read(), other_scope)
    ob = other_scope["jitxr_build"]
    same_llvm = ob["llvm_version"].split(".")[0] == build["llvm_version"].split(".")[0]
    if os.path.exists(ob["runner"]) and same_llvm:
        oe = ob["emulator"].strip()
        config.substitutions.insert(0, ("%jitxr-other", (oe + " " if oe else "") + ob["runner"]))
        config.substitutions.insert(0, ("%fixtures-other", ob["fixtures"]))
        config.available_features.add("other-runner")
        break

config.environment["PATH"] = os.pathsep.join([build["llvm_tools"], config.environment["PATH"]])
# Reports must not depend on the caller's locale or terminal.
config.environment["LC_ALL"] = "C"
