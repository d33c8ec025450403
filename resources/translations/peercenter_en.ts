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
</TS>
