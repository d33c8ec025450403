<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountingDialog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Accounting for one participant</source>
        <translation>Informe de accesos de un participante</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Views, prints, exports and changes</source>
        <translation>Consultas, impresiones, exportaciones y cambios</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Accounting for {name} (number {number})</source>
        <translation>Informe de accesos de {name} (número {number})</translation>
    </message>
    <message>
        <source>Views before {day} were deleted after the retention; changes and printed papers are all here.</source>
        <translation>Las consultas anteriores al {day} se borraron al cumplirse el plazo de conservación; los cambios y los papeles impresos están todos aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the accounting</source>
        <translation>Exportar el informe de accesos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to {file}.</source>
        <translation>
            <numerusform>Se exportó %n entrada a {file}.</numerusform>
            <numerusform>Se exportaron %n entradas a {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Participant for an accounting</source>
        <translation>Participante para un informe de accesos</translation>
    </message>
    <message>
        <source>Participant&apos;s name or number</source>
        <translation>Nombre o número del participante</translation>
    </message>
    <message>
        <source>Accounting for one participant…</source>
        <translation>Informe de accesos de un participante…</translation>
    </message>
    <message>
        <source>Every view, print, export and change concerning them, over the dates above.</source>
        <translation>Cada consulta, impresión, exportación y cambio relativos a esa persona, entre las fechas de arriba.</translation>
    </message>
    <message numerus="yes">
        <source>%n view(s) older than the retention deleted (recorded in the trail).</source>
        <translation>
            <numerusform>Se borró %n consulta anterior al plazo de conservación (queda constancia en el registro).</numerusform>
            <numerusform>Se borraron %n consultas anteriores al plazo de conservación (queda constancia en el registro).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <source>Moved from {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Hoy</translation>
    </message>
    <message>
        <source>Back to today (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search groups, people… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only sessions whose group, room, facilitators or topic contain these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new group starting at the selected slot (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>matching “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CenterSection</name>
    <message>
        <source>Month first: 3/4/2025 is March 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first: 3/4/2025 is 3 April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How an imported spreadsheet&apos;s dates like 3/4/2025 are read; the dry run says when it did.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Cuándo</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift closure (restore its sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close more days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday, snow, building works…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sessions on these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions that would be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Close these days and cancel %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close these days (no sessions to cancel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed {days}: %n session(s) cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the closure to lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reopen {days} and restore its %n session(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) restored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{group} {date} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{restored} Still cancelled because the slot is taken now: {list}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>{group} at {time} is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the handout for {group} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sign-in sheet and handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the sign-in sheet and handout for {group} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day&apos;s packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the packet for {day}: every handout and sign-in sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is planned here yet. Once the center has rooms, staff and a first group, Today lists each day&apos;s sessions, with attendance and printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the rooms groups meet in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the staff who lead groups, each with their own login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a first group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or bring the groups from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the participants from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{button}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator does this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished">Grupos</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ended series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add groups and their schedule from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This series has ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>The database cannot be reached right now. Check the network or the server, then try again.</source>
        <translation>Ahora no se puede acceder a la base de datos. Revise la red o el servidor e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Opening the center&apos;s database…</source>
        <translation>Abriendo la base de datos del centro…</translation>
    </message>
    <message>
        <source>Sign in — PeerCenter</source>
        <translation>Iniciar sesión — PeerCenter</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The latest changes could not be shown: {problem}</source>
        <translation>No se pudieron mostrar los últimos cambios: {problem}</translation>
    </message>
    <message>
        <source>{center} — PeerCenter</source>
        <translation>{center} — PeerCenter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export calendar (.ics)…</source>
        <translation>&amp;Exportar calendario (.ics)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <source>My &amp;wellbeing check-in…</source>
        <translation>Mi &amp;registro de bienestar…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About PeerCenter</source>
        <translation>&amp;Acerca de PeerCenter</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Sesión iniciada: {name} ({role})</translation>
    </message>
    <message>
        <source>Database: {kind}</source>
        <translation>Base de datos: {kind}</translation>
    </message>
    <message>
        <source>Calendar saved to {file}.</source>
        <translation>Calendario guardado en {file}.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
    <message>
        <source>Your check-in is saved. Thank you.</source>
        <translation>Su registro de bienestar se ha guardado. Gracias.</translation>
    </message>
    <message>
        <source>Scheduling, certification tracking, burnout guardrails and handouts for peer support programs.</source>
        <translation>Horarios, seguimiento de certificaciones, alertas de agotamiento y folletos para programas de apoyo entre pares.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>Not printed on sign-in sheets: no consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sign-in sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished">Participantes</translation>
    </message>
    <message>
        <source>Search by preferred or last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add many participants at once from a CSV file saved by a spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesSection</name>
    <message>
        <source>My preferences</source>
        <translation>Mis preferencias</translation>
    </message>
    <message>
        <source>As this computer ({language})</source>
        <translation>Como esta computadora ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of your window, on every computer you sign in to.</source>
        <translation>El idioma de su ventana, en cada computadora donde inicie sesión.</translation>
    </message>
    <message>
        <source>Save my preferences</source>
        <translation>Guardar mis preferencias</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The person&apos;s own supervisor reads them too</source>
        <translation>También las lee el supervisor de la persona</translation>
    </message>
    <message>
        <source>Staff HR notes</source>
        <translation>Notas de RR. HH. del personal</translation>
    </message>
    <message>
        <source>Administrators always read them; nobody else does.</source>
        <translation>Los administradores siempre las leen; nadie más.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Keep views for</source>
        <translation>Conservar las consultas</translation>
    </message>
    <message>
        <source>Who opened which record. Never deleted sooner; deleted after, which the audit trail records. Changes and prints are kept for good.</source>
        <translation>Quién abrió qué registro. Nunca se borran antes; después se borran, y el registro de auditoría lo anota. Los cambios y las impresiones se conservan siempre.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Add room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished">Capacidad</translation>
    </message>
    <message>
        <source>How many people fit; leave at “No limit” if it does not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished">Sin límite</translation>
    </message>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Ubicación</translation>
    </message>
    <message>
        <source>Floor or directions, printed on handouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual room (meets online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation type="unfinished">Enlace de reunión</translation>
    </message>
    <message>
        <source>Printed on handouts for the sessions held here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsScreen</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Sin escalones</translation>
    </message>
    <message>
        <source>Accessibility notes</source>
        <translation>Notas de accesibilidad</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Enlace de reunión</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Taken out of use.</source>
        <translation>Fuera de uso.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Show rooms taken out of use</source>
        <translation>Mostrar salas fuera de uso</translation>
    </message>
    <message>
        <source>Take out of use</source>
        <translation>Dejar fuera de uso</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n sala</numerusform>
            <numerusform>%n salas</numerusform>
        </translation>
    </message>
    <message>
        <source>Put back in use</source>
        <translation>Volver a usar</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>From</source>
        <translation type="unfinished">Desde</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place offered {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place has been offered; accept or decline it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End enrollment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the selected person came, in every group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline / remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster of {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n place(s) taken today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled today (no limit)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>open enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place is free and has been offered to {name}. Accept it for them when they say yes, or decline to offer it to the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest changes could not be shown: {problem}</source>
        <translation type="unfinished">No se pudieron mostrar los últimos cambios: {problem}</translation>
    </message>
    <message>
        <source>Enroll in {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who leaves the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} leaves {group} after today ({date})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} leaves the group after today ({date})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts} ({rate} came)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last came {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attendance recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {counts}; {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: {attended} of {marked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} {groups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone on the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been offered a place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Folletos</translation>
    </message>
    <message>
        <source>Training &amp; certification</source>
        <translation>Capacitación y certificación</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Registro de horas</translation>
    </message>
    <message>
        <source>Credential programs</source>
        <translation>Programas de credenciales</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Clash: {clash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clash: {clash}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{number})</source>
        <translation>{title} (Ctrl+{number})</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance of {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held · on average {average} people present or late · last 12 weeks: {direction}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Average attendance per week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Cancelled: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is cancelled ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Hoy</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day&apos;s pac&amp;ket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every handout and sign-in sheet of the day, in time order (Alt+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session: Enter checks people in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark who came to the selected session (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print sign-in sheet + handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected session&apos;s papers now (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another day, time, room or facilitator (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected session, with a reason (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print today&apos;s pac&amp;ket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Attendance over the last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: new group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clash: {clash}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kind_colors</name>
    <message>
        <source>Peer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
