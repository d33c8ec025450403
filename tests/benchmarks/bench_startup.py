"""Start-up: a new process each time, from launch to the first drawn window, against a bare
PySide6 QMainWindow started the same way (same interpreter, same platform plugin); resident
memory at that moment; and the size of the bundle. Files are in the OS cache after the first
run, as on a PC that opens PeerCenter every morning.

A window counts as ready once it has been painted and everything already queued has run. The
login window (`peercenter gui --exit-at-login`) is what a person first sees, and what the
start-up goal is about: it opens before the database layer loads. Signing in is timed apart
(tests/benchmarks/sign_in_probe.py, also a fresh process each time): from pressing Sign in,
once the background load has finished, to the main window drawn, against one check of the
password hash (slow by design) plus 0.3 s; the same probe reads the memory the login window
holds once everything has loaded behind it. The main window straight from launch
(`--exit-when-ready`, signing in directly with --user and $PEERCENTER_PASSWORD) is shown too.

Python bytecode is compiled before timing, as an installed copy and the bundle have it; where
writing it is switched off (PYTHONDONTWRITEBYTECODE), a source start would otherwise time the
compiling of every module of the program on each run."""

from __future__ import annotations

import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from tests.benchmarks.harness import PASSWORD, ROOT, Result, demo_database, empty_database

HERE = Path(__file__).resolve().parent
BUNDLE = ROOT / "dist" / "peercenter"
BUNDLE_EXE = BUNDLE / ("peercenter.exe" if os.name == "nt" else "peercenter")
STARTS = int(os.environ.get("PEERCENTER_BENCH_STARTS", "9"))
# The login window opens in a fifth of a second, where a busy moment on the machine moves one
# start by a tenth: those goals get more rounds (bare window, login, bundle login in turn).
LOGIN_ROUNDS = 2 * STARTS
BUNDLE_AIM = 150 * 10**6  # bytes unpacked
SIGN_IN_ALLOWANCE = 0.3  # seconds on top of the password check


def _start(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to the "ready" line, and resident memory (bytes) then."""
    began = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    assert process.stdout is not None
    elapsed, rss = None, 0.0
    for line in process.stdout:
        if line.startswith("ready "):
            elapsed = time.perf_counter() - began
            rss = _memory_bytes(_fields(line), "rss_kib")
            break
    process.stdout.read()
    if process.wait(timeout=300) != 0 or elapsed is None:
        raise RuntimeError(f"{' '.join(command)} did not start cleanly")
    return elapsed, rss


class SignIn(NamedTuple):
    seconds: float  # from pressing Sign in to the main window drawn
    password_check: float  # one check of the password hash, seconds
    waiting_memory: float  # resident bytes just before, everything loaded behind the login


def _fields(line: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in line.split()[1:])


def _memory_bytes(fields: dict[str, str], name: str) -> float:
    """A probe's resident memory in KiB as bytes; 0 where the system does not tell."""
    return float(fields.get(name, "0").replace("unknown", "0")) * 1024


def _sign_in(url: str, env: dict[str, str]) -> SignIn:
    """One sign-in in a fresh process (tests/benchmarks/sign_in_probe.py)."""
    result = subprocess.run(
        [sys.executable, str(HERE / "sign_in_probe.py"), url, "admin"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("signin ")), None)
    if result.returncode != 0 or line is None:
        raise RuntimeError(f"the sign-in probe failed: {result.stderr[-2000:]}")
    fields = _fields(line)
    return SignIn(
        float(fields["seconds"]), float(fields["argon2"]), _memory_bytes(fields, "waiting_rss_kib")
    )


def _folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def _ensure_bundle() -> bool:
    """Build the bundle when it is missing or older than the sources."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_scripts" / "build.py"), "--if-stale"], check=False
    )
    return result.returncode == 0 and BUNDLE_EXE.exists()


def collect() -> list[Result]:
    has_bundle = _ensure_bundle()
    for package in (ROOT / "peercenter", HERE):
        compileall.compile_dir(package, quiet=1)
    empty, large = empty_database(), demo_database("large")
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "PEERCENTER_DATA_DIR": str(Path(folder) / "data"),
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),
            "PEERCENTER_PASSWORD": PASSWORD,
        }
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        no_password = {k: v for k, v in env.items() if k != "PEERCENTER_PASSWORD"}
        # The sign-in probe signs in on a copy: the program notes at exit that the file is
        # sound, so that the next start opens it without checking it again, and the probe
        # does not exit that way. Signing in on the timed center itself would make every
        # start after it check the whole file first, as after a crash.
        probe_center = Path(folder) / "sign-in.sqlite3"
        shutil.copy(large.removeprefix("sqlite:///"), probe_center)
        probe_url = f"sqlite:///{probe_center}"
        source = [sys.executable, "-m", "peercenter"]
        variants: dict[str, tuple[list[str], dict[str, str]]] = {
            "bare": ([sys.executable, str(HERE / "bare_window.py")], env),
            "empty": ([*source, "--db", empty, "--user", "admin", "gui", "--exit-when-ready"], env),
            "large": ([*source, "--db", large, "--user", "admin", "gui", "--exit-when-ready"], env),
            "login": ([*source, "--db", large, "gui", "--exit-at-login"], no_password),
        }
        if has_bundle:
            exe = [str(BUNDLE_EXE)]
            variants["bundle empty"] = (
                [*exe, "--db", empty, "--user", "admin", "gui", "--exit-when-ready"],
                env,
            )
            variants["bundle large"] = (
                [*exe, "--db", large, "--user", "admin", "gui", "--exit-when-ready"],
                env,
            )
            variants["bundle login"] = (
                [*exe, "--db", large, "gui", "--exit-at-login"],
                no_password,
            )
        for command, variant_env in variants.values():  # warm the OS cache and the checks
            _start(command, variant_env)
        samples: dict[str, list[tuple[float, float]]] = {key: [] for key in variants}
        sign_ins: list[SignIn] = []
        _sign_in(probe_url, env)
        for _ in range(STARTS):  # in turn, so a busy machine slows every variant alike
            for key, (command, variant_env) in variants.items():
                samples[key].append(_start(command, variant_env))
            sign_ins.append(_sign_in(probe_url, env))
        quick = [key for key in ("bare", "login", "bundle login") if key in variants]
        for _ in range(LOGIN_ROUNDS):
            for key in quick:
                samples[key].append(_start(*variants[key]))
    seconds = {k: statistics.median(s for s, _ in v) for k, v in samples.items()}
    memory = {k: statistics.median(m for _, m in v) for k, v in samples.items()}
    area = "start-up"
    bare = "bare QMainWindow"
    results = [
        Result(
            area,
            "source, large center, to the login window (first thing a person sees)",
            bare,
            seconds["bare"],
            seconds["login"],
            target=1.5,
        ),
        Result(
            "sign-in",
            "source, large center: Sign in pressed to the main window drawn",
            f"password check + {SIGN_IN_ALLOWANCE:g} s",
            statistics.median(s.password_check for s in sign_ins) + SIGN_IN_ALLOWANCE,
            statistics.median(s.seconds for s in sign_ins),
            target=1.0,
        ),
        Result(
            "memory",
            "resident at the login window, source, large center",
            bare,
            memory["bare"],
            memory["login"],
            unit="B",
            target=2.0,
        ),
        Result(
            "memory",
            "resident at the login window once everything has loaded behind it (the person "
            "still typing), source, large center",
            bare,
            memory["bare"],
            statistics.median(s.waiting_memory for s in sign_ins),
            unit="B",
        ),
        Result(
            area,
            "source, empty center, to the main window (signing in directly)",
            bare,
            seconds["bare"],
            seconds["empty"],
        ),
        Result(
            area,
            "source, large center (ten years), to the main window (signing in directly)",
            bare,
            seconds["bare"],
            seconds["large"],
        ),
        Result(
            area,
            "source, large center against empty",
            "source, empty center",
            seconds["empty"],
            seconds["large"],
            target=1.1,
        ),
        Result(
            "memory",
            "resident with the main window open, source, large center",
            bare,
            memory["bare"],
            memory["large"],
            unit="B",
            target=2.0,
        ),
        Result(
            "memory",
            "resident with the main window open, source, empty center",
            bare,
            memory["bare"],
            memory["empty"],
            unit="B",
        ),
    ]
    if has_bundle:
        results += [
            Result(
                area,
                "bundle, large center, to the login window",
                bare,
                seconds["bare"],
                seconds["bundle login"],
                target=1.5,
            ),
            Result(
                area,
                "bundle, large center, to the main window (signing in directly)",
                bare,
                seconds["bare"],
                seconds["bundle large"],
            ),
            Result(
                area,
                "bundle against source, large center",
                "source, large center",
                seconds["large"],
                seconds["bundle large"],
                target=1.2,
            ),
            Result(
                area,
                "bundle against source, empty center",
                "source, empty center",
                seconds["empty"],
                seconds["bundle empty"],
                target=1.2,
            ),
            Result(
                "memory",
                "resident with the main window open, bundle, large center",
                bare,
                memory["bare"],
                memory["bundle large"],
                unit="B",
                target=2.0,
            ),
            Result(
                "bundle",
                "size unpacked (dist/peercenter)",
                "aim: 150 MB",
                BUNDLE_AIM,
                _folder_size(BUNDLE),
                unit="B",
                target=1.0,
            ),
        ]
    return results
