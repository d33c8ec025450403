"""What each app role may read and write on a center's server: table grants, hidden columns
and row-level security policies, the permission matrix of peercenter.domain.permissions
written the way PostgreSQL enforces it. The services check the same matrix on every call;
this is the second lock, for anyone who connects without the program.

Applied by ``peercenter server setup`` and again after every ``db upgrade`` on a server, so
new tables and columns are covered the moment they exist. Every statement can be run again."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, inspect, text

from peercenter.db.server.functions import EXECUTE_GRANTS
from peercenter.db.server.names import PRIVATE_SCHEMA, ServerNames
from peercenter.domain.enums import Role

A, S, F, P = Role.ADMIN, Role.SUPERVISOR, Role.FRONT_DESK, Role.SPECIALIST
EVERYONE = (A, S, F, P)
SCHEDULERS = (A, S, F)  # create and change groups, sessions, rosters, participants

_ME = f"(SELECT {PRIVATE_SCHEMA}.my_staff_id())"


def _among(column: str, function: str) -> str:
    """``column`` is one of the ids a function of the signed-in person lists (worked out
    once per statement, not once per row)."""
    return f"{column} = ANY ((SELECT {PRIVATE_SCHEMA}.{function})::integer[])"


OWN = f"staff_id = {_ME}"
SUPERVISEES = _among("staff_id", "my_supervisees()")
OWN_LOGIN = f"username = (SELECT {PRIVATE_SCHEMA}.person_username())"
OWN_PREFERENCES = ("language", "updated_at")  # the columns peercenter.services.preferences sets
HELD_BY_ME = (
    "EXISTS (SELECT 1 FROM public.supervision_sessions v "
    f"WHERE v.id = supervision_id AND v.supervisor_id = {_ME})"
)
VISIBLE_CERTIFICATE = (
    "EXISTS (SELECT 1 FROM public.training_records t WHERE t.certificate_sha256 = sha256) "
    f"OR NOT {PRIVATE_SCHEMA}.certificate_in_use(sha256)"
)


@dataclass(frozen=True)
class Policy:
    command: str  # SELECT, INSERT, UPDATE, DELETE or ALL
    roles: tuple[Role, ...]
    using: str | None = None
    check: str | None = None


@dataclass(frozen=True)
class TableRules:
    read: tuple[Role, ...]
    write: tuple[Role, ...] = ()  # insert, update and delete
    insert: tuple[Role, ...] = ()
    update: tuple[Role, ...] = ()
    delete: tuple[Role, ...] = ()
    # Columns some roles may not read (the rest of the table they may).
    hidden: Mapping[Role, tuple[str, ...]] = field(default_factory=dict)
    # With policies the table has row-level security: a role sees and writes only the rows
    # a policy of its own lets through.
    policies: tuple[Policy, ...] = ()
    # Columns some roles may change and no others (a policy says in which rows).
    update_columns: Mapping[Role, tuple[str, ...]] = field(default_factory=dict)


CREDENTIAL_SCOPE = (
    Policy("ALL", (A,), "true"),
    Policy("ALL", (S,), f"{OWN} OR {SUPERVISEES}"),
    Policy("ALL", (P,), OWN),
)

TABLES: dict[str, TableRules] = {
    "alembic_version": TableRules(EVERYONE),
    "staff": TableRules(
        EVERYONE, insert=(A,), update=(A,), hidden={S: ("notes",), F: ("notes",), P: ("notes",)}
    ),
    "users": TableRules(
        EVERYONE,
        insert=(A,),
        update=(A,),
        policies=(
            Policy("ALL", (A,), "true"),
            Policy("SELECT", (S, F, P), OWN_LOGIN),
            # Everyone chooses the language of their own window, and nothing else.
            Policy("UPDATE", (S, F, P), OWN_LOGIN, OWN_LOGIN),
        ),
        update_columns=dict.fromkeys((S, F, P), OWN_PREFERENCES),
    ),
    "participants": TableRules(
        EVERYONE, insert=SCHEDULERS, update=SCHEDULERS, hidden={P: ("phone", "email")}
    ),
    "rooms": TableRules(EVERYONE, insert=(A, F), update=(A, F)),
    "groups": TableRules(EVERYONE, write=SCHEDULERS),
    "group_facilitators": TableRules(EVERYONE, write=SCHEDULERS),
    "sessions": TableRules(EVERYONE, write=SCHEDULERS),
    "session_facilitators": TableRules(EVERYONE, write=SCHEDULERS),
    "enrollments": TableRules(EVERYONE, write=SCHEDULERS),
    "closures": TableRules(EVERYONE, write=SCHEDULERS),
    "attendance": TableRules(EVERYONE, write=EVERYONE),
    "topics": TableRules(EVERYONE, write=SCHEDULERS),
    "credential_programs": TableRules(EVERYONE, write=(A, S)),
    "requirements": TableRules(EVERYONE, write=(A, S)),
    "staff_credentials": TableRules(
        (A, S, P),
        write=(A, S),
        policies=(
            Policy("ALL", (A,), "true"),
            Policy("SELECT", (S,), f"{OWN} OR {SUPERVISEES}"),
            Policy("SELECT", (P,), OWN),
            Policy("INSERT", (S,), check=SUPERVISEES),
            Policy("UPDATE", (S,), SUPERVISEES),
            Policy("DELETE", (S,), SUPERVISEES),
        ),
    ),
    "training_records": TableRules((A, S, P), write=(A, S, P), policies=CREDENTIAL_SCOPE),
    "time_entries": TableRules((A, S, P), write=(A, S, P), policies=CREDENTIAL_SCOPE),
    "certificate_files": TableRules(
        (A, S, P),
        insert=(A, S, P),
        delete=(A, S, P),
        policies=(
            Policy("ALL", (A,), "true"),
            Policy("SELECT", (S, P), VISIBLE_CERTIFICATE),
            Policy("INSERT", (S, P), check="true"),
            Policy("DELETE", (S, P), f"NOT {PRIVATE_SCHEMA}.certificate_in_use(sha256)"),
        ),
    ),
    "supervision_sessions": TableRules(
        (A, S, P),
        write=(A, S),
        policies=(
            Policy("ALL", (A,), "true"),
            Policy(
                "SELECT",
                (S,),
                # Held by me, tested on the row itself too: a session just logged (and
                # read back by RETURNING) is not in a list made before it existed.
                f"supervisor_id = {_ME} OR " + _among("id", "my_supervisions(true)"),
            ),
            Policy(
                "SELECT",
                (P,),
                _among("id", "my_supervisions(false)"),
            ),
            Policy("INSERT", (S,), check=f"supervisor_id = {_ME}"),
            Policy("UPDATE", (S,), f"supervisor_id = {_ME}"),
            Policy("DELETE", (S,), f"supervisor_id = {_ME}"),
        ),
    ),
    "supervision_attendees": TableRules(
        (A, S, P),
        write=(A, S),
        policies=(
            Policy("ALL", (A,), "true"),
            Policy(
                "SELECT",
                (S,),
                _among("supervision_id", "my_supervisions(true)"),
            ),
            Policy(
                "SELECT",
                (P,),
                _among("supervision_id", "my_supervisions(false)"),
            ),
            Policy("INSERT", (S,), check=HELD_BY_ME),
            Policy("UPDATE", (S,), HELD_BY_ME),
            Policy("DELETE", (S,), HELD_BY_ME),
        ),
    ),
    "supervision_notes": TableRules(
        (A, S),
        write=(A, S),
        policies=(
            Policy("ALL", (A,), "true"),
            Policy(
                "SELECT",
                (S,),
                _among("supervision_id", "my_readable_notes()"),
            ),
            Policy("INSERT", (S,), check=HELD_BY_ME),
            Policy("UPDATE", (S,), HELD_BY_ME),
            Policy("DELETE", (S,), HELD_BY_ME),
        ),
    ),
    "wellbeing_checkins": TableRules(
        EVERYONE,
        insert=EVERYONE,
        policies=(
            Policy("ALL", (A,), "true"),
            Policy("SELECT", (S,), f"{OWN} OR {SUPERVISEES}"),
            Policy("SELECT", (F, P), OWN),
            Policy("INSERT", (S, F, P), check=OWN),
        ),
    ),
    "audit_events": TableRules(
        (A,),
        insert=EVERYONE,
        policies=(Policy("SELECT", (A,), "true"), Policy("INSERT", EVERYONE, check="true")),
    ),
    # Which center this is: its backups' HMAC key is for administrators, who make backups.
    "center_identity": TableRules(
        EVERYONE, hidden={S: ("backup_key",), F: ("backup_key",), P: ("backup_key",)}
    ),
    # Settings: the policies are made from the settings each role may change (see below).
    "settings": TableRules(EVERYONE, insert=EVERYONE, update=EVERYONE, delete=(A,)),
}

# Settings only administrators read: none today (encrypted backups keep only a public key in
# the settings; the key that authenticates backups is in center_identity, hidden above).
ADMIN_ONLY_SETTINGS: tuple[str, ...] = ()
# What the login window shows before anyone has signed in.
SIGN_IN_SETTINGS = ("center.name",)


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _array(values: Sequence[str]) -> str:
    return "ARRAY[" + ", ".join(_literal(v) for v in values) + "]::text[]"


def settings_policies(writable: Mapping[Role, Sequence[str]]) -> tuple[Policy, ...]:
    """Administrators read and change every setting; the other roles read all but the
    administrators' own and change those their permissions allow."""
    readable = f"NOT (key = ANY ({_array(ADMIN_ONLY_SETTINGS)}))"
    policies = [Policy("ALL", (A,), "true"), Policy("SELECT", (S, F, P), readable)]
    for role in (S, F, P):
        keys = list(writable.get(role, ()))
        if keys:
            mine = f"key = ANY ({_array(keys)})"
            policies.append(Policy("INSERT", (role,), check=mine))
            policies.append(Policy("UPDATE", (role,), mine))
    return tuple(policies)


def statements(
    conn: Connection, names: ServerNames, writable_settings: Mapping[Role, Sequence[str]]
) -> list[str]:
    """Every grant and policy, starting from nothing granted to anyone."""
    groups = names.groups
    everyone = ", ".join(_ident(g) for g in groups.values())
    sign_in = _ident(names.sign_in)
    out = [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {everyone}, {sign_in}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {everyone}, {sign_in}",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {PRIVATE_SCHEMA} "
        f"FROM PUBLIC, {everyone}, {sign_in}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {PRIVATE_SCHEMA} FROM PUBLIC, {everyone}, {sign_in}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {everyone}, {sign_in}",
        f"GRANT USAGE ON SCHEMA {PRIVATE_SCHEMA} TO {everyone}, {sign_in}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {everyone}",
    ]
    for signature, callers in EXECUTE_GRANTS.items():
        if callers == ("everyone",):
            to = everyone
        elif callers == ("sign_in",):
            to = sign_in
        else:
            to = ", ".join(_ident(groups[Role(c)]) for c in callers)
        out.append(f"GRANT EXECUTE ON FUNCTION {PRIVATE_SCHEMA}.{signature} TO {to}")
    present = set(inspect(conn).get_table_names(schema="public"))
    for table, rules in TABLES.items():
        if table not in present:
            continue
        out += _table_statements(conn, names, table, rules, writable_settings)
    out.append(f"GRANT SELECT ON public.alembic_version TO {sign_in}")
    return out


def _table_statements(
    conn: Connection,
    names: ServerNames,
    table: str,
    rules: TableRules,
    writable_settings: Mapping[Role, Sequence[str]],
) -> list[str]:
    qualified = f"public.{_ident(table)}"
    out: list[str] = []
    columns = [c["name"] for c in inspect(conn).get_columns(table, schema="public")]
    for role in rules.read:
        group = _ident(names.group(role))
        hidden = set(rules.hidden.get(role, ()))
        if hidden:
            shown = ", ".join(_ident(c) for c in columns if c not in hidden)
            out.append(f"GRANT SELECT ({shown}) ON {qualified} TO {group}")
        else:
            out.append(f"GRANT SELECT ON {qualified} TO {group}")
    for privilege, roles in (
        ("INSERT", rules.insert + rules.write),
        ("UPDATE", rules.update + rules.write),
        ("DELETE", rules.delete + rules.write),
    ):
        for role in roles:
            out.append(f"GRANT {privilege} ON {qualified} TO {_ident(names.group(role))}")
    for role, only in rules.update_columns.items():
        listed = ", ".join(_ident(c) for c in only if c in columns)
        if listed:
            out.append(f"GRANT UPDATE ({listed}) ON {qualified} TO {_ident(names.group(role))}")
    policies = rules.policies
    if table == "settings":
        policies = settings_policies(writable_settings)
    existing = conn.execute(
        text("SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = :t"),
        {"t": table},
    ).scalars()
    out += [f"DROP POLICY {_ident(name)} ON {qualified}" for name in existing]
    if not policies:
        out.append(f"ALTER TABLE {qualified} DISABLE ROW LEVEL SECURITY")
        return out
    out.append(f"ALTER TABLE {qualified} ENABLE ROW LEVEL SECURITY")
    for number, policy in enumerate(policies, start=1):
        to = ", ".join(_ident(names.group(r)) for r in policy.roles)
        name = _ident(f"{table}_{number}")
        clause = f"CREATE POLICY {name} ON {qualified} FOR {policy.command} TO {to}"
        if policy.using is not None:
            clause += f" USING ({policy.using})"
        if policy.check is not None:
            clause += f" WITH CHECK ({policy.check})"
        out.append(clause)
    if table == "settings":
        keys = _array(SIGN_IN_SETTINGS)
        out.append(f"GRANT SELECT ON {qualified} TO {_ident(names.sign_in)}")
        out.append(
            f"CREATE POLICY settings_sign_in ON {qualified} FOR SELECT "
            f"TO {_ident(names.sign_in)} USING (key = ANY ({keys}))"
        )
    return out
