"""The functions and triggers a center's server runs: who is signed in on a connection,
signing in and the lockout, keeping each login's PostgreSQL role in step with its row in
``users``, and the audit trail the server seals itself.

Everything here is created by the owner role. Functions marked SECURITY DEFINER run with the
owner's rights, so they can read what no app role reads (the audit key, the lockout state of
names that are not accounts) and do what no app role may (create and alter roles); each is
granted only to the roles that need it. Names are written out in full and ``search_path`` is
pinned, so nobody can slip in a table or function of the same name."""

from __future__ import annotations

from peercenter.db.server.names import PRIVATE_SCHEMA

# Sign-in rules, the same as peercenter.services.auth on one computer.
MAX_FAILED_ATTEMPTS = 5
LOCKOUT_MINUTES = 15

_PINNED = "SET search_path = pg_catalog, pg_temp"

PRIVATE_TABLES = f"""
CREATE TABLE IF NOT EXISTS {PRIVATE_SCHEMA}.secret (
    id integer PRIMARY KEY CHECK (id = 1),
    ipad bytea NOT NULL,
    opad bytea NOT NULL
);
CREATE TABLE IF NOT EXISTS {PRIVATE_SCHEMA}.audit_head (
    id integer PRIMARY KEY CHECK (id = 1),
    last_id bigint NOT NULL DEFAULT 0,
    last_hash text NOT NULL DEFAULT repeat('0', 64),
    events bigint NOT NULL DEFAULT 0
);
INSERT INTO {PRIVATE_SCHEMA}.audit_head (id) VALUES (1) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS {PRIVATE_SCHEMA}.unknown_names (
    name_key text PRIMARY KEY,
    failed_attempts integer NOT NULL DEFAULT 0,
    locked_until timestamptz
);
"""

_S = PRIVATE_SCHEMA

WHO = f"""
CREATE OR REPLACE FUNCTION {_S}.person_username() RETURNS text
LANGUAGE sql STABLE {_PINNED} AS $$
    SELECT CASE WHEN split_part(session_user::text, '@', 2) = current_database()
                THEN split_part(session_user::text, '@', 1) END
$$;

CREATE OR REPLACE FUNCTION {_S}.my_login(OUT user_id integer, OUT staff_id integer,
                                          OUT role text)
LANGUAGE sql STABLE SECURITY DEFINER {_PINNED} AS $$
    SELECT u.id, u.staff_id, u.role::text
    FROM public.users u JOIN public.staff s ON s.id = u.staff_id
    WHERE u.username = {_S}.person_username() AND u.is_active AND s.status <> 'inactive'
$$;

CREATE OR REPLACE FUNCTION {_S}.my_staff_id() RETURNS integer
LANGUAGE sql STABLE {_PINNED} AS $$ SELECT staff_id FROM {_S}.my_login() $$;

CREATE OR REPLACE FUNCTION {_S}.my_role() RETURNS text
LANGUAGE sql STABLE {_PINNED} AS $$ SELECT role FROM {_S}.my_login() $$;

CREATE OR REPLACE FUNCTION {_S}.my_supervisees() RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER {_PINNED} AS $$
    SELECT coalesce(array_agg(s.id), '{{}}')
    FROM public.staff s WHERE s.supervisor_id = {_S}.my_staff_id()
$$;

-- Supervision a person may see: given, received, and (for a supervisor) received by the
-- people they supervise.
CREATE OR REPLACE FUNCTION {_S}.my_supervisions(with_supervisees boolean) RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER {_PINNED} AS $$
    WITH me AS (SELECT {_S}.my_staff_id() AS id)
    SELECT coalesce(array_agg(v.id), '{{}}')
    FROM public.supervision_sessions v, me
    WHERE v.supervisor_id = me.id
       OR EXISTS (
           SELECT 1 FROM public.supervision_attendees a
           JOIN public.staff p ON p.id = a.staff_id
           WHERE a.supervision_id = v.id
             AND (a.staff_id = me.id OR (with_supervisees AND p.supervisor_id = me.id)))
$$;

-- Confidential notes a supervisor may read: of the supervision they gave, and of individual
-- supervision of someone they supervise; never of a group session someone else held, never
-- about themselves.
CREATE OR REPLACE FUNCTION {_S}.my_readable_notes() RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER {_PINNED} AS $$
    WITH me AS (SELECT {_S}.my_staff_id() AS id)
    SELECT coalesce(array_agg(v.id), '{{}}')
    FROM public.supervision_sessions v, me
    WHERE v.supervisor_id = me.id
       OR (v.format = 'individual'
           AND EXISTS (SELECT 1 FROM public.supervision_attendees a
                       JOIN public.staff p ON p.id = a.staff_id
                       WHERE a.supervision_id = v.id AND p.supervisor_id = me.id)
           AND NOT EXISTS (SELECT 1 FROM public.supervision_attendees a
                           WHERE a.supervision_id = v.id AND a.staff_id = me.id))
$$;

CREATE OR REPLACE FUNCTION {_S}.certificate_in_use(digest text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {_PINNED} AS $$
    SELECT EXISTS (SELECT 1 FROM public.training_records t WHERE t.certificate_sha256 = digest)
$$;

-- Day totals of time entries, for the guardrail check when the schedule gives someone
-- sessions: the front desk schedules but may not read anyone's time entries. A peer
-- specialist gets their own totals only (their own wellbeing page).
CREATE OR REPLACE FUNCTION {_S}.work_minutes(staff_ids integer[], first_day date,
                                              last_day date)
RETURNS TABLE (staff_id integer, worked_on date, direct bigint, other bigint, on_leave integer)
LANGUAGE sql STABLE SECURITY DEFINER {_PINNED} AS $$
    SELECT t.staff_id, t.worked_on,
           sum(CASE WHEN t.kind = 'direct_service' THEN t.minutes ELSE 0 END),
           sum(CASE WHEN t.kind NOT IN ('direct_service', 'leave') THEN t.minutes ELSE 0 END),
           max(CASE WHEN t.kind = 'leave' THEN 1 ELSE 0 END)
    FROM public.time_entries t
    WHERE t.staff_id = ANY (staff_ids) AND t.worked_on BETWEEN first_day AND last_day
      AND ({_S}.my_role() IS DISTINCT FROM 'specialist' OR t.staff_id = {_S}.my_staff_id())
    GROUP BY t.staff_id, t.worked_on
$$;
"""

# Only someone's supervisor or an administrator verifies their training (services check the
# same): a person may edit their own records, not vouch for them.
VERIFICATION = f"""
CREATE OR REPLACE FUNCTION {_S}.check_verification() RETURNS trigger
LANGUAGE plpgsql {_PINNED} AS $$
BEGIN
    IF {_S}.person_username() IS NULL THEN
        RETURN NEW;
    END IF;
    IF (TG_OP = 'INSERT' AND (NEW.verified_by_id IS NOT NULL OR NEW.verified_at IS NOT NULL))
       OR (TG_OP = 'UPDATE' AND (NEW.verified_by_id IS DISTINCT FROM OLD.verified_by_id
                                 OR NEW.verified_at IS DISTINCT FROM OLD.verified_at)
           AND NEW.verified_by_id IS NOT NULL) THEN
        IF NOT (coalesce({_S}.my_role() = 'admin', false)
                OR (coalesce({_S}.my_role() = 'supervisor', false)
                    AND NEW.staff_id = ANY ({_S}.my_supervisees())
                    AND NEW.verified_by_id = {_S}.my_staff_id())) THEN
            RAISE EXCEPTION 'only a supervisor or an administrator verifies training'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS training_records_verification ON public.training_records;
CREATE TRIGGER training_records_verification BEFORE INSERT OR UPDATE ON public.training_records
    FOR EACH ROW EXECUTE FUNCTION {_S}.check_verification();
"""

AUDIT = f"""
-- What an event's seal covers: every field, its id and the seal of the event before it.
CREATE OR REPLACE FUNCTION {_S}.event_message(e public.audit_events) RETURNS bytea
LANGUAGE sql STABLE {_PINNED} AS $$
    SELECT convert_to(concat_ws(',',
        e.id::text,
        quote_nullable(to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')),
        quote_nullable(e.user_id), quote_nullable(e.username), quote_nullable(e.action),
        quote_nullable(e.entity), quote_nullable(e.entity_id), quote_nullable(e.details::text),
        quote_nullable(e.prev_hash)), 'UTF8')
$$;

-- HMAC-SHA256 with the server's key (kept as its inner and outer pads).
CREATE OR REPLACE FUNCTION {_S}.seal(e public.audit_events) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER {_PINNED} AS $$
    SELECT encode(sha256(k.opad || sha256(k.ipad || {_S}.event_message(e))), 'hex')
    FROM {_S}.secret k WHERE k.id = 1
$$;

CREATE OR REPLACE FUNCTION {_S}.audit_append() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {_PINNED} AS $$
DECLARE
    person text := {_S}.person_username();
    head record;
BEGIN
    IF person IS NOT NULL THEN
        -- A person's connection writes events in that person's name only.
        NEW.username := person;
        NEW.user_id := (SELECT u.id FROM public.users u WHERE u.username = person);
    END IF;
    SELECT * INTO head FROM {_S}.audit_head WHERE id = 1 FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the audit trail has no head';
    END IF;
    -- Numbered while holding the head, so the ids follow the chain.
    NEW.id := nextval(pg_get_serial_sequence('public.audit_events', 'id'));
    NEW.at := clock_timestamp();
    NEW.details := coalesce(NEW.details, '{{}}');
    NEW.prev_hash := head.last_hash;
    NEW.hash := {_S}.seal(NEW);
    UPDATE {_S}.audit_head
       SET last_id = NEW.id, last_hash = NEW.hash, events = events + 1
     WHERE id = 1;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION {_S}.audit_is_append_only() RETURNS trigger
LANGUAGE plpgsql {_PINNED} AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: its events cannot be changed or deleted'
        USING ERRCODE = 'insufficient_privilege';
END
$$;

DROP TRIGGER IF EXISTS audit_events_seal ON public.audit_events;
CREATE TRIGGER audit_events_seal BEFORE INSERT ON public.audit_events
    FOR EACH ROW EXECUTE FUNCTION {_S}.audit_append();
DROP TRIGGER IF EXISTS audit_events_append_only ON public.audit_events;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON public.audit_events
    FOR EACH ROW EXECUTE FUNCTION {_S}.audit_is_append_only();
DROP TRIGGER IF EXISTS audit_events_no_truncate ON public.audit_events;
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON public.audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION {_S}.audit_is_append_only();

-- Walks the whole trail and compares its end with the head the server keeps: an edited,
-- deleted, slipped-in or unsealed event breaks the walk, a deleted tail misses the head.
CREATE OR REPLACE FUNCTION {_S}.audit_verify(OUT rows_checked bigint, OUT first_bad_id bigint,
                                              OUT problem text, OUT last_hash text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {_PINNED} AS $$
DECLARE
    e public.audit_events;
    head record;
BEGIN
    -- Appends wait while the trail is read, so the head and the rows agree.
    SELECT * INTO head FROM {_S}.audit_head WHERE id = 1 FOR SHARE;
    rows_checked := 0;
    last_hash := repeat('0', 64);
    FOR e IN SELECT * FROM public.audit_events ORDER BY id LOOP
        rows_checked := rows_checked + 1;
        IF e.prev_hash IS DISTINCT FROM last_hash THEN
            first_bad_id := e.id;
            problem := format('event #%s does not follow the event before it: an event just '
                              'before it was deleted or changed, or this one was inserted', e.id);
            RETURN;
        END IF;
        IF e.hash IS DISTINCT FROM {_S}.seal(e) THEN
            first_bad_id := e.id;
            problem := format('event #%s was changed after it was written, or added without '
                              'the server''s seal', e.id);
            RETURN;
        END IF;
        last_hash := e.hash;
    END LOOP;
    IF head.events > rows_checked OR head.last_hash IS DISTINCT FROM last_hash THEN
        first_bad_id := head.last_id;
        problem := format('the newest events were deleted: the server wrote %s events, up to '
                          'event #%s, and %s are left', head.events, head.last_id,
                          rows_checked);
    END IF;
END
$$;
"""

LOGINS = f"""
-- A login's role: a member of its app role's group only while the account may work, able to
-- connect only while it is neither switched off nor locked.
CREATE OR REPLACE FUNCTION {_S}.apply_login(person text, app_role text, may_work boolean,
                                             unlocked boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER {_PINNED} AS $$
DECLARE
    kind text;
    grp text;
    member boolean;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', person);
    END IF;
    FOREACH kind IN ARRAY ARRAY['admin', 'supervisor', 'front_desk', 'specialist'] LOOP
        grp := current_database() || '_' || kind;
        member := EXISTS (
            SELECT 1 FROM pg_auth_members m
            JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles p ON p.oid = m.member
            WHERE g.rolname = grp AND p.rolname = person);
        IF may_work AND kind = app_role AND NOT member THEN
            EXECUTE format('GRANT %I TO %I', grp, person);
        ELSIF member AND NOT (may_work AND kind = app_role) THEN
            EXECUTE format('REVOKE %I FROM %I', grp, person);
        END IF;
    END LOOP;
    EXECUTE format('ALTER ROLE %I %s', person,
                   CASE WHEN may_work AND unlocked THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$$;

CREATE OR REPLACE FUNCTION {_S}.sync_user() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {_PINNED} AS $$
DECLARE
    suffix text := '@' || current_database();
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.username <> NEW.username
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = OLD.username || suffix) THEN
        EXECUTE format('ALTER ROLE %I RENAME TO %I', OLD.username || suffix,
                       NEW.username || suffix);
    END IF;
    PERFORM {_S}.apply_login(
        NEW.username || suffix, NEW.role::text,
        NEW.is_active AND EXISTS (SELECT 1 FROM public.staff s
                                  WHERE s.id = NEW.staff_id AND s.status <> 'inactive'),
        NEW.locked_until IS NULL OR NEW.locked_until <= now());
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION {_S}.sync_staff() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {_PINNED} AS $$
DECLARE
    u public.users;
BEGIN
    FOR u IN SELECT * FROM public.users WHERE staff_id = NEW.id LOOP
        PERFORM {_S}.apply_login(
            u.username || '@' || current_database(), u.role::text,
            u.is_active AND NEW.status <> 'inactive',
            u.locked_until IS NULL OR u.locked_until <= now());
    END LOOP;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS users_login_role ON public.users;
CREATE TRIGGER users_login_role AFTER INSERT ON public.users
    FOR EACH ROW EXECUTE FUNCTION {_S}.sync_user();
DROP TRIGGER IF EXISTS users_login_role_change ON public.users;
CREATE TRIGGER users_login_role_change AFTER UPDATE ON public.users
    FOR EACH ROW WHEN (OLD.username IS DISTINCT FROM NEW.username
                       OR OLD.role IS DISTINCT FROM NEW.role
                       OR OLD.is_active IS DISTINCT FROM NEW.is_active
                       OR (OLD.locked_until IS NULL) <> (NEW.locked_until IS NULL))
    EXECUTE FUNCTION {_S}.sync_user();
DROP TRIGGER IF EXISTS staff_login_role ON public.staff;
CREATE TRIGGER staff_login_role AFTER UPDATE OF status ON public.staff
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION {_S}.sync_staff();

-- A password reaches the server only as a SCRAM verifier, never as the password itself.
CREATE OR REPLACE FUNCTION {_S}.set_password(name text, verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER {_PINNED} AS $$
DECLARE
    target public.users;
    own boolean := coalesce(name = {_S}.person_username(), false);
BEGIN
    IF verifier !~ '^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password is set only from its SCRAM verifier';
    END IF;
    SELECT * INTO target FROM public.users WHERE username = name;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no login %', name;
    END IF;
    IF NOT (own OR coalesce({_S}.my_role() = 'admin', false) OR session_user = current_user) THEN
        RAISE EXCEPTION 'only an administrator sets another person''s password'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', name || '@' || current_database(), verifier);
    IF own THEN
        UPDATE public.users SET password_changed_at = now() WHERE id = target.id;
    ELSE
        UPDATE public.users
           SET password_changed_at = now(), failed_attempts = 0, locked_until = NULL
         WHERE id = target.id;
    END IF;
END
$$;
"""

SIGN_IN = f"""
CREATE OR REPLACE FUNCTION {_S}.record_sign_in(user_id integer, username text, action text,
                                                details json) RETURNS void
LANGUAGE sql SECURITY DEFINER {_PINNED} AS $$
    INSERT INTO public.audit_events (at, user_id, username, action, entity, entity_id, details,
                                     prev_hash, hash)
    VALUES (clock_timestamp(), user_id, username, action, 'user', user_id::text,
            coalesce(details, '{{}}'), '', '')
$$;

-- A sign-in that did not get through. ``counts``: the password was wrong (one more failure);
-- otherwise the password was right but the role may not connect (switched off, or locked).
-- Names that are not accounts are counted too, under a short keyed digest that says nothing
-- of what was typed, so they answer exactly as accounts do.
CREATE OR REPLACE FUNCTION {_S}.sign_in_failed(name text, counts boolean,
                                                OUT attempts integer,
                                                OUT locked_until timestamptz,
                                                OUT retry boolean)
LANGUAGE plpgsql SECURITY DEFINER {_PINNED} AS $$
DECLARE
    wanted text := lower(btrim(left(coalesce(name, ''), 64)));
    u public.users;
    key text;
BEGIN
    attempts := 0;
    retry := false;
    SELECT * INTO u FROM public.users WHERE username = wanted FOR UPDATE;
    IF FOUND THEN
        IF u.locked_until > now() THEN
            locked_until := u.locked_until;
            PERFORM {_S}.record_sign_in(u.id, u.username, 'login_refused_locked', NULL);
        ELSIF counts THEN
            attempts := CASE WHEN u.locked_until IS NOT NULL THEN 0
                             ELSE u.failed_attempts END + 1;
            IF attempts >= {MAX_FAILED_ATTEMPTS} THEN
                locked_until := now() + interval '{LOCKOUT_MINUTES} minutes';
                UPDATE public.users
                   SET failed_attempts = 0, locked_until = sign_in_failed.locked_until
                 WHERE id = u.id;
                PERFORM {_S}.record_sign_in(u.id, u.username, 'login_failed',
                    json_build_object('attempt', attempts, 'locked_until', locked_until));
            ELSE
                UPDATE public.users SET failed_attempts = attempts, locked_until = NULL
                 WHERE id = u.id;
                PERFORM {_S}.record_sign_in(u.id, u.username, 'login_failed',
                                            json_build_object('attempt', attempts));
            END IF;
        ELSIF u.locked_until IS NOT NULL THEN
            -- The lock is over: let the role connect again and have the program retry.
            UPDATE public.users SET failed_attempts = 0, locked_until = NULL WHERE id = u.id;
            retry := true;
        ELSE
            PERFORM {_S}.record_sign_in(u.id, u.username, 'login_refused_inactive', NULL);
        END IF;
        RETURN;
    END IF;
    -- 16 bits of an HMAC: enough to count a mistyped name, too few to learn a password
    -- typed into the name box by mistake.
    SELECT left(encode(sha256(k.opad || sha256(k.ipad || convert_to('name:' || wanted,
                'UTF8'))), 'hex'), 4)
      INTO key FROM {_S}.secret k WHERE k.id = 1;
    INSERT INTO {_S}.unknown_names AS n (name_key) VALUES (key)
        ON CONFLICT (name_key) DO UPDATE SET name_key = n.name_key
        RETURNING n.failed_attempts, n.locked_until INTO attempts, locked_until;
    IF locked_until > now() THEN
        attempts := 0;
    ELSIF counts THEN
        attempts := CASE WHEN locked_until IS NOT NULL THEN 0 ELSE attempts END + 1;
        locked_until := NULL;
        IF attempts >= {MAX_FAILED_ATTEMPTS} THEN
            locked_until := now() + interval '{LOCKOUT_MINUTES} minutes';
        END IF;
        UPDATE {_S}.unknown_names
           SET failed_attempts = CASE WHEN sign_in_failed.locked_until IS NULL
                                      THEN attempts ELSE 0 END,
               locked_until = sign_in_failed.locked_until
         WHERE name_key = key;
    ELSE
        attempts := 0;
        locked_until := NULL;
    END IF;
    PERFORM {_S}.record_sign_in(NULL, '?', 'login_failed', NULL);
END
$$;

-- Called by a person right after connecting: the password was right.
CREATE OR REPLACE FUNCTION {_S}.signed_in(OUT state text, OUT user_id integer,
                                           OUT locked_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER {_PINNED} AS $$
DECLARE
    u public.users;
BEGIN
    SELECT * INTO u FROM public.users WHERE username = {_S}.person_username() FOR UPDATE;
    IF NOT FOUND THEN
        state := 'unknown';
        RETURN;
    END IF;
    user_id := u.id;
    IF u.locked_until > now() THEN
        state := 'locked';
        locked_until := u.locked_until;
        PERFORM {_S}.record_sign_in(u.id, u.username, 'login_refused_locked', NULL);
    ELSIF NOT u.is_active OR NOT EXISTS (SELECT 1 FROM public.staff s
                                         WHERE s.id = u.staff_id AND s.status <> 'inactive') THEN
        state := 'inactive';
        PERFORM {_S}.record_sign_in(u.id, u.username, 'login_refused_inactive', NULL);
    ELSE
        state := 'ok';
        UPDATE public.users x SET failed_attempts = 0, locked_until = NULL, last_login_at = now()
         WHERE x.id = u.id;
        PERFORM {_S}.record_sign_in(u.id, u.username, 'login', NULL);
    END IF;
END
$$;
"""

# Who may call what; every other function is the owner's alone.
EXECUTE_GRANTS: dict[str, tuple[str, ...]] = {
    "person_username()": ("everyone",),
    "my_login()": ("everyone",),
    "my_staff_id()": ("everyone",),
    "my_role()": ("everyone",),
    "my_supervisees()": ("everyone",),
    "my_supervisions(boolean)": ("everyone",),
    "my_readable_notes()": ("everyone",),
    "certificate_in_use(text)": ("everyone",),
    "signed_in()": ("everyone",),
    "set_password(text, text)": ("everyone",),
    "work_minutes(integer[], date, date)": ("admin", "supervisor", "front_desk", "specialist"),
    "audit_verify()": ("admin",),
    "sign_in_failed(text, boolean)": ("sign_in",),
}

ALL_SQL = (PRIVATE_TABLES, WHO, VERIFICATION, AUDIT, LOGINS, SIGN_IN)
