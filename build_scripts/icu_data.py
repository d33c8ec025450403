"""Trimming the ICU data Qt ships (libicudata, about 32 MB) to what PeerCenter can use.

Qt asks ICU for four things: collation (QCollator: the file dialog's sorting), upper and lower
case, time zone names, and text encodings other than UTF-8 and Latin-1. PeerCenter speaks
English and Spanish and reads its files as UTF-8 in Python, so it keeps the collation, zone
names and locale data of the root, English and Spanish locales, and ICU's own tables
(normalization, properties). It leaves out the other locales, the legacy encodings, word and
line breaking (Qt has its own), and the unit, currency, language, region, transliteration and
spell-out tables. A locale left out falls back to the root one, as ICU does for any locale it
lacks.

The data is ICU's "common data" package: a header, a table of contents (name and offset of
each item, sorted by name) and the items, each aligned to 16 bytes. The library exports it as
one symbol, ``icudt<version>_dat``; the trimmed package is assembled into a library of the
same name with GNU as and ld (binutils, which the build already needs for readelf)."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

LOCALES = ("root", "en", "es")
# Folders of the package that only the left-out features read.
DROPPED_FOLDERS = {"brkitr", "unit", "curr", "lang", "region", "translit", "rbnf"}
DROPPED_SUFFIXES = (".cnv", ".spp")  # legacy encodings, IDNA 2003 string preparation
# A locale's file: "fr.res", "zh_Hant_TW.res"; supplemental tables have other names.
_LOCALE_FILE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
_INDEXES = ("res_index.res", "pool.res")  # what a folder holds, and its shared strings
ALIGN = 16


def keep(item: str) -> bool:
    """``item`` is a name inside the package, like ``coll/es.res``."""
    folder, _, name = item.rpartition("/")
    if folder in DROPPED_FOLDERS or name.endswith(DROPPED_SUFFIXES):
        return False
    if folder not in ("", "coll", "zone") or name in _INDEXES or not _LOCALE_FILE.match(name):
        return True  # ICU's own tables, supplemental data, the pool and the index
    locale = name.removesuffix(".res")
    return locale in LOCALES or locale.split("_", 1)[0] in LOCALES


def _items(data: bytes) -> tuple[int, list[tuple[str, bytes]]]:
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(toc):
        start = header_size + name_offset
        name = data[start : data.index(b"\0", start)].decode("ascii")
        end = header_size + toc[index + 1][1] if index + 1 < count else len(data)
        items.append((name, data[header_size + data_offset : end]))
    return header_size, items


def _pad(size: int) -> int:
    return -size % ALIGN


def trimmed(data: bytes) -> tuple[bytes, int, int]:
    """The package with only the items ``keep`` wants; and how many items were kept and
    left out."""
    header_size, items = _items(data)
    kept = [(name, body) for name, body in items if keep(name.split("/", 1)[1])]
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    toc_size = 4 + 8 * len(kept)
    names_end = toc_size + len(names)
    first_data = names_end + _pad(header_size + names_end)
    entries, offset, name_offset = [], first_data, toc_size
    for name, body in kept:
        entries.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        offset += len(body) + _pad(len(body))
    out = bytearray(data[:header_size])
    out += struct.pack("<I", len(kept)) + b"".join(entries) + names
    out += b"\0" * (header_size + first_data - len(out))
    for _name, body in kept:
        out += body + b"\0" * _pad(len(body))
    return bytes(out), len(kept), len(items) - len(kept)


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size."""
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(
        r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+(icudt\d+_dat)", symbols
    )
    if match is None:
        raise ValueError(f"{library.name} exports no ICU data")
    address, size, name = int(match.group(1), 16), int(match.group(2), 0), match.group(3)
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return name, address - section_address + section_offset, size
    raise ValueError(f"{library.name} has no read-only data section")


def trim_library(library: Path) -> tuple[int, int]:
    """Replace ``library`` (libicudata.so.NN) by one holding only the data kept; the sizes
    before and after."""
    if shutil.which("as") is None or shutil.which("ld") is None:
        raise FileNotFoundError("GNU as and ld (binutils) are needed to trim the ICU data")
    before = library.stat().st_size
    symbol, offset, size = _symbol(library)
    raw = library.read_bytes()[offset : offset + size]
    data, _kept, _dropped = trimmed(raw)
    soname = library.name
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "icu.dat").write_bytes(data)
        (work / "icu.s").write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
            f'\t.balign {ALIGN}\n{symbol}:\n\t.incbin "icu.dat"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(["as", "-o", "icu.o", "icu.s"], cwd=work, check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-o", soname, "icu.o"], cwd=work, check=True
        )
        shutil.copyfile(work / soname, library)
    return before, library.stat().st_size
