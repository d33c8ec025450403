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
    <name>RoomsScreen</name>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
</context>
</TS>
