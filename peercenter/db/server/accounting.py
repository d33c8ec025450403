"""The server's part of the accounting of access: recording a view at most once an hour per
person and record, deleting views older than the center's retention without breaking the
audit trail's chain, and the monthly supervision totals of the service report.

Like peercenter.db.server.functions, created by the owner role; the SECURITY DEFINER
functions here are granted only to the roles that need them."""

from __future__ import annotations

from peercenter.db.server.names import PRIVATE_SCHEMA
from peercenter.domain import access_log

_S = PRIVATE_SCHEMA
_PINNED = "SET search_path = pg_catalog, pg_temp"
_WINDOW_MINUTES = int(access_log.VIEW_WINDOW.total_seconds() // 60)
# Gaps closed by one prune at most: its event stays small; the rest goes at the next prune.
MAX_BRIDGES = 500
# The key space of pg_advisory_xact_lock(int, int) used for views ("VW").
_VIEW_LOCK = 0x5657

VIEWS = f"""
-- A person saw a record: one event per person and record an hour. App roles may add events
-- but not read the trail, so the server looks for the last hour's event itself, under a lock
-- per person and record, so that two computers cannot both find none.
CREATE OR REPLACE FUNCTION {_S}.record_view(what text, which text, details json)
RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {_PINNED} AS $$
DECLARE
    person text := {_S}.person_username();
BEGIN
    IF person IS NULL THEN
        RAISE EXCEPTION 'views are recorded for a signed-in person'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pg_advisory_xact_lock({_VIEW_LOCK},
                                  hashtext(person || '|' || what || '|' || coalesce(which, '')));
    IF EXISTS (SELECT 1 FROM public.audit_events e
               WHERE e.entity = what AND e.entity_id IS NOT DISTINCT FROM which
                 AND e.action = '{access_log.VIEW}' AND e.username = person
                 AND e.at > clock_timestamp() - interval '{_WINDOW_MINUTES} minutes') THEN
        RETURN false;
    END IF;
    INSERT INTO public.audit_events (at, user_id, username, action, entity, entity_id, details,
                                     prev_hash, hash)
    VALUES (clock_timestamp(), NULL, person, '{access_log.VIEW}', what, which,
            coalesce(details, '{{}}'), '', '');
    RETURN true;
END
$$;
"""

RETENTION = f"""
-- Deletes the views older than the center's retention (never sooner), oldest first, and
-- records that as one event of its own. The trail must verify first. Each run of deleted views
-- leaves a gap in the chain; the event names every gap by the event after it, the hash of the
-- event kept before it and the hash the event after it was chained to, so audit_verify()
-- still checks every link that is left. The newest event is never deleted.
CREATE OR REPLACE FUNCTION {_S}.audit_prune_views(OUT deleted bigint, OUT event_id bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {_PINNED} AS $$
DECLARE
    months integer;
    cutoff timestamptz;
    head record;
    verdict record;
    e record;
    last_kept text := repeat('0', 64);
    in_gap boolean := false;
    bridges jsonb := '[]';
    stop bigint;
BEGIN
    IF NOT coalesce({_S}.my_role() = 'admin', false) THEN
        RAISE EXCEPTION 'only an administrator deletes expired views'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    months := greatest({access_log.MIN_RETENTION_MONTHS}, coalesce(
        (SELECT (x.value::text)::integer FROM public.settings x
          WHERE x.key = '{access_log.VIEW_RETENTION_MONTHS}'),
        {access_log.DEFAULT_RETENTION_MONTHS}));
    cutoff := now() - make_interval(months => months);
    deleted := 0;
    -- Usually nothing is due: found without holding up anyone's appends.
    IF NOT EXISTS (SELECT 1 FROM public.audit_events
                   WHERE action = '{access_log.VIEW}' AND at < cutoff
                     AND id < (SELECT h.last_id FROM {_S}.audit_head h WHERE h.id = 1)) THEN
        RETURN;
    END IF;
    -- Appends wait until this is done.
    SELECT * INTO head FROM {_S}.audit_head WHERE id = 1 FOR UPDATE;
    SELECT * INTO verdict FROM {_S}.audit_verify();
    IF verdict.problem IS NOT NULL THEN
        RAISE EXCEPTION 'the audit trail does not check out (%); nothing was deleted',
            verdict.problem;
    END IF;
    stop := head.last_id;
    FOR e IN SELECT a.id, a.action, a.at, a.prev_hash, a.hash FROM public.audit_events a
             ORDER BY a.id LOOP
        EXIT WHEN e.id >= stop AND NOT in_gap;
        IF e.id < stop AND e.action = '{access_log.VIEW}' AND e.at < cutoff THEN
            in_gap := true;
            CONTINUE;
        END IF;
        IF in_gap THEN
            bridges := bridges || jsonb_build_array(jsonb_build_array(e.id, last_kept,
                                                                      e.prev_hash));
            in_gap := false;
            IF jsonb_array_length(bridges) >= {MAX_BRIDGES} THEN
                stop := e.id;
            END IF;
        END IF;
        last_kept := e.hash;
    END LOOP;
    -- Only this function takes events out (and says so), inside this transaction.
    INSERT INTO {_S}.audit_pruning (txid) VALUES (txid_current());
    ALTER TABLE public.audit_events DISABLE TRIGGER audit_events_append_only;
    DELETE FROM public.audit_events
     WHERE action = '{access_log.VIEW}' AND at < cutoff AND id < stop;
    GET DIAGNOSTICS deleted = ROW_COUNT;
    ALTER TABLE public.audit_events ENABLE TRIGGER audit_events_append_only;
    UPDATE {_S}.audit_head SET events = events - deleted WHERE id = 1;
    INSERT INTO public.audit_events (at, user_id, username, action, entity, entity_id, details,
                                     prev_hash, hash)
    VALUES (clock_timestamp(), NULL, '', '{access_log.PRUNE}', 'audit', NULL,
            json_build_object('views_deleted', deleted, 'older_than', cutoff,
                              'retention_months', months, 'chain_head', head.last_hash,
                              'bridges', bridges), '', '')
    RETURNING id INTO event_id;
END
$$;
"""

REPORT = f"""
-- Supervision hours received by specialists, as monthly totals only, for whoever may see the
-- service report: a supervisor's own rows stop at the people they supervise, the report's
-- totals do not.
CREATE OR REPLACE FUNCTION {_S}.supervision_received(first_day date, end_day date)
RETURNS TABLE (month date, minutes bigint)
LANGUAGE sql STABLE SECURITY DEFINER {_PINNED} AS $$
    SELECT date_trunc('month', v.held_on)::date,
           sum(v.minutes * (SELECT count(*) FROM public.supervision_attendees a
                            WHERE a.supervision_id = v.id))::bigint
    FROM public.supervision_sessions v
    WHERE v.held_on >= first_day AND v.held_on < end_day
      AND {_S}.my_role() IN ('admin', 'supervisor')
    GROUP BY 1
$$;
"""

ACCOUNTING_SQL = (VIEWS, RETENTION, REPORT)

ACCOUNTING_GRANTS: dict[str, tuple[str, ...]] = {
    "record_view(text, text, json)": ("everyone",),
    "audit_prune_views()": ("admin",),
    "supervision_received(date, date)": ("admin", "supervisor"),
}
