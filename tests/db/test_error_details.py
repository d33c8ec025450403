"""A database error shown to a person (or in a crash report) never carries the values of the
statement: a password hash in a failed save stays out of the message."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from peercenter.db.engine import Database, describe_error
from peercenter.db.models import Staff, User
from peercenter.domain.enums import Role
from tests.factories import center

SECRET_HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2VjcmV0c2FsdA$notarealhashbutsecret"


def test_a_failed_save_does_not_show_the_hash(database: Database) -> None:
    center(database)
    with pytest.raises(IntegrityError) as failure, database.session() as s:
        staff = Staff(first_name="Dup", last_name="Licate")
        s.add(staff)
        s.add(User(username="admin", role=Role.ADMIN, password_hash=SECRET_HASH, staff=staff))
        s.flush()
    assert "notarealhashbutsecret" not in str(failure.value)
    assert "notarealhashbutsecret" not in describe_error(failure.value)
    assert "users" in str(failure.value)  # what failed is still said
