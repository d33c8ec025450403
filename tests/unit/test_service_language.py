"""The services' words in the person's language (gettext, no Qt), and each person's own
language preference."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from peercenter import i18n, paths
from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, User
from peercenter.domain.enums import Role
from peercenter.domain.errors import AuthenticationError, PermissionDenied, ValidationError
from peercenter.domain.permissions import Permission
from peercenter.services import auth, preferences
from peercenter.services.context import Actor, require
from tests import factories
from tests.translations_helper import compiled


@pytest.fixture
def spanish() -> None:
    compiled()
    i18n.activate("es", "en_US", paths.resource("translations"))


def test_a_wrong_password_is_said_in_spanish(spanish: None, database: Database) -> None:
    factories.center(database)
    with pytest.raises(AuthenticationError) as caught:
        auth.login(database, "admin", "not the password")
    assert caught.value.message == "Nombre de usuario o contraseña incorrectos."


def test_a_message_with_values_and_a_plural_in_spanish(spanish: None, database: Database) -> None:
    factories.center(database)
    for _attempt in range(3):
        with pytest.raises(AuthenticationError):
            auth.login(database, "admin", "not the password")
    with pytest.raises(AuthenticationError) as caught:
        auth.login(database, "admin", "not the password")
    assert caught.value.message == (
        "Nombre de usuario o contraseña incorrectos. "
        "1 intento incorrecto más bloqueará la cuenta durante 15 minutos."
    )
    with pytest.raises(AuthenticationError) as caught:
        auth.login(database, "admin", "not the password")
    assert caught.value.message.startswith(
        "Esta cuenta está bloqueada tras 5 contraseñas incorrectas."
    )


def test_a_refusal_names_the_role_and_the_permission_in_spanish(spanish: None) -> None:
    desk = Actor(1, "frontdesk", Role.FRONT_DESK, 1, "Fran Desk")
    with pytest.raises(PermissionDenied) as caught:
        require(desk, Permission.MANAGE_BACKUPS)
    assert caught.value.message == (
        "Su cuenta (recepción) no tiene permiso para hacer y restaurar copias de seguridad. "
        "Pida ayuda a un administrador si lo necesita."
    )


def test_english_is_the_default_and_a_missing_catalogue_leaves_english(tmp_path: object) -> None:
    assert i18n._("Wrong user name or password.") == "Wrong user name or password."
    i18n.activate("es", "es_MX", paths.resource("no such folder"))
    assert i18n.active_language() == "es" and i18n.active_locale() == "es_MX"
    assert i18n._("Wrong user name or password.") == "Wrong user name or password."


@pytest.mark.parametrize(
    ("system", "language", "locale"),
    [
        ("en_US", None, "en_US"),
        ("es_US", None, "es_US"),
        ("en_US", "es", "es_US"),
        ("es_ES", "en", "en_ES"),
        ("fr_FR", None, "en_FR"),
        ("de_DE", "es", "es"),  # no such locale: Spanish as Spain writes it
        ("C", None, "en_US"),
    ],
)
def test_the_language_and_the_region(system: str, language: str | None, locale: str) -> None:
    active = i18n.activate(language, system, paths.resource("translations"))
    assert active.locale == locale


def test_each_person_chooses_their_own_language(database: Database) -> None:
    admin = factories.center(database)
    factories.staff_with_login(database, admin, "sam", Role.SPECIALIST)
    with database.reader() as s:
        sam = factories.actor(s, "sam")
    with database.session() as s:
        preferences.set_my_language(s, sam, "es")
    with database.session() as s:
        preferences.set_my_language(s, sam, "es")  # no change: nothing audited
    with database.reader() as s:
        assert preferences.my_language(s, sam) == "es"
        assert preferences.my_language(s, admin) is None
        assert s.scalar(select(User.language).where(User.username == "admin")) is None
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "change_language")).all()
        assert [(e.username, e.details) for e in events] == [("sam", {"from": None, "to": "es"})]
    assert auth.login(database, "sam", factories.PASSWORD).language == "es"
    with pytest.raises(ValidationError) as caught, database.session() as s:
        preferences.set_my_language(s, sam, "fr")
    assert caught.value.field_errors == {
        "language": "Choose English or Spanish, or the language of this computer."
    }
