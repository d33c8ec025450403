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
    <name>AuditScreen</name>
    <message numerus="yes">
        <source>%n view(s) older than the retention deleted (recorded in the trail).</source>
        <translation>
            <numerusform>%n view older than the retention deleted (recorded in the trail).</numerusform>
            <numerusform>%n views older than the retention deleted (recorded in the trail).</numerusform>
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
