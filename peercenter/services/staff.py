"""Staff members and their logins (administrators only change them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, joinedload

from peercenter.db.models import Staff, User
from peercenter.db.server.logins import server_of
from peercenter.domain import access_log, validation
from peercenter.domain.enums import Role, StaffStatus
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.names import staff_display_name
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.services import audit, settings, views
from peercenter.services.auth import store_password
from peercenter.services.clock import now
from peercenter.services.concurrency import check_version
from peercenter.services.context import Actor, require
from peercenter.services.updating import update_audited


@dataclass(frozen=True)
class StaffForm:
    first_name: str
    last_name: str
    preferred_name: str = ""
    email: str = ""
    phone: str = ""
    is_specialist: bool = True
    is_supervisor: bool = False
    supervisor_id: int | None = None
    weekly_hours_cap: float = 40.0
    hire_date: date | None = None
    notes: str = ""
    # What they sign with ("LCDC, CPRS") and that credential's number.
    credentials: str = ""
    credential_number: str = ""


@dataclass(frozen=True)
class LoginForm:
    """A login for the staff member; a blank password keeps the current one."""

    username: str
    role: Role
    password: str = ""
    is_active: bool = True


@dataclass(frozen=True)
class LoginInfo:
    username: str
    role: Role
    is_active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    roles: str
    status: StaffStatus
    supervisor_name: str
    weekly_hours_cap: float
    hire_date: date | None
    login: LoginInfo | None
    version: int
    # A staff directory: colleagues' phone and e-mail are for staff (never on paper).
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class StaffDetail:
    id: int
    version: int
    status: StaffStatus
    end_date: date | None
    form: StaffForm
    login: LoginInfo | None = field(default=None)
    # False when the actor may not read the HR notes: ``form.notes`` is then blank.
    notes_visible: bool = False

    @property
    def name(self) -> str:
        return staff_display_name(
            self.form.first_name, self.form.last_name, self.form.preferred_name
        )


def _name(staff: Staff) -> str:
    return staff_display_name(staff.first_name, staff.last_name, staff.preferred_name)


def _roles(staff: Staff) -> str:
    parts = [
        label
        for flag, label in (
            (staff.is_specialist, _("Peer specialist")),
            (staff.is_supervisor, _("Supervisor")),
        )
        if flag
    ]
    return ", ".join(parts) or _("Staff")


def _login_info(user: User | None) -> LoginInfo | None:
    if user is None:
        return None
    return LoginInfo(
        user.username, user.role, user.is_active, user.locked_until, user.last_login_at
    )


def notes_visible(session: Session, actor: Actor, staff: Staff) -> bool:
    """HR notes are for administrators, and for the person's own supervisor where the center
    allows it (a setting)."""
    if actor.can(Permission.VIEW_STAFF_HR_NOTES):
        return True
    return (
        actor.can(Permission.VIEW_SUPERVISEE_HR_NOTES)
        and staff.supervisor_id == actor.staff_id
        and bool(settings.get(session, access_log.SUPERVISOR_READS_HR_NOTES))
    )


def _hr_notes(session: Session, actor: Actor, staff: Staff) -> str | None:
    """The notes, or None when the actor may not read them. On a server only administrators
    read the column; a supervisor gets them through the server's own check of the setting."""
    if not notes_visible(session, actor, staff):
        return None
    if server_of(session) is not None and not actor.can(Permission.VIEW_STAFF_HR_NOTES):
        from peercenter.db.server.names import PRIVATE_SCHEMA

        found = session.scalar(
            text(f"SELECT {PRIVATE_SCHEMA}.staff_hr_notes(:id)"), {"id": staff.id}
        )
        return str(found or "")
    return staff.notes or ""


def _detail(staff: Staff, with_login: bool, notes: str | None = None) -> StaffDetail:
    """``with_login``: for an administrator, who also sees the login. ``notes``: the HR
    notes, for those who may read them."""
    form = StaffForm(
        first_name=staff.first_name,
        last_name=staff.last_name,
        preferred_name=staff.preferred_name or "",
        email=staff.email or "",
        phone=staff.phone or "",
        is_specialist=staff.is_specialist,
        is_supervisor=staff.is_supervisor,
        supervisor_id=staff.supervisor_id,
        weekly_hours_cap=staff.weekly_hours_cap,
        hire_date=staff.hire_date,
        notes=notes or "",
        credentials=staff.credentials or "",
        credential_number=staff.credential_number or "",
    )
    return StaffDetail(
        staff.id,
        staff.version,
        staff.status,
        staff.end_date,
        form,
        _login_info(staff.user) if with_login else None,
        notes is not None,
    )


def list_staff(session: Session, actor: Actor, include_inactive: bool = True) -> list[StaffRow]:
    require(actor, Permission.VIEW_STAFF)
    with_login = actor.can(Permission.MANAGE_STAFF)
    query = select(Staff).options(joinedload(Staff.user), joinedload(Staff.supervisor))
    if not include_inactive:
        query = query.where(Staff.status != StaffStatus.INACTIVE)
    rows = []
    for staff in session.scalars(query.order_by(Staff.last_name, Staff.first_name)).unique():
        rows.append(
            StaffRow(
                id=staff.id,
                name=_name(staff),
                roles=_roles(staff),
                status=staff.status,
                supervisor_name=_name(staff.supervisor) if staff.supervisor else "",
                weekly_hours_cap=staff.weekly_hours_cap,
                hire_date=staff.hire_date,
                login=_login_info(staff.user) if with_login else None,
                version=staff.version,
                phone=staff.phone or "",
                email=staff.email or "",
            )
        )
    return rows


def get_staff(session: Session, actor: Actor, staff_id: int) -> StaffDetail:
    require(actor, Permission.VIEW_STAFF)
    found = _load(session, staff_id)
    notes = _hr_notes(session, actor, found)
    views.record_colleague_view(
        session, actor, access_log.STAFF_RECORD, found.id, {"hr_notes": notes is not None}
    )
    return _detail(found, actor.can(Permission.MANAGE_STAFF), notes)


def supervisor_choices(session: Session, actor: Actor) -> list[tuple[int, str]]:
    require(actor, Permission.VIEW_STAFF)
    query = (
        select(Staff)
        .where(Staff.is_supervisor.is_(True), Staff.status != StaffStatus.INACTIVE)
        .order_by(Staff.last_name, Staff.first_name)
    )
    return [(s.id, _name(s)) for s in session.scalars(query)]


def _load(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFound(_("That staff member no longer exists."))
    return staff


def _clean(session: Session, form: StaffForm, staff_id: int | None) -> dict[str, object]:
    errors = validation.FormErrors()
    values: dict[str, object] = {
        "first_name": errors.check(
            "first_name",
            validation.text,
            form.first_name,
            _("First name"),
            "first_name",
            max_length=80,
        ),
        "last_name": errors.check(
            "last_name", validation.text, form.last_name, _("Last name"), "last_name", max_length=80
        ),
        "preferred_name": errors.check(
            "preferred_name",
            validation.text,
            form.preferred_name,
            _("Preferred name"),
            "preferred_name",
            required=False,
            max_length=80,
        )
        or None,
        "email": errors.check("email", validation.optional_email, form.email),
        "phone": errors.check("phone", validation.optional_phone, form.phone),
        "weekly_hours_cap": errors.check(
            "weekly_hours_cap",
            validation.number_in_range,
            form.weekly_hours_cap,
            _("Weekly hours cap"),
            "weekly_hours_cap",
            minimum=1,
            maximum=80,
        ),
        "notes": errors.check(
            "notes",
            validation.text,
            form.notes,
            _("Notes"),
            "notes",
            required=False,
            max_length=2000,
        )
        or None,
        "credentials": errors.check(
            "credentials",
            validation.text,
            form.credentials,
            _("Credentials"),
            "credentials",
            required=False,
            max_length=80,
        )
        or None,
        "credential_number": errors.check(
            "credential_number",
            validation.text,
            form.credential_number,
            _("Credential number"),
            "credential_number",
            required=False,
            max_length=60,
        )
        or None,
        "is_specialist": bool(form.is_specialist),
        "is_supervisor": bool(form.is_supervisor),
        "hire_date": form.hire_date,
        "supervisor_id": form.supervisor_id,
    }
    if form.hire_date is not None and form.hire_date.year < 1950:
        errors.add("hire_date", _("The hire date looks wrong."))
    if form.supervisor_id is not None:
        _check_supervisor(session, errors, form.supervisor_id, staff_id)
    errors.raise_if_any()
    return values


def _check_supervisor(
    session: Session, errors: validation.FormErrors, supervisor_id: int, staff_id: int | None
) -> None:
    # An id no database column can hold is not looked up at all (PostgreSQL would refuse it).
    supervisor = session.get(Staff, supervisor_id) if 0 < supervisor_id < 2**31 else None
    if supervisor is None or not supervisor.is_supervisor:
        errors.add("supervisor_id", _("Choose a supervisor from the list."))
        return
    if supervisor.status is StaffStatus.INACTIVE:
        errors.add(
            "supervisor_id",
            _("{supervisor} is no longer active.").format(supervisor=_name(supervisor)),
        )
        return
    seen: set[int] = set()
    current: Staff | None = supervisor
    while current is not None and current.id not in seen:
        if current.id == staff_id:
            errors.add(
                "supervisor_id",
                _("Someone cannot be supervised by themselves or by a person they supervise."),
            )
            return
        seen.add(current.id)
        current = current.supervisor


def create_staff(
    session: Session, actor: Actor, form: StaffForm, login: LoginForm | None = None
) -> StaffDetail:
    require(actor, Permission.MANAGE_STAFF)
    values = _clean(session, form, None)
    staff = Staff(**values, status=StaffStatus.ACTIVE)
    session.add(staff)
    session.flush()
    audit.record(session, actor, "create", "staff", staff.id, {"name": _name(staff)})
    if login is not None:
        _apply_login(session, actor, staff, login)
    session.flush()
    return _detail(staff, True, staff.notes or "")


def update_staff(
    session: Session,
    actor: Actor,
    staff_id: int,
    form: StaffForm,
    expected_version: int | None,
    login: LoginForm | None = None,
) -> StaffDetail:
    require(actor, Permission.MANAGE_STAFF)
    staff = _load(session, staff_id)
    update_audited(
        session, actor, "staff", staff, expected_version, lambda: _clean(session, form, staff_id)
    )
    if login is not None:
        _apply_login(session, actor, staff, login)
    session.flush()
    return _detail(staff, True, staff.notes or "")


def _apply_login(session: Session, actor: Actor, staff: Staff, login: LoginForm) -> None:
    errors = validation.FormErrors()
    username = errors.check("username", validation.username, login.username)
    user = staff.user
    if username is not None:
        taken = session.scalar(select(User).where(User.username == username))
        if taken is not None and taken is not user:
            errors.add(
                "username",
                _(
                    "The user name '{username}' is already taken by {staff}. Logins are never "
                    "shared."
                ).format(username=username, staff=_name(taken.staff)),
            )
    if user is None or login.password:
        errors.check("password", validation.password, login.password, user_name=str(username or ""))
    if user is not None and user.id == actor.user_id and not login.is_active:
        errors.add("is_active", _("You cannot switch off your own login."))
    if (
        user is not None
        and user.id == actor.user_id
        and username is not None
        and username != user.username
        and server_of(session) is not None
    ):
        # The server cannot rename the role of a connection that is signed in with it.
        errors.add(
            "username",
            _(
                "You cannot change your own user name while signed in with it; ask another "
                "administrator."
            ),
        )
    if (
        user is not None
        and user.role is Role.ADMIN
        and (login.role is not Role.ADMIN or not login.is_active)
        and _last_admin(session, user)
    ):
        errors.add(
            "role",
            _("This is the only active administrator; make someone else an administrator first."),
        )
    errors.raise_if_any()
    if user is None:
        user = User(
            username=str(username),
            role=login.role,
            staff=staff,
            password_hash="",
            is_active=login.is_active,
            password_changed_at=now(),
        )
        session.add(user)
        store_password(session, user, login.password)
        session.flush()
        audit.record(
            session,
            actor,
            "create",
            "user",
            user.id,
            {"username": user.username, "role": login.role.value},
        )
        return
    before = {"username": user.username, "role": user.role, "is_active": user.is_active}
    after = {"username": str(username), "role": login.role, "is_active": login.is_active}
    user.username, user.role, user.is_active = str(username), login.role, login.is_active
    diff = audit.changes(before, after)
    if login.password:
        user.failed_attempts, user.locked_until = 0, None
        store_password(session, user, login.password)
        diff["password"] = "reset"
    if diff:
        audit.record(session, actor, "update", "user", user.id, diff)


def _last_admin(session: Session, user: User) -> bool:
    others = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == Role.ADMIN, User.is_active.is_(True), User.id != user.id)
    )
    return not others


def set_active(
    session: Session,
    actor: Actor,
    staff_id: int,
    active: bool,
    expected_version: int | None = None,
    on: date | None = None,
) -> StaffDetail:
    """Deactivate (keeping every record) or reactivate a staff member and their login."""
    require(actor, Permission.MANAGE_STAFF)
    staff = _load(session, staff_id)
    check_version(staff, expected_version)
    if not active:
        if staff.id == actor.staff_id:
            raise ValidationError(_("You cannot deactivate yourself."))
        if (
            staff.user is not None
            and staff.user.role is Role.ADMIN
            and staff.user.is_active
            and _last_admin(session, staff.user)
        ):
            raise ValidationError(
                _(
                    "This is the only active administrator; "
                    "make someone else an administrator first."
                )
            )
        end = on or now().date()
        if staff.hire_date is not None and end < staff.hire_date:
            raise ValidationError(
                _("The last day cannot be before the hire date."), field="end_date"
            )
        staff.status, staff.end_date = StaffStatus.INACTIVE, end
        if staff.user is not None:
            staff.user.is_active = False
    else:
        staff.status, staff.end_date = StaffStatus.ACTIVE, None
        if staff.user is not None:
            staff.user.is_active = True
    audit.record(
        session,
        actor,
        "deactivate" if not active else "reactivate",
        "staff",
        staff.id,
        {"name": _name(staff)},
    )
    session.flush()
    return _detail(staff, True, staff.notes or "")


def unlock_login(session: Session, actor: Actor, staff_id: int) -> None:
    require(actor, Permission.MANAGE_STAFF)
    staff = _load(session, staff_id)
    if staff.user is None:
        raise ValidationError(_("{staff} has no login.").format(staff=_name(staff)))
    staff.user.failed_attempts, staff.user.locked_until = 0, None
    audit.record(session, actor, "unlock", "user", staff.user.id)
