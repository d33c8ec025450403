"""Random and hostile input through the staff, participant and settings forms on both
engines: a form is either saved as cleaned or refused with ValidationError, and a refused form
leaves nothing behind."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from peercenter.db.engine import Database
from peercenter.db.models import Base
from peercenter.domain.enums import ParticipantStatus, Role
from peercenter.domain.errors import ValidationError
from peercenter.services import participants, staff
from peercenter.services import settings as center_settings
from peercenter.services.context import Actor
from tests import factories
from tests.unit.test_fuzz_validation import HOSTILE

FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TEXT = st.one_of(HOSTILE, st.text(max_size=120), st.text(max_size=3000))
DATES = st.one_of(st.none(), st.dates(date(1800, 1, 1), date(2200, 1, 1)))


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for table in Base.metadata.sorted_tables
        }


def _attempt(db: Database, call: Any) -> Any:
    """Run one form submission as the app does; on refusal nothing may have changed."""
    before = _counts(db)
    try:
        with db.session() as s:
            return call(s)
    except (ValidationError, participants.PossibleDuplicate) as exc:
        assert exc.message
        assert _counts(db) == before
        return exc


participant_forms = st.builds(
    participants.ParticipantForm,
    preferred_name=TEXT,
    last_name=TEXT,
    phone=TEXT,
    email=TEXT,
    status=st.sampled_from(ParticipantStatus),
    intake_date=DATES,
    consent_on_sign_in=st.booleans(),
    consent_full_last_name=st.booleans(),
    consent_contact=st.booleans(),
    notes=TEXT,
)


def test_participant_forms(database: Database) -> None:
    admin = factories.center(database)

    @FUZZ
    @given(participant_forms, participant_forms)
    def run(first: participants.ParticipantForm, second: participants.ParticipantForm) -> None:
        made = _attempt(database, lambda s: participants.create(s, admin, first))
        if isinstance(made, ValidationError | participants.PossibleDuplicate):
            return
        assert made.form.preferred_name.strip() == made.form.preferred_name != ""
        with database.reader() as s:
            assert participants.get(s, admin, made.id).form == made.form
        _attempt(database, lambda s: participants.update(s, admin, made.id, second, made.version))

    run()


staff_forms = st.builds(
    staff.StaffForm,
    first_name=TEXT,
    last_name=TEXT,
    preferred_name=TEXT,
    email=TEXT,
    phone=TEXT,
    is_specialist=st.booleans(),
    is_supervisor=st.booleans(),
    supervisor_id=st.one_of(st.none(), st.integers(-5, 10**12)),
    weekly_hours_cap=st.one_of(
        st.floats(allow_nan=True, allow_infinity=True), st.integers(-100, 200)
    ),
    hire_date=DATES,
    notes=TEXT,
)
login_forms = st.one_of(
    st.none(),
    st.builds(
        staff.LoginForm,
        username=st.one_of(TEXT, st.from_regex(r"\A[a-z][a-z0-9._-]{1,20}\Z")),
        role=st.sampled_from(Role),
        password=st.one_of(TEXT, st.just("a long enough password")),
        is_active=st.booleans(),
    ),
)


def test_staff_forms(database: Database) -> None:
    admin = factories.center(database)

    @FUZZ
    @given(staff_forms, login_forms, staff_forms)
    def run(form: staff.StaffForm, login: staff.LoginForm | None, second: staff.StaffForm) -> None:
        made = _attempt(database, lambda s: staff.create_staff(s, admin, form, login))
        if isinstance(made, ValidationError):
            return
        assert 1 <= made.form.weekly_hours_cap <= 80
        _attempt(database, lambda s: staff.update_staff(s, admin, made.id, second, made.version))

    run()


def test_settings_form(database: Database) -> None:
    admin: Actor = factories.center(database)
    keys = st.one_of(st.sampled_from(sorted(center_settings.SPECS)), TEXT)
    values = st.one_of(
        TEXT,
        st.integers(-(10**20), 10**20),
        st.floats(allow_nan=True),
        st.booleans(),
        st.none(),
        st.lists(st.integers(), max_size=3),
    )

    @FUZZ
    @given(keys, values)
    def run(key: str, value: Any) -> None:
        saved = _attempt(database, lambda s: center_settings.set_value(s, admin, key, value))
        if isinstance(saved, ValidationError):
            return
        with database.reader() as s:
            stored = center_settings.get(s, key)
        assert isinstance(stored, center_settings.SPECS[key].kind)

    run()
