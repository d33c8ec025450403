"""The words printed around the content, and dates and times, in each handout language."""

from __future__ import annotations

from datetime import date, datetime

from peercenter.domain import timefmt

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "when": "When",
        "where": "Where",
        "online": "Online",
        "facilitators": "Facilitators",
        "key_points": "Key points",
        "try_this": "Try this",
        "discussion": "Let's talk about it",
        "resources": "Help is always available",
        "resources_intro": "If you are in crisis or thinking about harming yourself, "
        "you are not alone. Reach out now:",
        "notes": "My notes",
        "next_session": "Next session",
        "no_next_session": "Ask your facilitator when the group meets next.",
        "welcome": "Welcome. We are glad you are here.",
        "page": "Page {n}",
        "sign_in": "Sign-in sheet",
        "sign_in_neutral": "Sign-in",
        "meeting": "Meeting",
        "number": "#",
        "name": "Name",
        "time_in": "Time in",
        "initials": "Initials",
        "walk_in_hint": "Not on the list? Please write your first name and last initial "
        "on a blank line.",
        "confidential": "Confidential. Everything on this sheet stays in this room. Please "
        "do not photograph, copy or share it, and write only your first name "
        "and last initial.",
        "confidential_neutral": "Please keep this sheet private. Write only your first name "
        "and last initial.",
        "poster_title": "This week at {center}",
        "poster_title_plain": "This week",
        "cancelled": "Cancelled",
        "nothing": "No groups",
        "poster_footer": "Everyone is welcome. Ask at the front desk if you have questions.",
        "help_988": "988 Suicide & Crisis Lifeline: call or text 988",
        "help_samhsa": "SAMHSA National Helpline: 1-800-662-4357 (free, 24/7)",
        "handout": "Handout",
    },
    "es": {
        "when": "Cuándo",
        "where": "Dónde",
        "online": "En línea",
        "facilitators": "Facilitadores",
        "key_points": "Ideas principales",
        "try_this": "Pruebe esto",
        "discussion": "Hablemos",
        "resources": "Siempre hay ayuda",
        "resources_intro": "Si está en crisis o piensa en hacerse daño, no está solo ni sola. "
        "Busque ayuda ahora:",
        "notes": "Mis notas",
        "next_session": "Próxima sesión",
        "no_next_session": "Pregunte a quien facilita el grupo cuándo se reúne otra vez.",
        "welcome": "Le damos la bienvenida. Nos alegra que esté aquí.",
        "page": "Página {n}",
        "sign_in": "Hoja de registro",
        "sign_in_neutral": "Registro",
        "meeting": "Reunión",
        "number": "N.º",
        "name": "Nombre",
        "time_in": "Hora de llegada",
        "initials": "Iniciales",
        "walk_in_hint": "¿No está en la lista? Escriba su nombre y la inicial de su apellido "
        "en una línea en blanco.",
        "confidential": "Confidencial. Todo lo que aparece en esta hoja se queda en esta sala. "
        "Por favor, no la fotografíe, copie ni comparta, y escriba solo su "
        "nombre y la inicial de su apellido.",
        "confidential_neutral": "Por favor, mantenga esta hoja en privado. Escriba solo su "
        "nombre y la inicial de su apellido.",
        "poster_title": "Esta semana en {center}",
        "poster_title_plain": "Esta semana",
        "cancelled": "Cancelado",
        "nothing": "Sin grupos",
        "poster_footer": "Todos son bienvenidos. Si tiene preguntas, pregunte en la recepción.",
        "help_988": "Línea 988 de Prevención del Suicidio y Crisis: llame al 988 "
        "o envíe «AYUDA» al 988",
        "help_samhsa": "Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357 (gratis, 24 horas)",
        "handout": "Hoja informativa",
    },
}


def _names(language: str) -> timefmt.Names:
    """The handout's language's month and day names, from where the screens take theirs."""
    return timefmt.names(language if language in _TEXT else "en")


def text(language: str, key: str, **values: str) -> str:
    words = _TEXT.get(language, _TEXT["en"])[key]
    return words.format(**values) if values else words


def weekday(day: date, language: str) -> str:
    return _names(language).weekdays[day.weekday()]


def long_date(day: date, language: str) -> str:
    month = _names(language).months[day.month - 1]
    if language == "es":
        return f"{weekday(day, language)} {day.day} de {month} de {day.year}"
    return f"{weekday(day, language)}, {month} {day.day}, {day.year}"


def short_date(day: date, language: str) -> str:
    month = _names(language).months[day.month - 1]
    return f"{day.day} {month[:3]}" if language == "es" else f"{month[:3]} {day.day}"


def date_range(first: date, last: date, language: str) -> str:
    """'December 7–13, 2026' or '7–13 de diciembre de 2026', naming the month and the year
    only once when the two days share them."""
    months = _names(language).months
    m1, m2 = months[first.month - 1], months[last.month - 1]
    if language == "es":
        if first.year != last.year:
            return f"{first.day} de {m1} de {first.year} – {last.day} de {m2} de {last.year}"
        if first.month != last.month:
            return f"{first.day} de {m1} – {last.day} de {m2} de {last.year}"
        return f"{first.day}–{last.day} de {m2} de {last.year}"
    if first.year != last.year:
        return f"{m1} {first.day}, {first.year} – {m2} {last.day}, {last.year}"
    if first.month != last.month:
        return f"{m1} {first.day} – {m2} {last.day}, {last.year}"
    return f"{m1} {first.day}–{last.day}, {last.year}"


# No-break spaces: a time never splits across lines ("7:30" on one, "PM" on the next).
NBSP = "\u00a0"


def clock(at: datetime, language: str) -> str:
    """'6:00 PM', or '6:00 p. m.' as Spanish readers in the United States write it."""
    hour = at.hour % 12 or 12
    if language == "es":
        half = f"a.{NBSP}m." if at.hour < 12 else f"p.{NBSP}m."
    else:
        half = "AM" if at.hour < 12 else "PM"
    return f"{hour}:{at.minute:02d}{NBSP}{half}"


def time_range(start: datetime, end: datetime, language: str) -> str:
    """Kept on one line as a whole."""
    return f"{clock(start, language)}{NBSP}–{NBSP}{clock(end, language)}"


def short_time_range(start: datetime, end: datetime, language: str) -> str:
    """'6:00–7:30 PM' when both ends are in the same half of the day, for narrow columns;
    kept on one line as a whole."""
    if (start.hour < 12) == (end.hour < 12) and start.date() == end.date():
        first = clock(start, language).split(NBSP)[0]
        return f"{first}–{clock(end, language)}"
    return f"{clock(start, language)}–{clock(end, language)}"


def help_lines(language: str) -> tuple[str, ...]:
    """The two crisis lines printed at the foot of every handout page and on the poster."""
    return (text(language, "help_988"), text(language, "help_samhsa"))


def names_list(names: tuple[str, ...], language: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    last = names[-1].lower()
    # Spanish writes "e" before a name that starts with the sound /i/ (Sam e Isabel)
    spanish_e = last.startswith(("i", "hi")) and not last.startswith(
        ("ia", "ie", "io", "iu", "hia", "hie")
    )
    joiner = (" e " if spanish_e else " y ") if language == "es" else " and "
    return ", ".join(names[:-1]) + joiner + names[-1]
