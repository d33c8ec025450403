"""Shipped topics and the center's edits living together in the topics table."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, Topic
from peercenter.domain.enums import Role
from peercenter.domain.errors import ConcurrentEditError, PermissionDenied, ValidationError
from peercenter.services.handouts import library, topics
from tests import factories


def _gratitude(db: Database) -> topics.TopicDetail:
    with db.session() as s:
        admin = factories.actor(s, "admin")
        row = next(
            r for r in topics.list_topics(s, admin) if (r.slug, r.language) == ("gratitude", "en")
        )
        return topics.get_topic(s, admin, row.id)


def test_a_new_center_has_the_shipped_library(database: Database) -> None:
    factories.center(database)
    with database.session() as s:
        rows = topics.list_topics(s, factories.actor(s, "admin"))
    assert len(rows) == 18 and all(r.is_builtin and not r.problem for r in rows)
    assert rows[-1].slug == "ground-rules"  # the agreements come last


def test_edits_win_over_the_file_until_restored(database: Database) -> None:
    factories.center(database)
    detail = _gratitude(database)
    form = replace(detail.form, title="Gratitude Practice")
    with database.session() as s:
        saved = topics.save_topic(
            s, factories.actor(s, "admin"), detail.row.id, form, detail.row.version
        )
    assert not saved.row.is_builtin and saved.row.has_shipped_text
    with database.session() as s:
        assert library.sync_builtin(s) == 0  # the file does not overwrite the edit
        assert s.get(Topic, detail.row.id).title == "Gratitude Practice"  # type: ignore[union-attr]
    with database.session() as s:
        restored = topics.restore_shipped(s, factories.actor(s, "admin"), detail.row.id)
    assert restored.row.is_builtin and restored.form.title == "Gratitude"
    with database.session() as s:
        actions = [
            e.action
            for e in s.scalars(
                select(AuditEvent).where(AuditEvent.entity == "topic").order_by(AuditEvent.id)
            )
        ]
    assert actions[-2:] == ["update", "restore"]


def test_builtin_rows_follow_a_changed_file(database: Database) -> None:
    factories.center(database)
    with database.session() as s:
        row = s.scalars(
            select(Topic).where(Topic.slug == "self-care", Topic.language == "es")
        ).one()
        row.title = "Old wording from an earlier release"
    with database.session() as s:
        assert library.sync_builtin(s) == 1
        assert (
            s.scalars(
                select(Topic.title).where(Topic.slug == "self-care", Topic.language == "es")
            ).one()
            == "El autocuidado en la recuperación"
        )


def test_saving_checks_text_versions_and_names(database: Database) -> None:
    factories.center(database)
    detail = _gratitude(database)
    with database.session() as s, pytest.raises(ValidationError) as caught:
        topics.save_topic(
            s,
            factories.actor(s, "admin"),
            detail.row.id,
            replace(detail.form, exercise_steps=""),
            detail.row.version,
        )
    assert caught.value.field_errors == {
        "exercise_steps": "'exercise steps' has no lines: add at least one."
    }
    with database.session() as s, pytest.raises(ConcurrentEditError):
        topics.save_topic(
            s,
            factories.actor(s, "admin"),
            detail.row.id,
            replace(detail.form, title="X"),
            detail.row.version - 1,
        )
    with (
        database.session() as s,
        pytest.raises(ValidationError, match="already a topic called 'gratitude' in English"),
    ):
        topics.save_topic(s, factories.actor(s, "admin"), None, detail.form)
    with database.session() as s, pytest.raises(ValidationError, match="cannot be deleted"):
        topics.delete_topic(s, factories.actor(s, "admin"), detail.row.id)


def test_only_permitted_roles_edit(database: Database) -> None:
    admin = factories.center(database)
    factories.staff_with_login(database, admin, "spec", Role.SPECIALIST)
    factories.staff_with_login(database, admin, "desk", Role.FRONT_DESK, first="Dee")
    detail = _gratitude(database)
    form = replace(detail.form, title="Thanks")
    with database.session() as s, pytest.raises(PermissionDenied):
        topics.save_topic(s, factories.actor(s, "spec"), detail.row.id, form)
    with database.session() as s:
        topics.save_topic(s, factories.actor(s, "desk"), detail.row.id, form)
