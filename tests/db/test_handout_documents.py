"""Handouts, sign-in sheets, the poster and the packet, read back from the PDF as a person
would read the paper, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.lib.pagesizes import A4, LETTER
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, GroupSession, Topic
from peercenter.domain.enums import GroupKind, SessionStatus
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.reports import handout, packet, poster, signin
from peercenter.reports.errors import BuildCancelled
from peercenter.services import settings
from peercenter.services.context import Actor
from peercenter.services.handouts import gather
from tests import factories
from tests.pdf_helpers import embedded_fonts, page_sizes, pdf_text, text_sizes

PEOPLE = (
    ("María", "Núñez", True, True),
    ("Joe", "Smith", True, False),
    ("Kim", "Secretson", False, False),
)

EXPECTED = {
    "en": [
        "Harbor Light Recovery Center",
        "Tuesday Evening Circle",
        "Monday, March 2, 2026, 6:00 PM – 7:30 PM",
        "Room A, 2nd floor",
        "Sam and Alex",
        "Coping with Cravings",
        "Key points",
        "A craving is like a wave",
        "Try this: Urge surfing",
        "Let's talk about it",
        "When do your cravings tend to show up?",
        "Our Group Agreements",
        "What is said here stays here.",
        "988 Suicide & Crisis Lifeline",
        "SAMHSA National Helpline: 1-800-662-4357",
        "Next session: Monday, March 9, 2026, 6:00 PM",
        "My notes",
    ],
    "es": [
        "Harbor Light Recovery Center",
        "Tuesday Evening Circle",
        "lunes 2 de marzo de 2026, 6:00 p. m. – 7:30 p. m.",
        "Room A, 2nd floor",
        "Sam y Alex",
        "Cómo manejar las ansias de consumir",
        "Ideas principales",
        "Las ansias de consumir son como una ola",
        "Pruebe esto: Surfear la ola",
        "Hablemos",
        "¿En qué momentos suelen aparecer sus ansias de consumir?",
        "Nuestros acuerdos de grupo",
        "Lo que se dice aquí, aquí se queda.",
        "no está solo ni sola",
        "envíe un mensaje de texto con la palabra «AYUDA» al 988 o chatee en 988lineadevida.org",
        "Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357",
        "Próxima sesión: lunes 9 de marzo de 2026, 6:00 p. m.",
        "Mis notas",
    ],
}


@pytest.fixture
def center(database: Database) -> tuple[Database, Actor, list[int]]:
    admin = factories.center(database)
    ids = factories.handout_group(database, admin, people=PEOPLE)
    return database, admin, ids


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("paper, size", [("letter", LETTER), ("a4", A4)])
def test_handout_shows_everything_in_each_language_and_paper(
    center: tuple[Database, Actor, list[int]], language: str, paper: str, size: tuple[float, float]
) -> None:
    db, admin, ids = center
    with db.session() as s:
        data = gather.handout(s, admin, ids[0], gather.print_options(s, paper, language))
    pdf = handout.build(data)
    text = pdf_text(pdf)
    for expected in EXPECTED[language]:
        assert expected in text, expected
    assert page_sizes(pdf) == {(round(size[0]), round(size[1]))}
    assert any("DejaVuSans" in name for name in embedded_fonts(pdf))
    assert not data.notices


def test_large_print_body_is_at_least_16_points(center: tuple[Database, Actor, list[int]]) -> None:
    db, admin, ids = center
    with db.session() as s:
        normal = gather.handout(s, admin, ids[0], gather.print_options(s, large_print=False))
        large = gather.handout(s, admin, ids[0], gather.print_options(s, large_print=True))
    normal_sizes = [size for _, size in text_sizes(handout.build(normal))]
    large_sizes = [
        size
        for text, size in text_sizes(handout.build(large))
        # all but the page footer (the page number and the crisis lines)
        if "Harbor Light Recovery Center · " not in text
        and "Page" not in text
        and "988" not in text
        and "SAMHSA" not in text
    ]
    assert max(set(normal_sizes), key=normal_sizes.count) < 16
    assert min(large_sizes) >= 16


def test_spanish_falls_back_to_english_and_says_so(
    center: tuple[Database, Actor, list[int]],
) -> None:
    db, admin, ids = center
    with db.session() as s:
        s.delete(
            s.scalars(
                select(Topic).where(Topic.slug == "coping-with-cravings", Topic.language == "es")
            ).one()
        )
        s.flush()
        # the shipped Spanish text would come back on the next sync; keep it gone
        data = gather.handout(s, admin, ids[0], gather.print_options(s, language="es"))
    assert data.language == "en"
    assert data.notices == (
        "'Coping with Cravings' has no Español version yet, so the "
        "handout for Tuesday Evening Circle is in English.",
    )
    text = pdf_text(handout.build(data))
    assert "Key points" in text and "Ideas principales" not in text


def test_virtual_room_prints_the_link_and_the_session_topic_wins(database: Database) -> None:
    admin = factories.center(database)
    ids = factories.handout_group(
        database,
        admin,
        name="Online Family Night",
        room="Video room",
        virtual_url="https://meet.example.org/family-night",
    )
    with database.session() as s:
        gratitude = s.scalar(
            select(Topic.id).where(Topic.slug == "gratitude", Topic.language == "en")
        )
        s.get(GroupSession, ids[1]).topic_id = gratitude  # type: ignore[union-attr]
    with database.session() as s:
        first = pdf_text(handout.build(gather.handout(s, admin, ids[0], gather.print_options(s))))
        second = pdf_text(handout.build(gather.handout(s, admin, ids[1], gather.print_options(s))))
    assert "Online https://meet.example.org/family-night" in first
    assert "Coping with Cravings" in first and "Gratitude" not in first
    assert "Three good things" in second


def test_sign_in_sheet_prints_only_what_consent_allows(
    center: tuple[Database, Actor, list[int]],
) -> None:
    db, admin, ids = center
    for language in ("en", "es"):
        for paper in ("letter", "a4"):
            with db.session() as s:
                data = gather.sign_in_sheet(
                    s, admin, ids[0], gather.print_options(s, paper, language)
                )
            text = pdf_text(signin.build(data))
            assert "María Núñez" in text  # agreed to the full last name
            assert "Joe S." in text and "Smith" not in text  # initial only
            assert "Kim" not in text and "Secretson" not in text  # not on paper at all
            assert ("Time in" if language == "en" else "Hora de llegada") in text
            assert ("Confidential." if language == "en" else "Confidencial.") in text
            assert "Tuesday Evening Circle" in text
            # Kim and the usual walk-in lines are blank, numbered rows
            assert data.blank_lines == 8 + 1


def test_neutral_sign_in_sheet_names_no_program(center: tuple[Database, Actor, list[int]]) -> None:
    db, admin, ids = center
    with db.session() as s:
        settings.set_value(s, admin, "handouts.neutral_wording", True)
    for language in ("en", "es"):
        with db.session() as s:
            text = pdf_text(
                signin.build(
                    gather.sign_in_sheet(
                        s, admin, ids[0], gather.print_options(s, language=language)
                    )
                )
            )
        lowered = text.lower()
        for word in (
            "recovery",
            "recuperación",
            "harbor light",
            "tuesday evening circle",
            "sam",
            "alex",
        ):
            assert word not in lowered, word
        assert ("Sign-in" if language == "en" else "Registro") in text
        assert "María Núñez" in text and "Joe S." in text


def test_printing_a_sign_in_sheet_is_audited(center: tuple[Database, Actor, list[int]]) -> None:
    db, admin, ids = center
    with db.session() as s:
        gather.sign_in_sheet(s, admin, ids[0], gather.print_options(s), action="print")
    with db.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "sign_in_sheet")).one()
    assert (event.action, event.entity_id, event.username) == ("print", str(ids[0]), "admin")
    assert event.details["names_printed"] == 2


def test_bad_input_is_refused_with_a_clear_message(
    center: tuple[Database, Actor, list[int]],
) -> None:
    db, admin, ids = center
    with db.session() as s:
        row = s.get(GroupSession, ids[0])
        assert row is not None
        row.status, row.cancel_reason = SessionStatus.CANCELLED, "snow day"
    with db.session() as s, pytest.raises(ValidationError, match=r"is cancelled \(snow day\)"):
        gather.handout(s, admin, ids[0], gather.print_options(s))
    with db.session() as s, pytest.raises(NotFound, match="There is no session number 999"):
        gather.sign_in_sheet(s, admin, 999, gather.print_options(s))
    with db.session() as s:
        topic = s.scalars(
            select(Topic).where(Topic.slug == "coping-with-cravings", Topic.language == "en")
        ).one()
        topic.sections = {**topic.sections, "key_points": []}
    with db.session() as s, pytest.raises(ValidationError) as caught:
        gather.handout(s, admin, ids[1], gather.print_options(s))
    assert caught.value.message == (
        "The topic 'Coping with Cravings' (English) cannot be printed: 'key_points' has no "
        "lines: add at least one. Fix it on the Handouts screen."
    )


def test_missing_logo_is_named(center: tuple[Database, Actor, list[int]], tmp_path) -> None:
    db, admin, ids = center
    logo = tmp_path / "logo.png"
    from PIL import Image

    Image.new("RGB", (120, 60), (29, 107, 106)).save(logo)
    with db.session() as s:
        settings.set_value(s, admin, "center.logo_path", str(logo))
    with db.session() as s:
        pdf = handout.build(gather.handout(s, admin, ids[0], gather.print_options(s)))
    assert "Harbor Light Recovery Center" in pdf_text(pdf)
    logo.unlink()
    with db.session() as s, pytest.raises(ValidationError, match=f"logo file {logo} is missing"):
        gather.handout(s, admin, ids[0], gather.print_options(s))


def test_poster_shows_the_week_on_one_page_without_mentoring(database: Database) -> None:
    admin = factories.center(database)
    ids = factories.handout_group(database, admin)
    factories.handout_group(
        database,
        admin,
        name="Private mentoring",
        topic_slug=None,
        kind=GroupKind.MENTORING,
        facilitators=("Lee",),
    )
    with database.session() as s:
        row = s.get(GroupSession, ids[0])
        assert row is not None
        row.status = SessionStatus.CANCELLED
    for language, expected in (
        (
            "en",
            [
                "This week at Harbor Light Recovery Center",
                "Monday",
                "Mar 2",
                "6:00–7:30 PM",
                "Tuesday Evening Circle",
                "Cancelled",
                "Sunday",
            ],
        ),
        (
            "es",
            [
                "Esta semana en Harbor Light Recovery Center",
                "Lunes",
                "2 mar",
                "6:00–7:30 p. m.",
                "Cancelado",
                "Domingo",
            ],
        ),
    ):
        with database.session() as s:
            pdf = poster.build(
                gather.poster(s, admin, date(2026, 3, 2), gather.print_options(s, "a4", language))
            )
        text = pdf_text(pdf)
        for word in expected:
            assert word in text
        assert "Private mentoring" not in text
        assert len(page_sizes(pdf)) == 1 and page_sizes(pdf).pop()[0] > 800  # landscape


def test_packet_has_every_document_of_the_day_and_can_be_cancelled(
    center: tuple[Database, Actor, list[int]],
) -> None:
    db, admin, _ = center
    factories.handout_group(
        db,
        admin,
        name="Morning Mindfulness",
        topic_slug="mindfulness-basics",
        facilitators=("Rosa",),
    )
    with db.session() as s:
        data = gather.day_packet(s, admin, date(2026, 3, 2), gather.print_options(s))
    assert [type(d).__name__ for d in data.documents] == ["HandoutData", "SignInData"] * 2
    seen: list[tuple[int, int]] = []
    pdf = packet.build(data, lambda done, total: seen.append((done, total)) or True)
    text = pdf_text(pdf)
    assert text.count("Help is always available") == 2
    assert "Sign-in sheet: Morning Mindfulness" in text
    assert "Sign-in sheet: Tuesday Evening Circle" in text
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    with pytest.raises(BuildCancelled):
        packet.build(data, lambda done, total: done < 2)
    with db.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "sign_in_sheet"))
        assert len(list(events)) == 2
