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
    <name>StaffScreen</name>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
</context>
</TS>
