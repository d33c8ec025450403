"""`make dist`: build the onedir bundle into dist/peercenter, then leave out the Qt pieces the
application never loads (QML, the GTK look, image formats it never reads, translations of
languages it does not speak), the libraries only they needed, the system libraries every
Linux desktop that can show the window already has, and the ICU data PeerCenter cannot use
(see icu_data.py). It prints what each part of the bundle weighs.

    python build_scripts/build.py [--if-stale]

--if-stale skips the build when the bundle is newer than every source file it is made of."""

from __future__ import annotations

import argparse
import fnmatch
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import icu_data  # noqa: E402

DIST = ROOT / "dist" / "peercenter"
EXE = DIST / ("peercenter.exe" if os.name == "nt" else "peercenter")
SOURCES = [
    ROOT / "peercenter",
    ROOT / "resources",
    ROOT / "pyproject.toml",
    ROOT / "build_scripts" / "peercenter.spec",
    ROOT / "build_scripts" / "entry.py",
    Path(__file__),
    Path(icu_data.__file__),
]

# Qt plugin folders never used: PeerCenter shows widgets (no QML), prints through CUPS or the
# system's printer driver, and needs no network access from Qt.
UNUSED_PLUGIN_DIRS = [
    "qml",
    "multimedia",
    "sceneparser",
    "geometryloaders",
    "renderers",
    "sqldrivers",
    "position",
    "sensors",
    "texttospeech",
    "webview",
    "designer",
    "qmltooling",
    "canbus",
    "assetimporters",
    "renderplugins",
    "networkinformation",
    "tls",
    "generic",
    "platforminputcontexts",
    "egldeviceintegrations",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
]
# Single plugins never used, by folder: platforms other than X11 and offscreen (the smoke
# test), the GTK look (PeerCenter draws its own), image formats it never reads (logos are PNG
# or JPEG, icons SVG).
UNUSED_PLUGINS = {
    "platforms": [
        "libqwayland*",
        "libqeglfs*",
        "libqlinuxfb*",
        "libqminimalegl*",
        "libqvnc*",
        "libqvkkhrdisplay*",
    ],
    "platformthemes": ["libqgtk3*"],
    "imageformats": ["*qtiff*", "*qwebp*", "*qtga*", "*qwbmp*", "*qicns*", "*qpdf*"],
}
# Qt's own texts (buttons of standard dialogs) in the languages PeerCenter speaks; qt_XX.qm
# names the catalogues of a language.
KEPT_TRANSLATIONS = ["qtbase_en.qm", "qtbase_es.qm", "qt_en.qm", "qt_es.qm"]
# Linux: libraries of the desktop itself, there wherever the window can open (the X and font
# libraries, D-Bus) or wherever anyone prints (CUPS, which README names); like the xcb
# libraries, the bundle uses the system's. What only they needed goes with them.
SYSTEM_LIBRARIES = [
    "libcups.so.*",
    "libdbus-1.so.*",
    "libX11.so.*",
    "libX11-xcb.so.*",
    "libxcb.so.*",
    "libXau.so.*",
    "libXdmcp.so.*",
    "libfontconfig.so.*",
    "libfreetype.so.*",
]
# Libraries only the dropped plugins load (Qt Quick/QML via the virtual keyboard, Wayland,
# EGLFS for devices without a window system).
UNUSED_LIBRARIES = [
    "libQt6Quick*",
    "libQt6Qml*",
    "libQt6VirtualKeyboard*",
    "libQt6WaylandClient*",
    "libQt6Wl*",
    "libQt6EglFS*",
    "libQt6EglFs*",
]


# Babel's locale data kept (see peercenter.i18n): the languages PeerCenter speaks.
BABEL_KEPT = ("en.", "en_", "es.", "es_", "root.")


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


# What the bundle is made of, for the size report: the first part whose test a file's path
# (relative to the bundle, with forward slashes) passes.
PARTS: list[tuple[str, re.Pattern[str]]] = [
    (
        "ICU (Unicode and locale data for Qt)",
        re.compile(r"(^|/)(lib)?icu\w*[.\d]*\.(so|dll|dylib)"),
    ),
    ("Qt translations", re.compile(r"/translations/")),
    ("Qt plugins", re.compile(r"/plugins/")),
    ("Qt libraries", re.compile(r"(^|/)(lib)?Qt6?\w+(\.so|\.dll|\.dylib|$)")),
    ("PySide6 bindings", re.compile(r"(^|/)(PySide6|shiboken6)/")),
    ("cryptography (encrypted backups)", re.compile(r"(^|/)cryptography")),
    ("PostgreSQL (psycopg, libpq)", re.compile(r"(^|/)psycopg")),
    ("Pillow (images for reportlab)", re.compile(r"(^|/)(PIL|pillow)")),
    (
        "Python",
        re.compile(
            r"(^|/)(lib)?python3|base_library\.zip|lib-dynload"
            # the standard library's own modules, collected as .pyc files (see the spec)
            rf"|(^|/)_internal/({'|'.join(sorted(sys.stdlib_module_names))})(\.pyc$|/)"
        ),
    ),
    ("program (PeerCenter and its Python libraries)", re.compile(r"^peercenter(\.exe)?$")),
    ("resources and migrations", re.compile(r"(^|/)(resources|peercenter)/")),
]


def size_by_part(folder: Path) -> list[tuple[str, int]]:
    sizes: dict[str, int] = {}
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        relative = path.relative_to(folder).as_posix()
        part = next((name for name, test in PARTS if test.search(relative)), "other libraries")
        sizes[part] = sizes.get(part, 0) + path.stat().st_size
    return sorted(sizes.items(), key=lambda item: -item[1])


def print_sizes(folder: Path) -> None:
    print(f"Bundle: {folder} ({_size(folder) / 10**6:.0f} MB unpacked)")
    for part, size in size_by_part(folder):
        print(f"  {size / 10**6:6.1f} MB  {part}")


def is_stale() -> bool:
    if not EXE.exists():
        return True
    built = EXE.stat().st_mtime
    for source in SOURCES:
        files = source.rglob("*") if source.is_dir() else [source]
        if any(
            f.is_file() and "__pycache__" not in f.parts and f.stat().st_mtime > built
            for f in files
        ):
            return True
    return False


def _needed(path: Path) -> list[str]:
    """The shared libraries an ELF file asks for (Linux)."""
    out = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def _elf_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*.so*") if p.is_file() and not p.is_symlink()]


def _drop_orphans(removed_needs: set[str]) -> list[str]:
    """Delete bundled libraries that only the removed pieces needed, and so on down."""
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        return []
    dropped: list[str] = []
    candidates = set(removed_needs)
    while candidates:
        remaining = _elf_files(DIST)
        wanted = {name for path in remaining for name in _needed(path)}
        orphans = [p for p in remaining if p.name in candidates and p.name not in wanted]
        if not orphans:
            break
        candidates = set()
        for orphan in orphans:
            candidates.update(_needed(orphan))
            orphan.unlink()
            dropped.append(orphan.name)
    return dropped


def _missing_libraries() -> list[str]:
    """Libraries some bundled file asks for that neither the bundle nor the system has."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    internal = DIST / "_internal"
    qt_lib = next(DIST.rglob("PySide6/Qt/lib"), internal)
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{qt_lib}"}
    missing = set()
    for path in _elf_files(DIST):
        out = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
        ).stdout
        missing.update(
            f"{path.name} needs {m}"
            for m in re.findall(r"^\s*(\S+) => not found", out, flags=re.MULTILINE)
        )
    return sorted(missing)


def prune() -> None:
    removed_needs: set[str] = set()

    def remove(path: Path) -> None:
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        for file in files:
            if ".so" in file.name and sys.platform.startswith("linux"):
                removed_needs.update(_needed(file))
        shutil.rmtree(path) if path.is_dir() else path.unlink()

    qt_dir = next(DIST.rglob("PySide6/Qt"), None)
    if qt_dir is not None:
        for name in UNUSED_PLUGIN_DIRS:
            for candidate in (qt_dir / name, qt_dir / "plugins" / name):
                if candidate.is_dir():
                    remove(candidate)
        for folder, patterns in UNUSED_PLUGINS.items():
            for plugin in qt_dir.rglob(f"{folder}/*"):
                if any(fnmatch.fnmatch(plugin.name, pattern) for pattern in patterns):
                    remove(plugin)
        translations = qt_dir / "translations"
        if translations.is_dir():
            for catalogue in translations.iterdir():
                if catalogue.name not in KEPT_TRANSLATIONS:
                    remove(catalogue)
    # Babel's calendar data: English and Spanish in every region, and what they inherit.
    for data in DIST.rglob("babel/locale-data/*.dat"):
        if not data.name.startswith(BABEL_KEPT):
            remove(data)
    for pattern in UNUSED_LIBRARIES:
        for library in DIST.rglob(pattern):
            remove(library)
    if sys.platform.startswith("linux"):
        internal = DIST / "_internal"
        for pattern in SYSTEM_LIBRARIES:
            for library in internal.glob(pattern):  # the top folder: PyInstaller's copies
                remove(library)
        for library in DIST.rglob("libicudata.so.*"):
            if library.is_file() and not library.is_symlink():
                before, after = icu_data.trim_library(library)
                print(
                    f"ICU data trimmed to what PeerCenter uses: {before / 10**6:.0f} MB -> "
                    f"{after / 10**6:.1f} MB"
                )
    dropped = _drop_orphans(removed_needs)
    if dropped:
        print(
            f"Left out {len(dropped)} libraries only the pieces left out needed: "
            f"{', '.join(sorted(dropped))}"
        )


def draw_icon(target: Path) -> Path:
    """The program file's icon for Windows and macOS, drawn from the SVG the window uses."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(512, 512, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "peercenter.svg")).render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"Could not write {target}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--if-stale",
        action="store_true",
        help="build only when a source file is newer than the bundle",
    )
    args = parser.parse_args(argv)
    if args.if_stale and not is_stale():
        print(f"Bundle is up to date: {DIST}")
        return 0
    sys.path.insert(0, str(ROOT / "build_scripts"))
    from translations import compile_all

    compile_all()  # the .qm and .mo go into the bundle with resources/
    env = dict(os.environ)
    if sys.platform in ("win32", "darwin"):
        env["PEERCENTER_ICON_PNG"] = str(draw_icon(ROOT / "build" / "peercenter-icon.png"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build"),
            str(ROOT / "build_scripts" / "peercenter.spec"),
        ],
        check=True,
        env=env,
    )
    prune()
    missing = _missing_libraries()
    if missing:
        print("The bundle is incomplete:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1
    print_sizes(DIST)
    return 0


if __name__ == "__main__":
    sys.exit(main())
