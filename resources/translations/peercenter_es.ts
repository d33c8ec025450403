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
    <name>CredentialLevels</name>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>CredentialsScreen</name>
    <message>
        <source>Training &amp; certification</source>
        <translation>Capacitación y certificación</translation>
    </message>
    <message>
        <source>Training and certification</source>
        <translation>Capacitación y certificación</translation>
    </message>
    <message>
        <source>My supervisees</source>
        <translation>Mis supervisados</translation>
    </message>
    <message>
        <source>All supervisees</source>
        <translation>Todos los supervisados</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>Registros de capacitación</translation>
    </message>
    <message>
        <source>Supervision log</source>
        <translation>Registro de supervisiones</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Enroll {person}</source>
        <translation>Inscribir a {person}</translation>
    </message>
    <message>
        <source>Enrollment of {person}</source>
        <translation>Inscripción de {person}</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>From this day, supervised experience and supervision count.</source>
        <translation>A partir de este día cuentan la experiencia supervisada y la supervisión.</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Obtenida</translation>
    </message>
    <message>
        <source>Credential achieved</source>
        <translation>Credencial obtenida</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Left blank, it follows from the program&apos;s renewal cycle.</source>
        <translation>Si se deja en blanco, se calcula según el ciclo de renovación del programa.</translation>
    </message>
    <message>
        <source>Credential number</source>
        <translation>Número de credencial</translation>
    </message>
    <message>
        <source>Remove enrollment…</source>
        <translation>Quitar inscripción…</translation>
    </message>
    <message>
        <source>There is no credential program to choose yet.</source>
        <translation>Todavía no hay ningún programa de credenciales para elegir.</translation>
    </message>
    <message>
        <source>Remove enrollment</source>
        <translation>Quitar inscripción</translation>
    </message>
    <message>
        <source>Remove the enrollment in {program}?

No hours are deleted; they stop being shown toward this program.</source>
        <translation>¿Quitar la inscripción en {program}?

No se elimina ninguna hora; solo dejan de mostrarse para este programa.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
    <name>OverviewTab</name>
    <message>
        <source>On track</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Próxima fecha</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Supervisees, most urgent first</source>
        <translation>Supervisados, los más urgentes primero</translation>
    </message>
    <message numerus="yes">
        <source>%n supervisee(s)</source>
        <translation>
            <numerusform>%n persona supervisada</numerusform>
            <numerusform>%n personas supervisadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} · {urgent}. Double-click someone to see their progress.</source>
        <translation>{count} · {urgent}. Haga doble clic en una persona para ver su progreso.</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention now</source>
        <translation>
            <numerusform>%n necesita atención ya</numerusform>
            <numerusform>%n necesitan atención ya</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}. Double-click someone to see their progress.</source>
        <translation>{count}. Haga doble clic en una persona para ver su progreso.</translation>
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
    <name>ProgramCard</name>
    <message>
        <source>{requirement}: {percent} percent</source>
        <translation>{requirement}: {percent} por ciento</translation>
    </message>
    <message>
        <source>Met at certification</source>
        <translation>Cumplido al certificarse</translation>
    </message>
    <message>
        <source>Met at certification ({date})</source>
        <translation>Cumplido al certificarse ({date})</translation>
    </message>
    <message>
        <source>At least once a week</source>
        <translation>Al menos una vez por semana</translation>
    </message>
    <message>
        <source>At least once a month</source>
        <translation>Al menos una vez al mes</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) missed</source>
        <translation>
            <numerusform>%n semana sin supervisión</numerusform>
            <numerusform>%n semanas sin supervisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) missed</source>
        <translation>
            <numerusform>%n mes sin supervisión</numerusform>
            <numerusform>%n meses sin supervisión</numerusform>
        </translation>
    </message>
    <message>
        <source>next due {date}</source>
        <translation>la próxima vence el {date}</translation>
    </message>
    <message>
        <source>{done} of {required}</source>
        <translation>{done} de {required}</translation>
    </message>
    <message>
        <source>{hours} missing</source>
        <translation>faltan {hours}</translation>
    </message>
    <message>
        <source>{hours} waiting for verification</source>
        <translation>{hours} pendientes de verificación</translation>
    </message>
    <message>
        <source>done around {date}</source>
        <translation>terminaría hacia el {date}</translation>
    </message>
    <message>
        <source>Edit enrollment…</source>
        <translation>Editar inscripción…</translation>
    </message>
    <message>
        <source>Record renewal…</source>
        <translation>Registrar renovación…</translation>
    </message>
    <message>
        <source>Hours report (PDF)…</source>
        <translation>Informe de horas (PDF)…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>The same report as a spreadsheet file</source>
        <translation>El mismo informe como archivo de hoja de cálculo</translation>
    </message>
    <message>
        <source>&lt;b&gt;{level}:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;{level}:&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>Started {date}</source>
        <translation>Comenzó el {date}</translation>
    </message>
    <message>
        <source>achieved {date}</source>
        <translation>obtenida el {date}</translation>
    </message>
    <message>
        <source>not achieved yet</source>
        <translation>aún no obtenida</translation>
    </message>
    <message>
        <source>renewal due {date}</source>
        <translation>renovación antes del {date}</translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation>n.º {number}</translation>
    </message>
    <message>
        <source>This credential {rest}</source>
        <translation>Esta credencial {rest}</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>The source</source>
        <translation>La fuente</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La descripción</translation>
    </message>
    <message>
        <source>The renewal cycle</source>
        <translation>El ciclo de renovación</translation>
    </message>
    <message>
        <source>The initial period</source>
        <translation>El período inicial</translation>
    </message>
    <message>
        <source>Add credential program</source>
        <translation>Agregar programa de credenciales</translation>
    </message>
    <message>
        <source>Edit credential program</source>
        <translation>Editar programa de credenciales</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Where the rules come from: a web page, a handbook.</source>
        <translation>De dónde vienen las reglas: una página web, un manual.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Does not renew</source>
        <translation>No se renueva</translation>
    </message>
    <message>
        <source>Renewal cycle</source>
        <translation>Ciclo de renovación</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Initial period</source>
        <translation>Período inicial</translation>
    </message>
    <message>
        <source>How long an initial certification lasts, if the rules say (supervision rules may differ during it).</source>
        <translation>Cuánto dura una certificación inicial, si las reglas lo indican (durante ese período las reglas de supervisión pueden ser distintas).</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <source>Add at least one requirement.</source>
        <translation>Agregue al menos un requisito.</translation>
    </message>
    <message>
        <source>{field} {problem}.</source>
        <translation>{field} {problem}.</translation>
    </message>
    <message>
        <source>Requirement {number} ({name})</source>
        <translation>Requisito {number} ({name})</translation>
    </message>
    <message>
        <source>Requirement {number}</source>
        <translation>Requisito {number}</translation>
    </message>
    <message>
        <source>{requirement}: {detail}: {problem}.</source>
        <translation>{requirement}: {detail}: {problem}.</translation>
    </message>
    <message>
        <source>{requirement}: {problem}.</source>
        <translation>{requirement}: {problem}.</translation>
    </message>
</context>
<context>
    <name>ProgramsScreen</name>
    <message>
        <source>Shipped</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Center&apos;s own</source>
        <translation>Del centro</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Copy program</source>
        <translation>Copiar programa</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nombre de la copia:</translation>
    </message>
    <message>
        <source>Credential programs</source>
        <translation>Programas de credenciales</translation>
    </message>
    <message>
        <source>Show switched-off programs</source>
        <translation>Mostrar programas desactivados</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Copiar…</translation>
    </message>
    <message>
        <source>Switch off…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Switch on…</source>
        <translation>Activar…</translation>
    </message>
    <message>
        <source>Requirements of the selected program</source>
        <translation>Requisitos del programa seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n programa</numerusform>
            <numerusform>%n programas</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipped programs follow their board; copy one to adapt it.</source>
        <translation>Los programas incluidos siguen las reglas de su organismo certificador; cópielo para adaptarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Renews every %n month(s).</source>
        <translation>
            <numerusform>Se renueva cada %n mes.</numerusform>
            <numerusform>Se renueva cada %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not renew.</source>
        <translation>No se renueva.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>{program} (our center)</source>
        <translation>{program} (nuestro centro)</translation>
    </message>
    <message>
        <source>Switch {program} back on?</source>
        <translation>¿Volver a activar {program}?</translation>
    </message>
    <message numerus="yes">
        <source>Switch off {program}?

Nobody new can be enrolled in it; %n person(s) already enrolled keep it.</source>
        <translation>
            <numerusform>¿Desactivar {program}?

No se podrá inscribir a nadie más; %n persona ya inscrita lo conserva.</numerusform>
            <numerusform>¿Desactivar {program}?

No se podrá inscribir a nadie más; %n personas ya inscritas lo conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Desactivar</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>Enroll in a program…</source>
        <translation>Inscribir en un programa…</translation>
    </message>
    <message>
        <source>Programs enrolled</source>
        <translation>Programas en los que está inscrito</translation>
    </message>
    <message>
        <source>{name} is not enrolled in any credential program yet. Use “Enroll in a program…” to start tracking their hours.</source>
        <translation>{name} todavía no está inscrito(a) en ningún programa de credenciales. Use “Inscribir en un programa…” para empezar a llevar la cuenta de sus horas.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in any credential program yet.</source>
        <translation>{name} todavía no está inscrito(a) en ningún programa de credenciales.</translation>
    </message>
    <message>
        <source>As of {date} · supervisor {supervisor}</source>
        <translation>Al {date} · supervisor(a): {supervisor}</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Al {date}</translation>
    </message>
    <message>
        <source>Record renewal</source>
        <translation>Registrar renovación</translation>
    </message>
    <message>
        <source>Did the board renew {program} (due {date})?

The expiry moves on by one renewal cycle.</source>
        <translation>¿El organismo certificador renovó {program} (vence el {date})?

El vencimiento se corre un ciclo de renovación.</translation>
    </message>
    <message>
        <source>Saved the hours report to {path}</source>
        <translation>Se guardó el informe de horas en {path}</translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Add requirement</source>
        <translation>Agregar requisito</translation>
    </message>
    <message>
        <source>Edit requirement</source>
        <translation>Editar requisito</translation>
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
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>At least once every calendar week</source>
        <translation>Al menos una vez en cada semana del calendario</translation>
    </message>
    <message>
        <source>At least once every calendar month</source>
        <translation>Al menos una vez en cada mes del calendario</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Any domain</source>
        <translation>Cualquier área</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Áreas de competencia</translation>
    </message>
    <message>
        <source>Only training in these domains counts; separate them with commas. Known: {known}</source>
        <translation>Solo cuenta la capacitación en estas áreas de competencia; sepárelas con comas. Conocidas: {known}</translation>
    </message>
    <message>
        <source>To earn the credential</source>
        <translation>Para obtener la credencial</translation>
    </message>
    <message>
        <source>In each renewal cycle</source>
        <translation>En cada ciclo de renovación</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Done within this many months of the enrollment start.</source>
        <translation>Debe completarse dentro de esta cantidad de meses desde el inicio de la inscripción.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Counts hours from the last</source>
        <translation>Cuenta las horas de los últimos</translation>
    </message>
    <message>
        <source>Training counts before a supervisor verifies it</source>
        <translation>Cuenta la capacitación aún sin verificar</translation>
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
    <name>SupervisionDialog</name>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupal</translation>
    </message>
    <message>
        <source>Log supervision</source>
        <translation>Registrar supervisión</translation>
    </message>
    <message>
        <source>Edit supervision</source>
        <translation>Editar supervisión</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor(a)</translation>
    </message>
    <message>
        <source>Supervisees</source>
        <translation>Supervisados</translation>
    </message>
    <message>
        <source>Tick one person for individual supervision, several for a group.</source>
        <translation>Marque una persona para supervisión individual, o varias para supervisión grupal.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>What was covered</source>
        <translation>Qué se trató</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Áreas de competencia</translation>
    </message>
    <message>
        <source>Other domains, separated by commas</source>
        <translation>Otras áreas, separadas por comas</translation>
    </message>
    <message>
        <source>Other domains</source>
        <translation>Otras áreas</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notas confidenciales</translation>
    </message>
    <message>
        <source>Only supervisors and administrators read these, never the supervisee.</source>
        <translation>Solo las leen supervisores y administradores, nunca la persona supervisada.</translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notas confidenciales</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor(a)</translation>
    </message>
    <message>
        <source>Supervisees</source>
        <translation>Supervisados</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Log supervision…</source>
        <translation>Registrar supervisión…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Supervision log</source>
        <translation>Registro de supervisiones</translation>
    </message>
    <message numerus="yes">
        <source>%n supervision session(s) received, {hours}</source>
        <translation>
            <numerusform>%n sesión de supervisión recibida, {hours}</numerusform>
            <numerusform>%n sesiones de supervisión recibidas, {hours}</numerusform>
        </translation>
    </message>
    <message>
        <source>{received} · {given}</source>
        <translation>{received} · {given}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) given</source>
        <translation>
            <numerusform>%n sesión impartida</numerusform>
            <numerusform>%n sesiones impartidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete supervision</source>
        <translation>Eliminar supervisión</translation>
    </message>
    <message>
        <source>Delete the supervision of {date} with {supervisees}?</source>
        <translation>¿Eliminar la supervisión del {date} con {supervisees}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>TimeEntriesScreen</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>Últimas 8 semanas</translation>
    </message>
    <message>
        <source>Last 13 weeks</source>
        <translation>Últimas 13 semanas</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>Últimas 26 semanas</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>Últimas 52 semanas</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Held sessions you facilitated. They count as supervised experience by themselves; direct-service entries add only what goes beyond them on the same day.</source>
        <translation>Sesiones realizadas que usted facilitó. Cuentan por sí solas como experiencia supervisada; los registros de servicio directo solo suman lo que pase de ellas el mismo día.</translation>
    </message>
    <message>
        <source>Sessions facilitated</source>
        <translation>Sesiones facilitadas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Registro de horas</translation>
    </message>
    <message>
        <source>Weeks shown</source>
        <translation>Semanas mostradas</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Kind shown</source>
        <translation>Tipo mostrado</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hours by week and kind</source>
        <translation>Horas por semana y tipo</translation>
    </message>
    <message>
        <source>Hours by week</source>
        <translation>Horas por semana</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registros</translation>
    </message>
    <message numerus="yes">
        <source>No time entries in the last %n week(s).</source>
        <translation>
            <numerusform>No hay registros de horas en la última semana.</numerusform>
            <numerusform>No hay registros de horas en las últimas %n semanas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No time entries yet.</source>
        <translation>Todavía no hay registros de horas.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), {hours} h</source>
        <translation>
            <numerusform>%n registro, {hours} h</numerusform>
            <numerusform>%n registros, {hours} h</numerusform>
        </translation>
    </message>
    <message>
        <source>{entries} · {sessions}</source>
        <translation>{entries} · {sessions}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) facilitated, {hours} h</source>
        <translation>
            <numerusform>%n sesión facilitada, {hours} h</numerusform>
            <numerusform>%n sesiones facilitadas, {hours} h</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete time entry</source>
        <translation>Eliminar registro de horas</translation>
    </message>
    <message>
        <source>Delete {hours} h of {kind} on {date}?</source>
        <translation>¿Eliminar {hours} h de {kind} del {date}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <source>Counts as supervised experience beyond the sessions you facilitated that day (they already count).</source>
        <translation>Cuenta como experiencia supervisada además de las sesiones que usted facilitó ese día (esas ya cuentan).</translation>
    </message>
    <message>
        <source>Work time spent in training. Add the course itself under Training &amp; certification to count it toward a credential.</source>
        <translation>Tiempo de trabajo dedicado a capacitación. Agregue el curso en Capacitación y certificación para que cuente para una credencial.</translation>
    </message>
    <message>
        <source>Add time for {person}</source>
        <translation>Agregar horas de {person}</translation>
    </message>
    <message>
        <source>Edit time of {person}</source>
        <translation>Editar horas de {person}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>e.g. 2.5 or 2:30</source>
        <translation>p. ej. 2.5 o 2:30</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Add training for {person}</source>
        <translation>Agregar capacitación de {person}</translation>
    </message>
    <message>
        <source>Edit training of {person}</source>
        <translation>Editar capacitación de {person}</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Área de competencia</translation>
    </message>
    <message>
        <source>The domain a program counts it toward, e.g. Ethics or Advocacy.</source>
        <translation>El área de competencia para la que cuenta en un programa, p. ej. Ética o Defensoría.</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completada el</translation>
    </message>
    <message>
        <source>Course over several days, from</source>
        <translation>Curso de varios días, desde el</translation>
    </message>
    <message>
        <source>e.g. 6 or 1:30</source>
        <translation>p. ej. 6 o 1:30</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Approved for continuing-education (CE) credit</source>
        <translation>Aprobada para créditos de educación continua (EC)</translation>
    </message>
    <message>
        <source>Counts toward renewal hours in the current renewal cycle.</source>
        <translation>Cuenta para las horas de renovación del ciclo de renovación actual.</translation>
    </message>
    <message>
        <source>Verified by {supervisor}. Changing the record takes the verification away.</source>
        <translation>Verificada por {supervisor}. Si cambia el registro, se quita la verificación.</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Waiting</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Yes, by {supervisor}</source>
        <translation>Sí, por {supervisor}</translation>
    </message>
    <message>
        <source>{title}
Provider: {provider}</source>
        <translation>{title}
Proveedor: {provider}</translation>
    </message>
    <message>
        <source>CE</source>
        <translation>EC</translation>
    </message>
    <message>
        <source>Approved for continuing-education credit</source>
        <translation>Aprobada para créditos de educación continua</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Attach a certificate</source>
        <translation>Adjuntar un certificado</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Certificados (*.pdf *.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>Registros de capacitación</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Take back verification</source>
        <translation>Retirar verificación</translation>
    </message>
    <message>
        <source>Attach certificate…</source>
        <translation>Adjuntar certificado…</translation>
    </message>
    <message>
        <source>Replace certificate…</source>
        <translation>Reemplazar certificado…</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>Abrir certificado</translation>
    </message>
    <message>
        <source>Waiting for a supervisor to verify it.</source>
        <translation>Pendiente de que un(a) supervisor(a) la verifique.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), {hours}</source>
        <translation>
            <numerusform>%n registro, {hours}</numerusform>
            <numerusform>%n registros, {hours}</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} · {waiting} ({hours})</source>
        <translation>{records} · {waiting} ({hours})</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for verification</source>
        <translation>
            <numerusform>%n pendiente de verificación</numerusform>
            <numerusform>%n pendientes de verificación</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Primero elija a una persona.</translation>
    </message>
    <message>
        <source>Delete training record</source>
        <translation>Eliminar registro de capacitación</translation>
    </message>
    <message>
        <source>Delete “{title}” ({date})? Its certificate is deleted too.</source>
        <translation>¿Eliminar “{title}” ({date})? También se elimina su certificado.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <source>every week</source>
        <translation>cada semana</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>cada mes</translation>
    </message>
    <message numerus="yes">
        <source>within %n month(s) of the start</source>
        <translation>
            <numerusform>dentro de %n mes desde el inicio</numerusform>
            <numerusform>dentro de %n meses desde el inicio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from the last %n month(s)</source>
        <translation>
            <numerusform>del último mes</numerusform>
            <numerusform>de los últimos %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>unverified training counts</source>
        <translation>cuenta la capacitación sin verificar</translation>
    </message>
    <message>
        <source>To earn it</source>
        <translation>Para obtenerla</translation>
    </message>
    <message>
        <source>Each renewal cycle</source>
        <translation>En cada ciclo de renovación</translation>
    </message>
</context>
<context>
    <name>report_export</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the hours report</source>
        <translation>Guardar el informe de horas</translation>
    </message>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>No se pudo guardar el informe: {error}</translation>
    </message>
    <message>
        <source>Preparing the hours report…</source>
        <translation>Preparando el informe de horas…</translation>
    </message>
</context>
</TS>
