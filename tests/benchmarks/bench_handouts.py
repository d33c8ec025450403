"""Printed documents: one session handout against a bare reportlab page carrying the same
amount of text, and the day's packet at 5, 10 and 20 sessions (the cost per session should
stay flat)."""

from __future__ import annotations

import functools
import io
import os
import tempfile
from datetime import date, time
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from peercenter.db import migrate
from peercenter.db.engine import Database
from peercenter.domain.printing import HandoutData, PacketData, SignInData
from peercenter.reports import fonts, handout, packet
from peercenter.services.handouts import gather
from tests import factories
from tests.benchmarks.harness import Result, interleaved, median_time

TOPICS = [
    "coping-with-cravings",
    "triggers-and-halt",
    "self-care",
    "gratitude",
    "mindfulness-basics",
    "healthy-boundaries",
    "relapse-prevention-plan",
    "building-a-support-network",
]


def _bare_page(paragraphs: list[str], font: str) -> bytes:
    """A plain platypus document: the same paragraphs, one style, nothing else."""
    buffer = io.BytesIO()
    style = ParagraphStyle("plain", fontName=font, fontSize=11.5, leading=16)
    SimpleDocTemplate(buffer, pagesize=LETTER).build([Paragraph(p, style) for p in paragraphs])
    return buffer.getvalue()


def _in_blocks(paragraphs: list[str], words: int = 40) -> list[str]:
    text = " ".join(paragraphs).split()
    return [" ".join(text[i : i + words]) for i in range(0, len(text), words)]


def _handout_text(data: HandoutData) -> list[str]:
    topic, rules = data.topic, data.ground_rules
    assert topic is not None and rules is not None
    parts = [
        data.center.name,
        data.session.group_name,
        topic.title,
        topic.introduction,
        *topic.key_points,
        topic.exercise_title,
        *topic.exercise_steps,
        *topic.discussion_questions,
        rules.title,
        *rules.key_points,
        *(f"{r.name} {r.contact} {r.note}" for r in data.resources),
    ]
    return [p for p in parts if p]


def collect() -> list[Result]:
    fonts.register()
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("PEERCENTER_DATA_DIR", folder)
        db = Database.from_url(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        migrate.upgrade(db.engine)
        admin = factories.center(db)
        day = date(2026, 3, 2)
        for i in range(20):
            factories.handout_group(
                db,
                admin,
                name=f"Group {i + 1:02d}",
                topic_slug=TOPICS[i % len(TOPICS)],
                start=time(8 + i // 2, 30 * (i % 2)),
                room=f"Room {i}",
                facilitators=(f"Sam{i}", f"Alex{i}"),
                people=tuple((f"P{i}{k}", "Doe", k % 2 == 0, False) for k in range(8)),
            )
        with db.session() as s:
            options = gather.print_options(s)
            first = gather.day_packet(s, admin, day, options).documents[0]
            assert isinstance(first, HandoutData)
            all_docs = gather.day_packet(s, admin, day, options)
        text = _handout_text(first)
        results = []
        bare_items, bare_blocks, one = interleaved(
            [
                lambda: _bare_page(text, fonts.REGULAR),
                lambda: _bare_page(_in_blocks(text), fonts.REGULAR),
                lambda: handout.build(first),
            ],
            repeat=31,
        )
        results.append(
            Result(
                "handouts",
                "one session handout (2 pages, DejaVu embedded)",
                f"bare platypus, same {len(text)} paragraphs, DejaVu",
                bare_items,
                one,
                target=2.0,
            )
        )
        results.append(
            Result(
                "handouts",
                "one session handout",
                "bare platypus, same text in 40-word paragraphs, DejaVu",
                bare_blocks,
                one,
            )
        )
        with db.session() as s:
            gather_time = median_time(
                lambda: gather.handout(s, admin, first.session.session_id, options), repeat=15
            )
            s.rollback()
        results.append(
            Result(
                "handouts",
                "gathering one handout's data (SQLite)",
                "building its PDF",
                one,
                gather_time,
            )
        )
        # each session contributes its handout and its sign-in sheet
        subsets = {n: replace_documents(all_docs, all_docs.documents[: 2 * n]) for n in (5, 10, 20)}
        totals = interleaved(
            [functools.partial(packet.build, d) for d in subsets.values()], repeat=9
        )
        per_session = {n: total / n for n, total in zip(subsets, totals, strict=True)}
        for n in (10, 20):
            results.append(
                Result(
                    "handouts",
                    f"packet per session, {n}-session day",
                    "per session, 5-session day",
                    per_session[5],
                    per_session[n],
                    target=1.25,
                )
            )
        db.dispose()
    return results


def replace_documents(
    data: PacketData, documents: tuple[HandoutData | SignInData, ...]
) -> PacketData:
    from dataclasses import replace

    return replace(data, documents=documents)
