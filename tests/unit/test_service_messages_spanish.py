"""A sample of what the services refuse, warn and report, as a Spanish-speaking person reads
it: values in their place, plural forms, labels of settings and columns in Spanish; and the
same words in English when English is the language."""

from __future__ import annotations

import pytest

from peercenter import i18n, paths
from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.domain.errors import NotFound, PermissionDenied, ValidationError
from peercenter.domain.permissions import Permission
from peercenter.services import lookup, settings
from peercenter.services.csv_import import reading
from peercenter.services.csv_import.reading import BadImportFile
from peercenter.services.csv_import.sheet import rows
from peercenter.services.schedule import rooms
from peercenter.services.wellbeing import access
from tests import factories
from tests.translations_helper import compiled


@pytest.fixture
def spanish() -> None:
    compiled()
    i18n.activate("es", "en_US", paths.resource("translations"))


def _room_twice(database: Database) -> str:
    admin = factories.center(database)
    with database.session() as s:
        rooms.create_room(s, admin, rooms.RoomForm("Sala Azul", 12))
    with pytest.raises(ValidationError) as caught, database.session() as s:
        rooms.create_room(s, admin, rooms.RoomForm("sala azul", 12))
    return caught.value.field_errors["name"]


def test_a_clash_names_the_room_in_spanish(spanish: None, database: Database) -> None:
    assert _room_twice(database) == "Ya hay una sala llamada 'Sala Azul'."


def test_the_same_clash_stays_english_by_default(database: Database) -> None:
    assert _room_twice(database) == "There is already a room called 'Sala Azul'."


def test_a_setting_is_refused_with_its_spanish_label(spanish: None, database: Database) -> None:
    admin = factories.center(database)
    with pytest.raises(ValidationError) as caught, database.session() as s:
        settings.set_value(s, admin, "center.name", "   ")
    assert caught.value.field_errors == {"center.name": "Nombre del centro: no puede quedar vacío."}
    with pytest.raises(ValidationError) as caught, database.session() as s:
        settings.set_value(s, admin, "handouts.paper", "legal")
    assert caught.value.message == "Tamaño del papel: debe ser uno de letter, a4."


def test_an_import_file_problem_and_row_counts_in_spanish(spanish: None) -> None:
    with pytest.raises(BadImportFile) as caught:
        reading.read_table(b"preferred_name,last_name\n")
    assert caught.value.message == (
        "El archivo tiene una línea de encabezado pero ninguna fila debajo."
    )
    with pytest.raises(BadImportFile) as caught:
        reading.read_table(b"%PDF-1.7 ...")
    assert caught.value.message.startswith(
        "Esto es un documento PDF, no un archivo de texto CSV. En el programa de hojas de "
        "cálculo elija Guardar como"
    )
    assert (rows(1), rows(3)) == ("1 fila", "3 filas")


def test_a_name_typed_for_several_people_in_spanish(spanish: None) -> None:
    candidates = [
        lookup.Candidate(("Lena Ortiz", "Lena"), "Lena Ortiz", 1),
        lookup.Candidate(("Lena Marsh", "Lena"), "Lena Marsh", 2),
    ]
    with pytest.raises(ValidationError) as caught:
        lookup.pick("lena", candidates, i18n._("staff member"))
    assert caught.value.message == (
        "'lena' coincide con varios resultados: Lena Ortiz, Lena Marsh. Escriba más del nombre."
    )
    with pytest.raises(NotFound) as missing:
        lookup.pick("Ana", candidates, i18n._("room"), list_known=True)
    assert missing.value.message == (
        "No se encontró sala que coincida con 'Ana'. Conocidos: Lena Ortiz, Lena Marsh."
    )


def test_private_wellbeing_is_refused_in_spanish(spanish: None, database: Database) -> None:
    admin = factories.center(database)
    factories.staff_with_login(database, admin, "sam", Role.SPECIALIST)
    kim = factories.staff_with_login(database, admin, "kim", Role.SPECIALIST, "Kim", "Lee")
    with database.reader() as s:
        sam = factories.actor(s, "sam")
        assert not sam.can(Permission.VIEW_WELLBEING_ALL)
        with pytest.raises(PermissionDenied) as caught:
            access.require_view(s, sam, kim)
    assert caught.value.message == (
        "Los registros de bienestar y las alertas de agotamiento son privados: solo pueden "
        "verlos la persona, su supervisor y los administradores."
    )
