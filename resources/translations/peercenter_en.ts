<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountingDialog</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n entry to {file}.</numerusform>
            <numerusform>Exported %n entries to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message numerus="yes">
        <source>%n more session(s) planned ahead.</source>
        <translation>
            <numerusform>%n more session planned ahead.</numerusform>
            <numerusform>%n more sessions planned ahead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <source>%n here of {capacity} places</source>
        <translation>
            <numerusform>%n here of {capacity} places</numerusform>
            <numerusform>%n here of {capacity} places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n here</source>
        <translation>
            <numerusform>%n here</numerusform>
            <numerusform>%n here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} marked</source>
        <translation>
            <numerusform>%n of {total} marked</numerusform>
            <numerusform>%n of {total} marked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message numerus="yes">
        <source>%n view(s) older than the retention deleted (recorded in the trail).</source>
        <translation>
            <numerusform>%n view older than the retention deleted (recorded in the trail).</numerusform>
            <numerusform>%n views older than the retention deleted (recorded in the trail).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) (the newest; narrow the filter to see older ones)</source>
        <translation>
            <numerusform>%n event (the newest; narrow the filter to see older ones)</numerusform>
            <numerusform>%n events (the newest; narrow the filter to see older ones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n event to {file}.</numerusform>
            <numerusform>Exported %n events to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln event(s) check out: nothing was changed, deleted or slipped in.</source>
        <translation>
            <numerusform>The %Ln event checks out: nothing was changed, deleted or slipped in.</numerusform>
            <numerusform>All %Ln events check out: nothing was changed, deleted or slipped in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n clash</numerusform>
            <numerusform>%n clashes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message numerus="yes">
        <source>Close these days and cancel %n session(s)</source>
        <translation>
            <numerusform>Close these days and cancel %n session</numerusform>
            <numerusform>Close these days and cancel %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed {days}: %n session(s) cancelled.</source>
        <translation>
            <numerusform>Closed {days}: %n session cancelled.</numerusform>
            <numerusform>Closed {days}: %n sessions cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen {days} and restore its %n session(s)?</source>
        <translation>
            <numerusform>Reopen {days} and restore its %n session?</numerusform>
            <numerusform>Reopen {days} and restore its %n sessions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) restored.</source>
        <translation>
            <numerusform>%n session restored.</numerusform>
            <numerusform>%n sessions restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>{shown} of %n row(s) shown</source>
        <translation>
            <numerusform>{shown} of %n row shown</numerusform>
            <numerusform>{shown} of %n rows shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message numerus="yes">
        <source>%n room(s) so far</source>
        <translation>
            <numerusform>%n room so far</numerusform>
            <numerusform>%n rooms so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) so far</source>
        <translation>
            <numerusform>%n person so far</numerusform>
            <numerusform>%n people so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) so far</source>
        <translation>
            <numerusform>%n group so far</numerusform>
            <numerusform>%n groups so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) so far</source>
        <translation>
            <numerusform>%n participant so far</numerusform>
            <numerusform>%n participants so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message numerus="yes">
        <source>%n session(s) planned ahead. First ones:
{dates}</source>
        <translation>
            <numerusform>%n session planned ahead. First ones:
{dates}</numerusform>
            <numerusform>%n sessions planned ahead. First ones:
{dates}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) read: {good} can be imported</source>
        <translation>
            <numerusform>%n row read: {good} can be imported</numerusform>
            <numerusform>%n rows read: {good} can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{read}, %n has problems and will be left out.</source>
        <translation>
            <numerusform>{read}, %n has problems and will be left out.</numerusform>
            <numerusform>{read}, %n have problems and will be left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would take a facilitator over their weekly hours or a red burnout guardrail and will be left out. To import them anyway, say why (kept in the audit trail) and check again:</source>
        <translation>
            <numerusform>%n row would take a facilitator over their weekly hours or a red burnout guardrail and will be left out. To import it anyway, say why (kept in the audit trail) and check again:</numerusform>
            <numerusform>%n rows would take a facilitator over their weekly hours or a red burnout guardrail and will be left out. To import them anyway, say why (kept in the audit trail) and check again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s)</source>
        <translation>
            <numerusform>Import the %n good row</numerusform>
            <numerusform>Import the %n good rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s) from {file}.</source>
        <translation>
            <numerusform>Imported %n participant from {file}.</numerusform>
            <numerusform>Imported %n participants from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n group(s) from {file}.</source>
        <translation>
            <numerusform>Imported %n group from {file}.</numerusform>
            <numerusform>Imported %n groups from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from {file}.</source>
        <translation>
            <numerusform>Imported %n record from {file}.</numerusform>
            <numerusform>Imported %n records from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) may already be in PeerCenter; check before importing.</source>
        <translation>
            <numerusform>%n name may already be in PeerCenter; check before importing.</numerusform>
            <numerusform>%n names may already be in PeerCenter; check before importing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) about a facilitator&apos;s hours or burnout guardrails; those rows are imported and the warnings kept in the audit trail.</source>
        <translation>
            <numerusform>%n warning about a facilitator&apos;s hours or burnout guardrails; those rows are imported and the warnings kept in the audit trail.</numerusform>
            <numerusform>%n warnings about a facilitator&apos;s hours or burnout guardrails; those rows are imported and the warnings kept in the audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check before importing.</source>
        <translation>
            <numerusform>%n row to check before importing.</numerusform>
            <numerusform>%n rows to check before importing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>{day}: %n session(s)</source>
        <translation>
            <numerusform>{day}: %n session</numerusform>
            <numerusform>{day}: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <source>%n supervisee(s)</source>
        <translation>
            <numerusform>%n supervisee</numerusform>
            <numerusform>%n supervisees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention now</source>
        <translation>
            <numerusform>%n needs attention now</numerusform>
            <numerusform>%n need attention now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message numerus="yes">
        <source>%n people match: press Down to choose one, or type more of the name.</source>
        <translation>
            <numerusform>%n person matches: press Down to choose one, or type more of the name.</numerusform>
            <numerusform>%n people match: press Down to choose one, or type more of the name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <source>{description}: %n page(s)</source>
        <translation>
            <numerusform>{description}: %n page</numerusform>
            <numerusform>{description}: %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDetailView</name>
    <message numerus="yes">
        <source>%n check-in(s) in the last 12 months.</source>
        <translation>
            <numerusform>%n check-in in the last 12 months.</numerusform>
            <numerusform>%n check-ins in the last 12 months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramCard</name>
    <message numerus="yes">
        <source>%n week(s) missed</source>
        <translation>
            <numerusform>%n week missed</numerusform>
            <numerusform>%n weeks missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) missed</source>
        <translation>
            <numerusform>%n month missed</numerusform>
            <numerusform>%n months missed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramsScreen</name>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n program</numerusform>
            <numerusform>%n programs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renews every %n month(s).</source>
        <translation>
            <numerusform>Renews every %n month.</numerusform>
            <numerusform>Renews every %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch off {program}?

Nobody new can be enrolled in it; %n person(s) already enrolled keep it.</source>
        <translation>
            <numerusform>Switch off {program}?

Nobody new can be enrolled in it; %n person already enrolled keeps it.</numerusform>
            <numerusform>Switch off {program}?

Nobody new can be enrolled in it; %n people already enrolled keep it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsScreen</name>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message numerus="yes">
        <source>{taken} of %n place(s) taken today</source>
        <translation>
            <numerusform>{taken} of %n place taken today</numerusform>
            <numerusform>{taken} of %n places taken today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled today (no limit)</source>
        <translation>
            <numerusform>%n enrolled today (no limit)</numerusform>
            <numerusform>%n enrolled today (no limit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message numerus="yes">
        <source>%n enrolled of {capacity}</source>
        <translation>
            <numerusform>%n enrolled of {capacity}</numerusform>
            <numerusform>%n enrolled of {capacity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n enrolled</numerusform>
            <numerusform>%n enrolled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionInfoDialog</name>
    <message numerus="yes">
        <source>%n enrolled of {capacity}</source>
        <translation>
            <numerusform>%n enrolled of {capacity}</numerusform>
            <numerusform>%n enrolled of {capacity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n enrolled</numerusform>
            <numerusform>%n enrolled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message numerus="yes">
        <source>%n session(s) held · on average {average} people present or late · last 12 weeks: {direction}</source>
        <translation>
            <numerusform>%n session held · on average {average} people present or late · last 12 weeks: {direction}</numerusform>
            <numerusform>%n sessions held · on average {average} people present or late · last 12 weeks: {direction}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message numerus="yes">
        <source>%n supervision session(s) received, {hours}</source>
        <translation>
            <numerusform>%n supervision session received, {hours}</numerusform>
            <numerusform>%n supervision sessions received, {hours}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) given</source>
        <translation>
            <numerusform>%n session given</numerusform>
            <numerusform>%n sessions given</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeEntriesScreen</name>
    <message numerus="yes">
        <source>No time entries in the last %n week(s).</source>
        <translation>
            <numerusform>No time entries in the last %n week.</numerusform>
            <numerusform>No time entries in the last %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), {hours} h</source>
        <translation>
            <numerusform>%n entry, {hours} h</numerusform>
            <numerusform>%n entries, {hours} h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) facilitated, {hours} h</source>
        <translation>
            <numerusform>%n session facilitated, {hours} h</numerusform>
            <numerusform>%n sessions facilitated, {hours} h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n attended</numerusform>
            <numerusform>%n attended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message numerus="yes">
        <source>%n record(s), {hours}</source>
        <translation>
            <numerusform>%n record, {hours}</numerusform>
            <numerusform>%n records, {hours}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for verification</source>
        <translation>
            <numerusform>%n waiting for verification</numerusform>
            <numerusform>%n waiting for verification</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message numerus="yes">
        <source>within %n month(s) of the start</source>
        <translation>
            <numerusform>within %n month of the start</numerusform>
            <numerusform>within %n months of the start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from the last %n month(s)</source>
        <translation>
            <numerusform>from the last %n month</numerusform>
            <numerusform>from the last %n months</numerusform>
        </translation>
    </message>
</context>
</TS>
