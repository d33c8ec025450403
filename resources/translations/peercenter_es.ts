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
        <translation>Movida desde las {time}</translation>
    </message>
    <message>
        <source>Changed for this day</source>
        <translation>Cambiada para este día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Week of {first} – {last}</source>
        <translation>Semana del {first} al {last}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Back to today (T)</source>
        <translation>Volver a hoy (T)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Day view</source>
        <translation>Vista de día</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>Vista de semana</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>Month view</source>
        <translation>Vista de mes</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Todas las salas</translation>
    </message>
    <message>
        <source>Show room</source>
        <translation>Mostrar sala</translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation>Todos los facilitadores</translation>
    </message>
    <message>
        <source>Show facilitator</source>
        <translation>Mostrar facilitador</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Mostrar tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Search groups, people… (Ctrl+F)</source>
        <translation>Buscar grupos, personas… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only sessions whose group, room, facilitators or topic contain these words</source>
        <translation>Mostrar solo las sesiones cuyo grupo, sala, facilitadores o tema contengan estas palabras</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Buscar sesiones</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <source>A new group starting at the selected slot (Enter)</source>
        <translation>Un grupo nuevo que empieza en el horario elegido (Entrar)</translation>
    </message>
    <message>
        <source>Closures…</source>
        <translation>Cierres…</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation>Sesiones del día</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Hoy, {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>matching “{text}”</source>
        <translation>que coinciden con «{text}»</translation>
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
        <translation>Días</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Sessions cancelled</source>
        <translation>Sesiones canceladas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Cierres</translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation>Días cerrados</translation>
    </message>
    <message>
        <source>Lift closure (restore its sessions)</source>
        <translation>Levantar el cierre (restaurar sus sesiones)</translation>
    </message>
    <message>
        <source>Close more days</source>
        <translation>Cerrar más días</translation>
    </message>
    <message>
        <source>Holiday, snow, building works…</source>
        <translation>Día feriado, nieve, obras…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Show the sessions on these days</source>
        <translation>Mostrar las sesiones de estos días</translation>
    </message>
    <message>
        <source>Sessions that would be cancelled</source>
        <translation>Sesiones que se cancelarían</translation>
    </message>
    <message>
        <source>Close these days</source>
        <translation>Cerrar estos días</translation>
    </message>
    <message numerus="yes">
        <source>Close these days and cancel %n session(s)</source>
        <translation>
            <numerusform>Cerrar estos días y cancelar %n sesión</numerusform>
            <numerusform>Cerrar estos días y cancelar %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Close these days (no sessions to cancel)</source>
        <translation>Cerrar estos días (no hay sesiones que cancelar)</translation>
    </message>
    <message numerus="yes">
        <source>Closed {days}: %n session(s) cancelled.</source>
        <translation>
            <numerusform>Se cerraron estos días: {days}. Se canceló %n sesión.</numerusform>
            <numerusform>Se cerraron estos días: {days}. Se cancelaron %n sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the closure to lift.</source>
        <translation>Elija el cierre que desea levantar.</translation>
    </message>
    <message>
        <source>Lift closure</source>
        <translation>Levantar el cierre</translation>
    </message>
    <message numerus="yes">
        <source>Reopen {days} and restore its %n session(s)?</source>
        <translation>
            <numerusform>¿Reabrir {days} y restaurar %n sesión?</numerusform>
            <numerusform>¿Reabrir {days} y restaurar sus %n sesiones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Levantar</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) restored.</source>
        <translation>
            <numerusform>%n sesión restaurada.</numerusform>
            <numerusform>%n sesiones restauradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{group} {date} ({why})</source>
        <translation>{group} {date} ({why})</translation>
    </message>
    <message>
        <source>{restored} Still cancelled because the slot is taken now: {list}</source>
        <translation>{restored} Siguen canceladas porque el horario ya está ocupado: {list}</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>{group} at {time} is cancelled.</source>
        <translation>La sesión de {group} de las {time} está cancelada.</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimir el folleto</translation>
    </message>
    <message>
        <source>Printed the handout for {group} at {time}.</source>
        <translation>Se imprimió el folleto de {group} de las {time}.</translation>
    </message>
    <message>
        <source>Print the sign-in sheet and handout</source>
        <translation>Imprimir la hoja de firmas y el folleto</translation>
    </message>
    <message>
        <source>Printed the sign-in sheet and handout for {group} at {time}.</source>
        <translation>Se imprimieron la hoja de firmas y el folleto de {group} de las {time}.</translation>
    </message>
    <message>
        <source>Print the day&apos;s packet</source>
        <translation>Imprimir el paquete del día</translation>
    </message>
    <message>
        <source>Printed the packet for {day}: every handout and sign-in sheet.</source>
        <translation>Se imprimió el paquete del {day}: todos los folletos y hojas de firmas.</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Getting started</source>
        <translation>Para empezar</translation>
    </message>
    <message>
        <source>Nothing is planned here yet. Once the center has rooms, staff and a first group, Today lists each day&apos;s sessions, with attendance and printing.</source>
        <translation>Todavía no hay nada programado. Cuando el centro tenga salas, personal y un primer grupo, Hoy mostrará las sesiones de cada día, con la asistencia y la impresión.</translation>
    </message>
    <message>
        <source>Add the rooms groups meet in</source>
        <translation>Agregue las salas donde se reúnen los grupos</translation>
    </message>
    <message>
        <source>Rooms…</source>
        <translation>Salas…</translation>
    </message>
    <message>
        <source>Add the staff who lead groups, each with their own login</source>
        <translation>Agregue al personal que dirige los grupos, cada uno con su propio usuario</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>Personal…</translation>
    </message>
    <message>
        <source>Create a first group</source>
        <translation>Cree un primer grupo</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <source>Or bring the groups from a spreadsheet</source>
        <translation>O traiga los grupos de una hoja de cálculo</translation>
    </message>
    <message>
        <source>Import groups…</source>
        <translation>Importar grupos…</translation>
    </message>
    <message>
        <source>Bring the participants from a spreadsheet</source>
        <translation>Traiga los participantes de una hoja de cálculo</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>Importar participantes…</translation>
    </message>
    <message>
        <source>{button}: {step}</source>
        <translation>{button}: {step}</translation>
    </message>
    <message>
        <source>An administrator does this.</source>
        <translation>Esto lo hace un administrador.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) so far</source>
        <translation>
            <numerusform>%n sala hasta ahora</numerusform>
            <numerusform>%n salas hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) so far</source>
        <translation>
            <numerusform>%n persona hasta ahora</numerusform>
            <numerusform>%n personas hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) so far</source>
        <translation>
            <numerusform>%n grupo hasta ahora</numerusform>
            <numerusform>%n grupos hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) so far</source>
        <translation>
            <numerusform>%n participante hasta ahora</numerusform>
            <numerusform>%n participantes hasta ahora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Ningún grupo</translation>
    </message>
    <message>
        <source>Show ended series</source>
        <translation>Mostrar series terminadas</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <source>Edit series…</source>
        <translation>Editar la serie…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add groups and their schedule from a CSV file</source>
        <translation>Agregar grupos y su horario desde un archivo CSV</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>Lista de miembros…</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Asistencia…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>This series has ended.</source>
        <translation>Esta serie ha terminado.</translation>
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
        <translation>Calendario del mes</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n session(s)</source>
        <translation>
            <numerusform>{day}: %n sesión</numerusform>
            <numerusform>{day}: %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not printed on sign-in sheets: no consent recorded.</source>
        <translation>No se imprime en las hojas de firmas: no hay consentimiento registrado.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>On sign-in sheets</source>
        <translation>En hojas de firmas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Search by preferred or last name</source>
        <translation>Buscar por nombre preferido o apellido</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Mostrar inactivos</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>Importar participantes…</translation>
    </message>
    <message>
        <source>Add many participants at once from a CSV file saved by a spreadsheet program.</source>
        <translation>Agregar muchos participantes a la vez desde un archivo CSV guardado por un programa de hojas de cálculo.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
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
        <translation>Agregar sala</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>Editar sala</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
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
        <source>How many people fit; leave at “No limit” if it does not matter.</source>
        <translation>Cuántas personas caben; deje «Sin límite» si no importa.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Floor or directions, printed on handouts.</source>
        <translation>Piso o indicaciones; se imprime en los folletos.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Acceso sin escalones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Virtual room (meets online)</source>
        <translation>Sala virtual (se reúne en línea)</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Enlace de reunión</translation>
    </message>
    <message>
        <source>Printed on handouts for the sessions held here.</source>
        <translation>Se imprime en los folletos de las sesiones que se realizan aquí.</translation>
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
        <translation>Desde</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Place offered {date}</source>
        <translation>Lugar ofrecido el {date}</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>A place has been offered; accept or decline it.</source>
        <translation>Se ofreció un lugar; acéptelo o rechácelo.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de miembros</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Enroll…</source>
        <translation>Inscribir…</translation>
    </message>
    <message>
        <source>End enrollment…</source>
        <translation>Terminar la inscripción…</translation>
    </message>
    <message>
        <source>Their attendance</source>
        <translation>Su asistencia</translation>
    </message>
    <message>
        <source>How often the selected person came, in every group</source>
        <translation>Con qué frecuencia vino la persona elegida, en todos los grupos</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Offer free places</source>
        <translation>Ofrecer lugares libres</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>Aceptar la oferta</translation>
    </message>
    <message>
        <source>Decline / remove</source>
        <translation>Rechazar / quitar</translation>
    </message>
    <message>
        <source>Roster of {group}</source>
        <translation>Lista de miembros de {group}</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n place(s) taken today</source>
        <translation>
            <numerusform>{taken} de %n lugar ocupado hoy</numerusform>
            <numerusform>{taken} de %n lugares ocupados hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled today (no limit)</source>
        <translation>
            <numerusform>%n inscrito hoy (sin límite)</numerusform>
            <numerusform>%n inscritos hoy (sin límite)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>open enrollment</source>
        <translation>inscripción abierta</translation>
    </message>
    <message>
        <source>closed group</source>
        <translation>grupo cerrado</translation>
    </message>
    <message>
        <source>A place is free and has been offered to {name}. Accept it for them when they say yes, or decline to offer it to the next person.</source>
        <translation>Hay un lugar libre y se le ofreció a {name}. Acéptelo en su nombre cuando diga que sí, o rechácelo para ofrecérselo a la siguiente persona.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>The latest changes could not be shown: {problem}</source>
        <translation>No se pudieron mostrar los últimos cambios: {problem}</translation>
    </message>
    <message>
        <source>Enroll in {group}</source>
        <translation>Inscribir en {group}</translation>
    </message>
    <message>
        <source>Choose who leaves the group.</source>
        <translation>Elija quién deja el grupo.</translation>
    </message>
    <message>
        <source>{name} leaves {group} after today ({date})?</source>
        <translation>¿{name} deja {group} después de hoy ({date})?</translation>
    </message>
    <message>
        <source>{name} leaves the group after today ({date})?</source>
        <translation>¿{name} deja el grupo después de hoy ({date})?</translation>
    </message>
    <message>
        <source>End enrollment</source>
        <translation>Terminar la inscripción</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Choose someone on the roster.</source>
        <translation>Elija a alguien de la lista de miembros.</translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <source>{counts} ({rate} came)</source>
        <translation>{counts} (asistencia: {rate})</translation>
    </message>
    <message>
        <source>last came {date}</source>
        <translation>vino por última vez el {date}</translation>
    </message>
    <message>
        <source>no attendance recorded yet</source>
        <translation>todavía no hay asistencia registrada</translation>
    </message>
    <message>
        <source>{name}: {counts}; {last}.</source>
        <translation>{name}: {counts}; {last}.</translation>
    </message>
    <message>
        <source>{group}: {attended} of {marked}</source>
        <translation>{group}: {attended} de {marked}</translation>
    </message>
    <message>
        <source>{text} {groups}.</source>
        <translation>{text} {groups}.</translation>
    </message>
    <message>
        <source>Choose someone on the waitlist.</source>
        <translation>Elija a alguien de la lista de espera.</translation>
    </message>
    <message>
        <source>Nobody has been offered a place.</source>
        <translation>No se le ha ofrecido un lugar a nadie.</translation>
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
        <translation>Conflicto: {clash}</translation>
    </message>
    <message>
        <source>Moved from {day} {time}</source>
        <translation>Movida desde el {day} a las {time}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{group} ({kind})</source>
        <translation>{group} ({kind})</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>Sala: {room}</translation>
    </message>
    <message>
        <source>With {people}</source>
        <translation>Con {people}</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Tema: {topic}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Cancelada: {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>clash: {clash}</source>
        <translation>conflicto: {clash}</translation>
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
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Attendance of {group}</source>
        <translation>Asistencia de {group}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held · on average {average} people present or late · last 12 weeks: {direction}</source>
        <translation>
            <numerusform>%n sesión realizada · en promedio {average} personas presentes o con retraso · últimas 12 semanas: {direction}</numerusform>
            <numerusform>%n sesiones realizadas · en promedio {average} personas presentes o con retraso · últimas 12 semanas: {direction}</numerusform>
        </translation>
    </message>
    <message>
        <source>Average attendance per week</source>
        <translation>Asistencia promedio por semana</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Cancelada: {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>This session is cancelled ({reason}).</source>
        <translation>Esta sesión está cancelada ({reason}).</translation>
    </message>
    <message>
        <source>This session is cancelled.</source>
        <translation>Esta sesión está cancelada.</translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation>Sesiones del día</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation>El día hasta ahora</translation>
    </message>
    <message>
        <source>Print the day&apos;s pac&amp;ket…</source>
        <translation>Imprimir el pa&amp;quete del día…</translation>
    </message>
    <message>
        <source>Every handout and sign-in sheet of the day, in time order (Alt+K)</source>
        <translation>Todos los folletos y hojas de firmas del día, por orden de hora (Alt+Q)</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Select a session: Enter checks people in.</source>
        <translation>Elija una sesión y presione Entrar para registrar la llegada.</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Sesión elegida</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>A&amp;sistencia…</translation>
    </message>
    <message>
        <source>Mark who came to the selected session (Enter)</source>
        <translation>Marque quién vino a la sesión elegida (Entrar)</translation>
    </message>
    <message>
        <source>&amp;Print sign-in sheet + handout</source>
        <translation>Im&amp;primir hoja de firmas + folleto</translation>
    </message>
    <message>
        <source>Print the selected session&apos;s papers now (Alt+P)</source>
        <translation>Imprima ahora los papeles de la sesión elegida (Alt+P)</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>Another day, time, room or facilitator (Alt+M)</source>
        <translation>Otro día, hora, sala o facilitador (Alt+M)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>Ca&amp;ncelar…</translation>
    </message>
    <message>
        <source>Cancel the selected session, with a reason (Alt+N)</source>
        <translation>Cancele la sesión elegida, con un motivo (Alt+N)</translation>
    </message>
    <message>
        <source>&amp;Print handout</source>
        <translation>Im&amp;primir folleto</translation>
    </message>
    <message>
        <source>{time} {group}</source>
        <translation>{time} {group}</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Hoy, {day}</translation>
    </message>
    <message>
        <source>Print today&apos;s pac&amp;ket…</source>
        <translation>Imprimir el pa&amp;quete de hoy…</translation>
    </message>
    <message>
        <source>No sessions on {day}.</source>
        <translation>No hay sesiones el {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n asistente</numerusform>
            <numerusform>%n asistentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Attendance over the last 12 weeks</source>
        <translation>Asistencia en las últimas 12 semanas</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation>Calendario de la semana</translation>
    </message>
    <message>
        <source>Enter: new group</source>
        <translation>Entrar: grupo nuevo</translation>
    </message>
    <message>
        <source>Clash: {clash}</source>
        <translation>Conflicto: {clash}</translation>
    </message>
</context>
<context>
    <name>kind_colors</name>
    <message>
        <source>Peer support</source>
        <translation>Apoyo entre pares</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoría</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
</context>
</TS>
