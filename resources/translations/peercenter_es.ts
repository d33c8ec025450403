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
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
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
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Check for tampering</source>
        <translation>Comprobar alteraciones</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
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
    <message numerus="yes">
        <source>%n event(s) (the newest; narrow the filter to see older ones)</source>
        <translation>
            <numerusform>%n evento (el más reciente; acote el filtro para ver los anteriores)</numerusform>
            <numerusform>%n eventos (los más recientes; acote el filtro para ver los anteriores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to {file}.</source>
        <translation>
            <numerusform>Se exportó %n evento a {file}.</numerusform>
            <numerusform>Se exportaron %n eventos a {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln event(s) check out: nothing was changed, deleted or slipped in.</source>
        <translation>
            <numerusform>El evento (%Ln) está en orden: no se cambió, eliminó ni añadió nada a escondidas.</numerusform>
            <numerusform>Los %Ln eventos están en orden: no se cambió, eliminó ni añadió nada a escondidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tampering found: {problem}.</source>
        <translation>Se encontró una alteración: {problem}.</translation>
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
    <name>HandoutsScreen</name>
    <message>
        <source>As shipped</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Edited here</source>
        <translation>Editado aquí</translation>
    </message>
    <message>
        <source>Written here</source>
        <translation>Escrito aquí</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>No: {problem}</source>
        <translation>No: {problem}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Complete: it can be printed.</source>
        <translation>Completo: se puede imprimir.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Buscar un tema</translation>
    </message>
    <message>
        <source>Find a topic…</source>
        <translation>Buscar un tema…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Short na&amp;me</source>
        <translation>Nombre &amp;corto</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and dashes; the same in every language, so a handout finds the topic&apos;s translation.</source>
        <translation>Minúsculas, dígitos y guiones; el mismo en todos los idiomas, para que un folleto encuentre la traducción del tema.</translation>
    </message>
    <message>
        <source>One per line.</source>
        <translation>Uno por línea.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idio&amp;ma</translation>
    </message>
    <message>
        <source>&amp;Introduction</source>
        <translation>&amp;Introducción</translation>
    </message>
    <message>
        <source>&amp;Key points</source>
        <translation>&amp;Puntos clave</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>&amp;Ejercicio</translation>
    </message>
    <message>
        <source>Exercise &amp;steps</source>
        <translation>Pa&amp;sos del ejercicio</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>Pre&amp;guntas</translation>
    </message>
    <message>
        <source>&amp;New topic</source>
        <translation>&amp;Nuevo tema</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>G&amp;uardar</translation>
    </message>
    <message>
        <source>&amp;Restore the shipped text</source>
        <translation>&amp;Restaurar el texto original</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Harbor Clinic | 555-0100 | walk-ins Mon–Fri 9–5</source>
        <translation>Clínica Harbor | 555-0100 | sin cita, lun–vie 9–5</translation>
    </message>
    <message>
        <source>Save local resources</source>
        <translation>Guardar recursos locales</translation>
    </message>
    <message>
        <source>Local resources printed on every handout</source>
        <translation>Recursos locales impresos en cada folleto</translation>
    </message>
    <message>
        <source>One per line: Name | phone or address | a short note (optional).</source>
        <translation>Uno por línea: Nombre | teléfono o dirección | una nota breve (opcional).</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Folletos</translation>
    </message>
    <message>
        <source>It comes with PeerCenter and follows updates.</source>
        <translation>Viene con PeerCenter y se actualiza con él.</translation>
    </message>
    <message>
        <source>Your center&apos;s wording is used instead of the shipped text.</source>
        <translation>Se usa la redacción de su centro en lugar del texto original.</translation>
    </message>
    <message>
        <source>Your center wrote this topic.</source>
        <translation>Su centro escribió este tema.</translation>
    </message>
    <message>
        <source>It cannot be printed yet: {problem}</source>
        <translation>Todavía no se puede imprimir: {problem}</translation>
    </message>
    <message>
        <source>A new topic written by your center.</source>
        <translation>Un tema nuevo escrito por su centro.</translation>
    </message>
    <message>
        <source>Cannot save the topic</source>
        <translation>No se puede guardar el tema</translation>
    </message>
    <message>
        <source>Saved. {status}</source>
        <translation>Guardado. {status}</translation>
    </message>
    <message>
        <source>Delete topic</source>
        <translation>Eliminar tema</translation>
    </message>
    <message>
        <source>Delete this topic? Sessions that use it will print without a topic.</source>
        <translation>¿Eliminar este tema? Las sesiones que lo usan se imprimirán sin tema.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Saved. Handouts printed from now on list these.</source>
        <translation>Guardado. Los folletos que se impriman a partir de ahora los incluirán.</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
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
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>{count} found for “{search}”</source>
        <translation>Resultados para «{search}»: {count}</translation>
    </message>
    <message>
        <source>{nothing} found for “{search}”.</source>
        <translation>{nothing} coincide con «{search}».</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>Se muestran {shown} de {total}</translation>
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
    <name>PersonDetailView</name>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros de bienestar</translation>
    </message>
    <message>
        <source>{name}: {level}</source>
        <translation>{name}: {level}</translation>
    </message>
    <message>
        <source>none on record</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>Last supervision: {date}.</source>
        <translation>Última supervisión: {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) in the last 12 months.</source>
        <translation>
            <numerusform>%n registro de bienestar en los últimos 12 meses.</numerusform>
            <numerusform>%n registros de bienestar en los últimos 12 meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Todavía no hay registros de bienestar.</translation>
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
    <name>PrintScreen</name>
    <message>
        <source>Large print (16 pt and up)</source>
        <translation>Letra grande (16 pt o más)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>Imprimi&amp;r…</translation>
    </message>
    <message>
        <source>Print the document shown (Ctrl+P)</source>
        <translation>Imprimir el documento que se muestra (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>{time}  {group} (cancelled)</source>
        <translation>{time}  {group} (cancelada)</translation>
    </message>
    <message>
        <source>{time}  {group}</source>
        <translation>{time}  {group}</translation>
    </message>
    <message>
        <source>Press Preview to see the document.</source>
        <translation>Pulse Vista previa para ver el documento.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparando el documento…</translation>
    </message>
    <message>
        <source>Preparing: {document}</source>
        <translation>Preparando: {document}</translation>
    </message>
    <message>
        <source>Stopped. Nothing was prepared.</source>
        <translation>Detenido. No se preparó nada.</translation>
    </message>
    <message>
        <source>Print {document}</source>
        <translation>Imprimir: {document}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>No se pudo terminar</translation>
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
    <name>ReportsChart</name>
    <message>
        <source>{measure}, the last twelve months</source>
        <translation>{measure}, los últimos doce meses</translation>
    </message>
    <message>
        <source>{suppressed} in {months} (not drawn)</source>
        <translation>{suppressed} en {months} (no se dibuja)</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>Qué cuenta</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the service report</source>
        <translation>Guardar el informe de servicios</translation>
    </message>
    <message>
        <source>Monthly service report</source>
        <translation>Informe mensual de servicios</translation>
    </message>
    <message>
        <source>How many people the center served and how, month by month, for funders. Counts only: the report names nobody, so it can leave the center.</source>
        <translation>A cuántas personas atendió el centro y cómo, mes a mes, para los financiadores. Solo cifras: el informe no nombra a nadie, así que puede salir del centro.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Suppress small counts (1 to 4 people shown as “&lt; 5”)</source>
        <translation>Ocultar cifras pequeñas (de 1 a 4 personas se muestran como «&lt; 5»)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <source>Figures of the month</source>
        <translation>Cifras del mes</translation>
    </message>
    <message>
        <source>Measure shown in the chart</source>
        <translation>Medida que muestra el gráfico</translation>
    </message>
    <message>
        <source>Chart of</source>
        <translation>Gráfico de</translation>
    </message>
    <message>
        <source>{month} (so far)</source>
        <translation>{month} (hasta hoy)</translation>
    </message>
    <message>
        <source>Services in {month}</source>
        <translation>Servicios de {month}</translation>
    </message>
    <message>
        <source>{month} is not over yet: these are the figures so far.</source>
        <translation>{month} aún no ha terminado: estas son las cifras hasta hoy.</translation>
    </message>
    <message>
        <source>Counts of 1 to 4 people are shown as “&lt; 5”.</source>
        <translation>Las cifras de 1 a 4 personas se muestran como «&lt; 5».</translation>
    </message>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>No se pudo guardar el informe: {error}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <source>Preparing the service report…</source>
        <translation>Preparando el informe de servicios…</translation>
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
    <name>StaffDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>Agregar miembro del personal</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>Editar miembro del personal</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Only if they go by another first name.</source>
        <translation>Solo si usa otro nombre de pila.</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>HR notes</source>
        <translation>Notas de recursos humanos</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Peer specialist</source>
        <translation>Especialista de apoyo entre pares</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor(a)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Weekly hours cap</source>
        <translation>Tope de horas semanales</translation>
    </message>
    <message>
        <source>Scheduling warns before anyone goes over it.</source>
        <translation>La programación avisa antes de que alguien lo supere.</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Fecha de contratación</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>As they sign, e.g. LCDC, CPRS.</source>
        <translation>Como firma, p. ej., LCDC, CPRS.</translation>
    </message>
    <message>
        <source>Credential number</source>
        <translation>Número de credencial</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Can sign in to PeerCenter</source>
        <translation>Puede iniciar sesión en PeerCenter</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No supervisor</source>
        <translation>Sin supervisor(a)</translation>
    </message>
    <message>
        <source>Former supervisor (no longer active)</source>
        <translation>Supervisor(a) anterior (ya no está activo/a)</translation>
    </message>
    <message>
        <source>Leave blank to keep the current password. Typing a new one resets it and unlocks the login.</source>
        <translation>Déjela en blanco para conservar la contraseña actual. Si escribe una nueva, se restablece y se desbloquea el acceso.</translation>
    </message>
    <message>
        <source>No login yet. Tick “Can sign in” to create one.</source>
        <translation>Todavía no tiene acceso. Marque «Puede iniciar sesión» para crearlo.</translation>
    </message>
    <message>
        <source>Last signed in {date} at {time}.</source>
        <translation>Último inicio de sesión: {date} a las {time}.</translation>
    </message>
    <message>
        <source>Has not signed in yet.</source>
        <translation>Todavía no ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Locked until {time} after wrong passwords.</source>
        <translation>Bloqueado hasta las {time} por contraseñas incorrectas.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Locked until {time}</source>
        <translation>Bloqueado hasta las {time}</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor(a)</translation>
    </message>
    <message>
        <source>Weekly cap</source>
        <translation>Tope semanal</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Contratación</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Login role</source>
        <translation>Rol de acceso</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Filter by name, role or user name</source>
        <translation>Filtrar por nombre, función o usuario</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Mostrar inactivos</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reactivar…</translation>
    </message>
    <message>
        <source>Unlock login</source>
        <translation>Desbloquear acceso</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n miembro del personal</numerusform>
            <numerusform>%n miembros del personal</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate staff member</source>
        <translation>Reactivar a un miembro del personal</translation>
    </message>
    <message>
        <source>Reactivate {name}?

Their login (if they have one) can be used again.</source>
        <translation>¿Reactivar a {name}?

Su acceso (si lo tiene) podrá usarse de nuevo.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Deactivate staff member</source>
        <translation>Desactivar a un miembro del personal</translation>
    </message>
    <message>
        <source>Deactivate {name}?

Their records are kept and their login is switched off. You can reactivate them later.</source>
        <translation>¿Desactivar a {name}?

Sus registros se conservan y su acceso se desactiva. Puede reactivarlo más adelante.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Guardrail thresholds</source>
        <translation>Umbrales de las alertas de agotamiento</translation>
    </message>
</context>
<context>
    <name>ThresholdsPanel</name>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Days and sessions</source>
        <translation>Días y sesiones</translation>
    </message>
    <message>
        <source>Supervision and leave</source>
        <translation>Supervisión y permisos</translation>
    </message>
    <message>
        <source>Check-ins and scores</source>
        <translation>Registros de bienestar y puntuaciones</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Save thresholds</source>
        <translation>Guardar umbrales</translation>
    </message>
    <message>
        <source>Nothing was saved. {reason}</source>
        <translation>No se guardó nada. {reason}</translation>
    </message>
    <message>
        <source>Saved. The dashboard and the scheduling warnings use the new thresholds.</source>
        <translation>Guardado. El panel y las advertencias de la programación usan los nuevos umbrales.</translation>
    </message>
</context>
<context>
    <name>WellbeingCharts</name>
    <message>
        <source>Weekly hours against the cap</source>
        <translation>Horas semanales frente al tope</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Over the cap</source>
        <translation>Por encima del tope</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Tope</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>Supervision minutes per week</source>
        <translation>Minutos de supervisión por semana</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>{level} {value}+</source>
        <translation>{level} {value} o más</translation>
    </message>
    <message>
        <source>{level} {value} or less</source>
        <translation>{level} {value} o menos</translation>
    </message>
    <message>
        <source>{title} ({cutoffs})</source>
        <translation>{title} ({cutoffs})</translation>
    </message>
    <message>
        <source>d MMM yy</source>
        <translation>d MMM yy</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>No weeks to show.</source>
        <translation>No hay semanas que mostrar.</translation>
    </message>
    <message>
        <source>Weeks from {first} to {last}: {hours} hours; the cap is {cap} hours.</source>
        <translation>Semanas del {first} al {last}: {hours} horas; el tope es de {cap} horas.</translation>
    </message>
    <message>
        <source>Over the cap: {weeks}.</source>
        <translation>Por encima del tope: {weeks}.</translation>
    </message>
    <message>
        <source>Supervision minutes per week from {first}: {minutes}.</source>
        <translation>Minutos de supervisión por semana desde el {first}: {minutes}.</translation>
    </message>
    <message>
        <source>{scale}: {score} on {date}</source>
        <translation>{scale}: {score} el {date}</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Todavía no hay puntuaciones.</translation>
    </message>
</context>
<context>
    <name>WellbeingScreen</name>
    <message>
        <source>No flags</source>
        <translation>Sin alertas</translation>
    </message>
    <message>
        <source>{flags}, +{count} more</source>
        <translation>{flags} y {count} más</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>{hours} of {cap} h</source>
        <translation>{hours} de {cap} h</translation>
    </message>
    <message>
        <source>Last supervision</source>
        <translation>Última supervisión</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Último registro</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>Guardrails for the people you supervise: hours, supervision, leave and check-ins. Private: only you, the person and administrators see this.</source>
        <translation>Alertas de agotamiento de las personas que usted supervisa: horas, supervisión, permisos y registros de bienestar. Privado: solo lo ven usted, la persona y los administradores.</translation>
    </message>
    <message>
        <source>Your hours, supervision and check-ins, with the guardrails your supervisor sees. Private: only you, your supervisor and administrators see this.</source>
        <translation>Sus horas, supervisión y registros de bienestar, con las alertas de agotamiento que ve su supervisor(a). Privado: solo lo ven usted, su supervisor(a) y los administradores.</translation>
    </message>
    <message>
        <source>Filter by name or flag</source>
        <translation>Filtrar por nombre o alerta</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrar personas</translation>
    </message>
    <message>
        <source>Check in now…</source>
        <translation>Registrar mi bienestar…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Umbrales…</translation>
    </message>
    <message>
        <source>People you supervise</source>
        <translation>Personas que usted supervisa</translation>
    </message>
    <message>
        <source>Wellbeing detail</source>
        <translation>Detalle de bienestar</translation>
    </message>
    <message>
        <source>Nobody to show: no active supervisees.</source>
        <translation>No hay nadie que mostrar: no tiene supervisados activos.</translation>
    </message>
</context>
</TS>
