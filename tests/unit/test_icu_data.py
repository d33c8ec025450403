"""The bundle's ICU data is trimmed to the locales and features PeerCenter uses, and the
trimmed package is still one ICU can read: every item kept whole, in order, aligned."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "build_scripts"))

import icu_data


def test_english_spanish_and_the_shared_tables_stay_the_rest_goes() -> None:
    kept = [
        "root.res", "en.res", "en_GB.res", "es.res", "es_419.res", "res_index.res", "pool.res",
        "coll/root.res", "coll/es.res", "coll/es__TRADITIONAL.res", "coll/ucadata.icu",
        "coll/res_index.res", "zone/es_MX.res", "zone/tzdbNames.res", "zoneinfo64.res",
        "metaZones.res", "supplementalData.res", "uts46.nrm", "cnvalias.icu", "unames.icu",
    ]  # fmt: skip
    dropped = [
        "fr.res", "de_CH.res", "zh_Hant_TW.res", "coll/de.res", "coll/de_.res",
        "zone/fr.res", "brkitr/line.brk", "curr/en.res", "lang/es.res", "unit/en.res",
        "region/en.res", "translit/root.res", "rbnf/es.res", "ibm-943_P15A-2003.cnv",
        "rfc3491.spp",
    ]  # fmt: skip
    assert [name for name in kept if not icu_data.keep(name)] == []
    assert [name for name in dropped if icu_data.keep(name)] == []


def _package(items: list[tuple[str, bytes]]) -> bytes:
    """A small common-data package laid out as ICU's own tools write it."""
    header = bytearray(32)
    struct.pack_into("<HBB", header, 0, 32, 0xDA, 0x27)
    header[12:16] = b"CmnD"
    names = b"".join(f"icudt73l/{n}".encode() + b"\0" for n, _ in items)
    toc = 4 + 8 * len(items)
    first = toc + len(names)
    first += -(32 + first) % 16
    entries, offset, name_offset, bodies = [], first, toc, b""
    for name, body in items:
        entries.append(struct.pack("<II", name_offset, offset))
        name_offset += len(f"icudt73l/{name}") + 1
        padded = body + b"\0" * (-len(body) % 16)
        bodies += padded
        offset += len(padded)
    out = bytes(header) + struct.pack("<I", len(items)) + b"".join(entries) + names
    return out + b"\0" * (32 + first - len(out)) + bodies


def test_the_trimmed_package_keeps_each_item_whole_and_aligned() -> None:
    items = [
        ("coll/es.res", b"spanish order" * 3),
        ("coll/fr.res", b"french order"),
        ("en.res", b"english"),
        ("fr.res", b"x" * 100),
        ("res_index.res", b"index"),
        ("uts46.nrm", b"n" * 33),
    ]
    data, kept, dropped = icu_data.trimmed(_package(items))
    assert (kept, dropped) == (4, 2)
    header_size, read_back = icu_data._items(data)
    assert header_size == 32
    assert [(name, body.rstrip(b"\0")) for name, body in read_back] == [
        (f"icudt73l/{name}", body) for name, body in items if icu_data.keep(name)
    ]
    count = struct.unpack_from("<I", data, 32)[0]
    offsets = [struct.unpack_from("<II", data, 36 + 8 * i)[1] for i in range(count)]
    assert all((32 + offset) % 16 == 0 for offset in offsets)
