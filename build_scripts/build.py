"""`make dist`: build the onedir bundle into dist/peercenter and drop the Qt pieces the
application never loads (translations of Qt itself, QML, unused plugins)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "peercenter"

# Plugin folders PeerCenter uses: platforms (windows), imageformats/iconengines (SVG icons),
# printsupport (printing), styles, platformthemes, xcbglintegrations, tls (not needed).
UNUSED_PLUGIN_DIRS = ["qml", "translations", "multimedia", "sceneparser", "geometryloaders",
                      "renderers", "sqldrivers", "position", "sensors", "texttospeech",
                      "webview", "designer", "qmltooling", "canbus", "assetimporters",
                      "renderplugins", "networkinformation", "tls", "generic",
                      "platforminputcontexts", "egldeviceintegrations", "wayland-decoration-client",
                      "wayland-graphics-integration-client", "wayland-shell-integration"]


# Libraries only the dropped plugins load (Qt Quick/QML via the virtual keyboard and the
# Wayland integrations, EGLFS for devices without a window system).
UNUSED_LIBRARIES = ["libQt6Quick*", "libQt6Qml*", "libQt6VirtualKeyboard*",
                    "libQt6WaylandClient*", "libQt6Wl*", "libQt6EglFS*", "libQt6EglFs*"]
UNUSED_PLATFORMS = ["libqwayland*", "libqeglfs*", "libqlinuxfb*", "libqminimalegl*",
                    "libqvnc*", "libqvkkhrdisplay*"]


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"),
                    str(ROOT / "build_scripts" / "peercenter.spec")], check=True)
    qt_dir = next(DIST.rglob("PySide6/Qt"), None)
    if qt_dir is not None:
        for name in UNUSED_PLUGIN_DIRS:
            for candidate in (qt_dir / name, qt_dir / "plugins" / name):
                if candidate.is_dir():
                    shutil.rmtree(candidate)
        for pattern in UNUSED_PLATFORMS:
            for plugin in qt_dir.rglob(f"platforms/{pattern}"):
                plugin.unlink()
    for pattern in UNUSED_LIBRARIES:
        for library in DIST.rglob(pattern):
            library.unlink()
    print(f"Bundle: {DIST} ({_size(DIST) / 2**20:.0f} MiB unpacked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
