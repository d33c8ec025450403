"""First start: name the center and create the first administrator."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from peercenter.db.models import Staff, User
from peercenter.db.server.logins import server_of
from peercenter.domain import validation
from peercenter.domain.enums import Role
from peercenter.domain.errors import ValidationError
from peercenter.i18n import _
from peercenter.services import audit, settings
from peercenter.services.auth import has_admin, store_password
from peercenter.services.clock import now
from peercenter.services.context import Actor
from peercenter.services.signin_answers import actor_for


@dataclass(frozen=True)
class FirstStart:
    center_name: str
    timezone: str
    first_name: str
    last_name: str
    username: str
    password: str
    password_again: str


def is_set_up(session: Session) -> bool:
    # A server is set up together with its first administrator (peercenter server setup).
    return server_of(session) is not None or has_admin(session)


def check_first_start(form: FirstStart) -> None:
    """Every problem with the form, before anything is created."""
    _checked(form)


def _checked(form: FirstStart) -> tuple[str, str, str, str]:
    errors = validation.FormErrors()
    center = errors.check(
        "center_name",
        validation.text,
        form.center_name,
        _("Center name"),
        "center_name",
        max_length=120,
    )
    first = errors.check(
        "first_name", validation.text, form.first_name, _("First name"), "first_name", max_length=80
    )
    last = errors.check(
        "last_name", validation.text, form.last_name, _("Last name"), "last_name", max_length=80
    )
    user_name = errors.check("username", validation.username, form.username)
    password = errors.check(
        "password", validation.password, form.password, user_name=str(user_name or "")
    )
    if password is not None and form.password != form.password_again:
        errors.add("password_again", _("The two passwords are not the same."))
    tz_problem = settings.SPECS["center.timezone"].check(form.timezone)  # type: ignore[misc]
    if tz_problem:
        errors.add("timezone", tz_problem)
    errors.raise_if_any()
    return str(center), str(first), str(last), str(user_name)


def create_center(session: Session, form: FirstStart) -> Actor:
    """Only possible while no administrator exists; everything commits together."""
    if has_admin(session):
        raise ValidationError(_("This center is already set up. Sign in instead."))
    center, first, last, user_name = _checked(form)
    staff = Staff(
        first_name=str(first), last_name=str(last), is_specialist=False, is_supervisor=False
    )
    user = User(
        username=str(user_name),
        role=Role.ADMIN,
        staff=staff,
        password_hash="",
        password_changed_at=now(),
    )
    session.add_all([staff, user])
    store_password(session, user, form.password)
    session.flush()
    actor = actor_for(user)
    settings.set_value(session, actor, "center.name", center)
    settings.set_value(session, actor, "center.timezone", form.timezone)
    audit.record(session, actor, "create", "center", None, {"name": center})
    from peercenter.services.handouts import library  # only when a center is created

    library.sync_builtin(session)
    audit.record(
        session,
        actor,
        "create",
        "user",
        user.id,
        {"username": user.username, "role": Role.ADMIN.value},
    )
    return actor
