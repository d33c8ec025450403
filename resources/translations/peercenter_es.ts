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
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>El primer administrador</translation>
    </message>
    <message>
        <source>The person who adds staff, their logins and the center&apos;s settings. Each person gets their own login later; logins are never shared.</source>
        <translation>La persona que agrega al personal, sus cuentas de acceso y la configuración del centro. Cada persona recibe después su propia cuenta; las cuentas nunca se comparten.</translation>
    </message>
    <message>
        <source>for example: ada.admin</source>
        <translation>por ejemplo: ada.admin</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dots or dashes.</source>
        <translation>Letras minúsculas, números, puntos o guiones.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repita la contraseña</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Local file</source>
        <translation>Archivo local</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <source>PeerCenter ran into a problem it did not expect while opening its database.</source>
        <translation>PeerCenter tuvo un problema inesperado al abrir su base de datos.</translation>
    </message>
    <message>
        <source>PeerCenter cannot start</source>
        <translation>PeerCenter no puede iniciarse</translation>
    </message>
    <message>
        <source>This center was set up on another computer meanwhile. Sign in with the login you were given.</source>
        <translation>Mientras tanto, este centro se configuró en otra computadora. Inicie sesión con la cuenta que le dieron.</translation>
    </message>
    <message>
        <source>Planning sessions…</source>
        <translation>Planificando sesiones…</translation>
    </message>
    <message numerus="yes">
        <source>%n more session(s) planned ahead.</source>
        <translation>
            <numerusform>Se planificó %n sesión más por adelantado.</numerusform>
            <numerusform>Se planificaron %n sesiones más por adelantado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions could not be planned ahead: {reason}</source>
        <translation>No se pudieron planificar las sesiones por adelantado: {reason}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>Falló la copia de seguridad automática: {reason}</translation>
    </message>
    <message>
        <source>The automatic backup failed.</source>
        <translation>Falló la copia de seguridad automática.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Find by name (Ctrl+F)</source>
        <translation>Buscar por nombre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find participant</source>
        <translation>Buscar participante</translation>
    </message>
    <message>
        <source>Add &amp;walk-in…</source>
        <translation>Agregar sin &amp;inscripción…</translation>
    </message>
    <message>
        <source>Someone not on the roster joins today (Alt+W)</source>
        <translation>Alguien que no está en la lista de miembros se une hoy (Alt+I)</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Quién vino</translation>
    </message>
    <message>
        <source>Select a person and press P (present), L (late), E (excused) or A (absent); the next person is selected. Or click the mark. A mark can be changed the same way today; Backspace removes it (and a walk-in added by mistake).</source>
        <translation>Seleccione a una persona y presione P (presente), L (llegó tarde), E (excusado) o A (ausente); se selecciona la persona siguiente. O haga clic en la marca. Hoy puede cambiar una marca de la misma manera; Retroceso la quita (y quita a una persona sin inscripción previa agregada por error).</translation>
    </message>
    <message>
        <source>Nobody is on the roster for this day. Add walk-ins as they arrive.</source>
        <translation>No hay nadie en la lista de miembros para este día. Agregue a las personas sin inscripción previa a medida que lleguen.</translation>
    </message>
    <message>
        <source>Nobody is on the roster for this day.</source>
        <translation>No hay nadie en la lista de miembros para este día.</translation>
    </message>
    <message>
        <source>The latest changes could not be shown: {problem}</source>
        <translation>No se pudieron mostrar los últimos cambios: {problem}</translation>
    </message>
    <message>
        <source>This session is cancelled ({reason}). Restore it in the calendar to take attendance.</source>
        <translation>Esta sesión está cancelada ({reason}). Restáurela en el calendario para tomar asistencia.</translation>
    </message>
    <message>
        <source>This session is cancelled. Restore it in the calendar to take attendance.</source>
        <translation>Esta sesión está cancelada. Restáurela en el calendario para tomar asistencia.</translation>
    </message>
    <message>
        <source>Attendance opens on the day of the session.</source>
        <translation>La asistencia se abre el día de la sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n here of {capacity} places</source>
        <translation>
            <numerusform>%n presente de {capacity} lugares</numerusform>
            <numerusform>%n presentes de {capacity} lugares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n here</source>
        <translation>
            <numerusform>%n presente</numerusform>
            <numerusform>%n presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} marked</source>
        <translation>
            <numerusform>%n de {total} marcado</numerusform>
            <numerusform>%n de {total} marcados</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Agregar una persona sin inscripción previa</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Present (P)</source>
        <translation>Presente (P)</translation>
    </message>
    <message>
        <source>Late (L)</source>
        <translation>Llegó tarde (L)</translation>
    </message>
    <message>
        <source>Excused (E)</source>
        <translation>Excusado (E)</translation>
    </message>
    <message>
        <source>Absent (A)</source>
        <translation>Ausente (A)</translation>
    </message>
    <message>
        <source>Mark {name} present</source>
        <translation>Marcar a {name} como presente</translation>
    </message>
    <message>
        <source>Mark {name} late</source>
        <translation>Marcar que {name} llegó tarde</translation>
    </message>
    <message>
        <source>Mark {name} excused</source>
        <translation>Marcar a {name} como excusado</translation>
    </message>
    <message>
        <source>Mark {name} absent</source>
        <translation>Marcar a {name} como ausente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>{name}  (walk-in)</source>
        <translation>{name}  (sin inscripción previa)</translation>
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
    <name>AuditWords</name>
    <message>
        <source>Took the place offered</source>
        <translation>Aceptó el lugar ofrecido</translation>
    </message>
    <message>
        <source>Went ahead despite a warning</source>
        <translation>Continuó a pesar de una advertencia</translation>
    </message>
    <message>
        <source>Made an accounting of access</source>
        <translation>Preparó un informe de accesos</translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation>Adjuntó un archivo</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Hizo una copia de seguridad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceló</translation>
    </message>
    <message>
        <source>Changed the language</source>
        <translation>Cambió el idioma</translation>
    </message>
    <message>
        <source>Changed a password</source>
        <translation>Cambió una contraseña</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregó</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminó</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminó</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportó</translation>
    </message>
    <message>
        <source>Planned further ahead</source>
        <translation>Planificó más adelante</translation>
    </message>
    <message>
        <source>Went ahead despite an alert</source>
        <translation>Continuó a pesar de una alerta</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importó</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Sign-in refused: switched off</source>
        <translation>Inicio de sesión rechazado: cuenta desactivada</translation>
    </message>
    <message>
        <source>Sign-in refused: locked</source>
        <translation>Inicio de sesión rechazado: cuenta bloqueada</translation>
    </message>
    <message>
        <source>Offered a place</source>
        <translation>Ofreció un lugar</translation>
    </message>
    <message>
        <source>Deleted old views</source>
        <translation>Borró consultas antiguas</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitó</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renovó</translation>
    </message>
    <message>
        <source>Reordered the waitlist</source>
        <translation>Reordenó la lista de espera</translation>
    </message>
    <message>
        <source>Made a report</source>
        <translation>Preparó un informe</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauró</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiró</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividió</translation>
    </message>
    <message>
        <source>Brought up to date</source>
        <translation>Actualizó</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueó</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambió</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificó</translation>
    </message>
    <message>
        <source>Looked at</source>
        <translation>Consultó</translation>
    </message>
    <message>
        <source>Added a walk-in</source>
        <translation>Agregó a una persona sin inscripción previa</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Certification progress</source>
        <translation>Avance de la certificación</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Credential program</source>
        <translation>Programa de credenciales</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Hours report</source>
        <translation>Informe de horas</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Participant&apos;s attendance</source>
        <translation>Asistencia de un participante</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de miembros</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Service report</source>
        <translation>Informe de servicios</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de firmas</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Supervision notes</source>
        <translation>Notas de supervisión</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Hours entry</source>
        <translation>Registro de horas</translation>
    </message>
    <message>
        <source>Handout topic</source>
        <translation>Tema de folleto</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Registro de capacitación</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Cuenta de acceso</translation>
    </message>
    <message>
        <source>Wellbeing check-in</source>
        <translation>Registro de bienestar</translation>
    </message>
    <message>
        <source>Wellbeing check-ins</source>
        <translation>Registros de bienestar</translation>
    </message>
    <message>
        <source>Wellbeing overview</source>
        <translation>Resumen de bienestar</translation>
    </message>
    <message>
        <source>A person&apos;s wellbeing</source>
        <translation>Bienestar de una persona</translation>
    </message>
    <message>
        <source>Burnout alerts</source>
        <translation>Alertas de agotamiento</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de restaurar</translation>
    </message>
    <message>
        <source>Saved to a file</source>
        <translation>Guardada en un archivo</translation>
    </message>
    <message>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Second copy in</source>
        <translation>Segunda copia en</translation>
    </message>
    <message>
        <source>None: backups stay on this computer only</source>
        <translation>Ninguna: las copias quedan solo en esta computadora</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Back up every</source>
        <translation>Hacer copia cada</translation>
    </message>
    <message>
        <source>Also when PeerCenter closes after changes.</source>
        <translation>También al cerrar PeerCenter después de hacer cambios.</translation>
    </message>
    <message>
        <source>A USB stick or network drive, so a dead disk loses nothing.</source>
        <translation>Una memoria USB o una unidad de red, para no perder nada si falla el disco.</translation>
    </message>
    <message>
        <source>Stop encrypting</source>
        <translation>Dejar de cifrar</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>Guardar configuración de copias</translation>
    </message>
    <message>
        <source>Backups on this computer</source>
        <translation>Copias de seguridad en esta computadora</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restaurar desde un archivo…</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>Restaurar la copia elegida…</translation>
    </message>
    <message>
        <source>No backup has been made on this computer yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de seguridad en esta computadora.</translation>
    </message>
    <message>
        <source>Last backup: {day} at {time} — Succeeded. {message}</source>
        <translation>Última copia: {day} a las {time} — Correcta. {message}</translation>
    </message>
    <message>
        <source>Last backup: {day} at {time} — FAILED. {message}</source>
        <translation>Última copia: {day} a las {time} — FALLÓ. {message}</translation>
    </message>
    <message>
        <source>Saved in {folder}. The newest backup of each of the last 7 days, 4 weeks and 12 months is kept.</source>
        <translation>Guardadas en {folder}. Se conserva la copia más reciente de cada uno de los últimos 7 días, 4 semanas y 12 meses.</translation>
    </message>
    <message>
        <source>Backups are not encrypted.</source>
        <translation>Las copias de seguridad no están cifradas.</translation>
    </message>
    <message>
        <source>Backups are encrypted with a passphrase. Please choose a new one: the previous version of PeerCenter kept a key in the database that opens them.</source>
        <translation>Las copias de seguridad están cifradas con una frase de contraseña. Elija una nueva: la versión anterior de PeerCenter guardaba en la base de datos una clave que las abre.</translation>
    </message>
    <message>
        <source>Backups are encrypted with a passphrase.</source>
        <translation>Las copias de seguridad están cifradas con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase…</source>
        <translation>Cifrar con una frase de contraseña…</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Segunda carpeta de copias</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>Falló la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>Stop encrypting backups</source>
        <translation>Dejar de cifrar las copias de seguridad</translation>
    </message>
    <message>
        <source>New backups will not be encrypted. Backups made so far still need the passphrase.</source>
        <translation>Las copias nuevas no se cifrarán. Las copias hechas hasta ahora siguen necesitando la frase de contraseña.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Primero elija una copia de seguridad en la lista.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Put back the database as it was on {made}? Everything entered since then on every computer is replaced. The database as it is now is backed up first. Everyone signs in again afterwards.</source>
        <translation>¿Volver a poner la base de datos como estaba el {made}? Se reemplaza todo lo que se haya escrito desde entonces en todas las computadoras. Antes se hace una copia de la base de datos tal como está ahora. Después, todos vuelven a iniciar sesión.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Put back the database from {file}? Everything entered since it was made, on every computer, is replaced. The database as it is now is backed up first. Everyone signs in again afterwards.</source>
        <translation>¿Volver a poner la base de datos desde {file}? Se reemplaza todo lo que se haya escrito desde que se hizo, en todas las computadoras. Antes se hace una copia de la base de datos tal como está ahora. Después, todos vuelven a iniciar sesión.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>The backup is restored. Sign in again to carry on.</source>
        <translation>La copia de seguridad está restaurada. Vuelva a iniciar sesión para continuar.</translation>
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
    <name>CancelSessionPrompt</name>
    <message>
        <source>Cancel session</source>
        <translation>Cancelar la sesión</translation>
    </message>
    <message>
        <source>Why is {group} on {day}, {time}, cancelled? Participants may be told this reason.</source>
        <translation>¿Por qué se cancela {group} del {day}, {time}? Es posible que se les comunique este motivo a los participantes.</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <source>For example: facilitator ill, building closed</source>
        <translation>Por ejemplo: facilitador enfermo, edificio cerrado</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
</context>
<context>
    <name>CenterPage</name>
    <message>
        <source>Your center</source>
        <translation>Su centro</translation>
    </message>
    <message>
        <source>How your center is named on screen and on paper.</source>
        <translation>Cómo se llama su centro en la pantalla y en papel.</translation>
    </message>
    <message>
        <source>For example: Harbor Light Recovery Center</source>
        <translation>Por ejemplo: Centro de Recuperación Harbor Light</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Every computer shows sessions at this local time. Type part of a city name to find it, for example Chicago.</source>
        <translation>Todas las computadoras muestran las sesiones en esta hora local. Escriba parte del nombre de una ciudad para encontrarla, por ejemplo Chicago.</translation>
    </message>
</context>
<context>
    <name>CenterSection</name>
    <message>
        <source>Change the center&apos;s time zone from {old} to {new}?</source>
        <translation>¿Cambiar la zona horaria del centro de {old} a {new}?</translation>
    </message>
    <message>
        <source>Change the center&apos;s time zone from {old} to {new}?

Sessions already on the calendar keep their real moment in time, so every screen and every printed page will show them at a different clock time: a session at {old_time} in {old} shows as {new_time} in {new}. Sessions planned from now on follow each group&apos;s start time in the new zone.

Change it only if the zone was set wrong or the center has moved.</source>
        <translation>¿Cambiar la zona horaria del centro de {old} a {new}?

Las sesiones que ya están en el calendario conservan su momento real, así que todas las pantallas y todas las páginas impresas las mostrarán a otra hora del reloj: una sesión a las {old_time} en {old} aparece a las {new_time} en {new}. Las sesiones que se planifiquen a partir de ahora siguen la hora de inicio de cada grupo en la nueva zona.

Cámbiela solo si la zona estaba mal configurada o si el centro se mudó.</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Save center settings</source>
        <translation>Guardar configuración del centro</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>In the window&apos;s title and on handouts and sign-in sheets.</source>
        <translation>En el título de la ventana y en los folletos y hojas de firmas.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Street, city, state and ZIP, as reports for a certification board or a funder show it (up to 4 lines).</source>
        <translation>Calle, ciudad, estado y código postal, como aparece en los informes para una junta de certificación o un financiador (hasta 4 líneas).</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Every computer shows sessions at this local time. Type part of a city name to find it, for example Chicago.</source>
        <translation>Todas las computadoras muestran las sesiones en esta hora local. Escriba parte del nombre de una ciudad para encontrarla, por ejemplo Chicago.</translation>
    </message>
    <message>
        <source>Plan sessions ahead</source>
        <translation>Planificar sesiones para</translation>
    </message>
    <message>
        <source>Repeating groups have their sessions planned this far ahead; a longer time is filled in when you save.</source>
        <translation>Los grupos que se repiten tienen sus sesiones planificadas con esta anticipación; si la aumenta, se completan al guardar.</translation>
    </message>
    <message>
        <source>Month first: 3/4/2025 is March 4</source>
        <translation>Primero el mes: 3/4/2025 es el 4 de marzo</translation>
    </message>
    <message>
        <source>Day first: 3/4/2025 is 3 April</source>
        <translation>Primero el día: 3/4/2025 es el 3 de abril</translation>
    </message>
    <message>
        <source>Dates in spreadsheets</source>
        <translation>Fechas en hojas de cálculo</translation>
    </message>
    <message>
        <source>How an imported spreadsheet&apos;s dates like 3/4/2025 are read; the dry run says when it did.</source>
        <translation>Cómo se leen las fechas como 3/4/2025 de una hoja de cálculo importada; la prueba (sin guardar) avisa cuando lo hizo.</translation>
    </message>
    <message>
        <source>Change the time zone</source>
        <translation>Cambiar la zona horaria</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Password for {username}</source>
        <translation>Contraseña de {username}</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no son iguales.</translation>
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
    <name>DateEdit</name>
    <message>
        <source>Choose a date</source>
        <translation>Elija una fecha</translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
    <message>
        <source>Type a date such as 14 Mar 2026, 3/14 or tomorrow; Alt+Down opens a calendar</source>
        <translation>Escriba una fecha como 14 mar 2026, 14/3 o mañana; Alt+Flecha abajo abre un calendario</translation>
    </message>
    <message>
        <source>“{text}” is not a date PeerCenter can read; type it like 14 Mar 2026 or {example}.</source>
        <translation>PeerCenter no puede leer “{text}” como fecha; escríbala como 14 mar 2026 o {example}.</translation>
    </message>
    <message>
        <source>Type a date, such as 14 Mar 2026.</source>
        <translation>Escriba una fecha, como 14 mar 2026.</translation>
    </message>
    <message>
        <source>Choose a date from {first} to {last}.</source>
        <translation>Elija una fecha del {first} al {last}.</translation>
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
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>One group</source>
        <translation>Un grupo</translation>
    </message>
    <message>
        <source>One room</source>
        <translation>Una sala</translation>
    </message>
    <message>
        <source>One facilitator</source>
        <translation>Un facilitador</translation>
    </message>
    <message>
        <source>Sessions from</source>
        <translation>Sesiones desde</translation>
    </message>
    <message>
        <source>Calendar programs such as Outlook, Google Calendar and Apple Calendar can import the file. Cancelled sessions are left out, moved ones are at their new time, and sessions further ahead follow each group&apos;s repeat rule.</source>
        <translation>Los programas de calendario como Outlook, Google Calendar y Apple Calendar pueden importar el archivo. Las sesiones canceladas no se incluyen, las que se movieron aparecen en su nueva hora y las sesiones más adelante siguen la regla de repetición de cada grupo.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>Exportando el calendario…</translation>
    </message>
    <message>
        <source>The calendar could not be exported ({error}).</source>
        <translation>No se pudo exportar el calendario ({error}).</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the list (Esc closes)</source>
        <translation>Buscar en la lista (Esc cierra)</translation>
    </message>
    <message>
        <source>Find in {list}</source>
        <translation>Buscar en {list}</translation>
    </message>
    <message>
        <source>Find in the list</source>
        <translation>Buscar en la lista</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n row(s) shown</source>
        <translation>
            <numerusform>Mostrando {shown} de %n fila</numerusform>
            <numerusform>Mostrando {shown} de %n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Set up PeerCenter</source>
        <translation>Configurar PeerCenter</translation>
    </message>
    <message>
        <source>Create center</source>
        <translation>Crear centro</translation>
    </message>
    <message>
        <source>The center</source>
        <translation>El centro</translation>
    </message>
    <message>
        <source>{center} is restored from the backup made {day} at {time}. Sign in with a login from that backup.</source>
        <translation>{center} se restauró desde la copia de seguridad del {day} a las {time}. Inicie sesión con una cuenta de esa copia.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>{field} problem</source>
        <translation>Problema en {field}</translation>
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
    <name>GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Editar grupo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
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
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Open: people come and go</source>
        <translation>Abierta: las personas entran y salen</translation>
    </message>
    <message>
        <source>Closed: a fixed roster</source>
        <translation>Cerrada: una lista de miembros fija</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Minimum size</source>
        <translation>Tamaño mínimo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Where and who</source>
        <translation>Dónde y quién</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin sala</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Facilitador principal</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>Co-facilitators</source>
        <translation>Cofacilitadores</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Primera fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Schedule in words</source>
        <translation>Horario en palabras</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) planned ahead. First ones:
{dates}</source>
        <translation>
            <numerusform>%n sesión programada. Próximas:
{dates}</numerusform>
            <numerusform>%n sesiones programadas. Próximas:
{dates}</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions ahead.</source>
        <translation>No hay sesiones programadas.</translation>
    </message>
    <message>
        <source>the new group</source>
        <translation>el grupo nuevo</translation>
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
    <name>GuardrailWarningDialog</name>
    <message>
        <source>Green: {message}</source>
        <translation>Verde: {message}</translation>
    </message>
    <message>
        <source>Amber: {message}</source>
        <translation>Ámbar: {message}</translation>
    </message>
    <message>
        <source>Red: {message}</source>
        <translation>Rojo: {message}</translation>
    </message>
    <message>
        <source>Green: {message} (green already, without this change)</source>
        <translation>Verde: {message} (ya en verde, sin este cambio)</translation>
    </message>
    <message>
        <source>Amber: {message} (amber already, without this change)</source>
        <translation>Ámbar: {message} (ya en ámbar, sin este cambio)</translation>
    </message>
    <message>
        <source>Red: {message} (red already, without this change)</source>
        <translation>Rojo: {message} (ya en rojo, sin este cambio)</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>Guardrail warning</source>
        <translation>Alerta de agotamiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt;: check before saving</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt;: revise antes de guardar</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Why go ahead anyway? (required)</source>
        <translation>¿Por qué continuar de todos modos? (obligatorio)</translation>
    </message>
    <message>
        <source>Why go ahead anyway? (optional)</source>
        <translation>¿Por qué continuar de todos modos? (opcional)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>For example: the only trained facilitator; agreed with the supervisor.</source>
        <translation>Por ejemplo: el único facilitador capacitado; acordado con el supervisor.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>This would put {names} over a red guardrail. Going ahead needs a reason, which is kept in the audit trail.</source>
        <translation>Esto pondría a {names} por encima de una alerta de agotamiento roja. Para continuar hace falta un motivo, que se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Check this before going ahead: the change brings {names} close to a limit.</source>
        <translation>Revise esto antes de continuar: el cambio acerca a {names} a un límite.</translation>
    </message>
    <message>
        <source>Give a reason to go ahead over a red flag, or cancel.</source>
        <translation>Indique un motivo para continuar a pesar de una alerta roja, o cancele.</translation>
    </message>
    <message>
        <source>The reason is too long (at most {count} characters).</source>
        <translation>El motivo es demasiado largo (como máximo {count} caracteres).</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>PeerCenter user guide</source>
        <translation>Guía del usuario de PeerCenter</translation>
    </message>
    <message>
        <source>Guide pages</source>
        <translation>Páginas de la guía</translation>
    </message>
    <message>
        <source>Contents and keys</source>
        <translation>Contenido y teclas</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página de la guía</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{page} — PeerCenter user guide</source>
        <translation>{page} — Guía del usuario de PeerCenter</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Left out</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Imported; check</source>
        <translation>Importada; revísela</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>This row will be imported; check it before importing.</source>
        <translation>Esta fila se importará; revísela antes de importar.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>Import groups</source>
        <translation>Importar grupos</translation>
    </message>
    <message>
        <source>Import {things}</source>
        <translation>Importar {things}</translation>
    </message>
    <message>
        <source>From {file}</source>
        <translation>De {file}</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Revisando el archivo…</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <source>Rows with a problem are left out. Correct them in the spreadsheet and import that file again to add them.</source>
        <translation>Las filas con un problema se omiten. Corríjalas en la hoja de cálculo e importe ese archivo otra vez para agregarlas.</translation>
    </message>
    <message>
        <source>Reason to go ahead over the warnings</source>
        <translation>Motivo para continuar a pesar de las advertencias</translation>
    </message>
    <message>
        <source>For example: agreed with the supervisors for the term.</source>
        <translation>Por ejemplo: acordado con los supervisores para el período.</translation>
    </message>
    <message>
        <source>Check again with this reason</source>
        <translation>Revisar otra vez con este motivo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Revisando {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: {good} can be imported</source>
        <translation>
            <numerusform>%n fila leída; se pueden importar {good}</numerusform>
            <numerusform>%n filas leídas; se pueden importar {good}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{read}, %n has problems and will be left out.</source>
        <translation>
            <numerusform>{read}; %n tiene problemas y se omitirá.</numerusform>
            <numerusform>{read}; %n tienen problemas y se omitirán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: {columns}.</source>
        <translation>Columnas no usadas: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would take a facilitator over their weekly hours or a red burnout guardrail and will be left out. To import them anyway, say why (kept in the audit trail) and check again:</source>
        <translation>
            <numerusform>%n fila llevaría a un facilitador por encima de sus horas semanales o de una alerta de agotamiento roja y se omitirá. Para importarla de todos modos, indique el motivo (se guarda en el registro de auditoría) y revise otra vez:</numerusform>
            <numerusform>%n filas llevarían a un facilitador por encima de sus horas semanales o de una alerta de agotamiento roja y se omitirán. Para importarlas de todos modos, indique el motivo (se guarda en el registro de auditoría) y revise otra vez:</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows over a red warning are imported with this reason, kept in the audit trail.</source>
        <translation>Las filas con una advertencia roja se importan con este motivo, que se guarda en el registro de auditoría.</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s)</source>
        <translation>
            <numerusform>Importar la %n fila correcta</numerusform>
            <numerusform>Importar las %n filas correctas</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows to import</source>
        <translation>No hay filas para importar</translation>
    </message>
    <message>
        <source>Something went wrong while reading the file ({error}).</source>
        <translation>Algo falló al leer el archivo ({error}).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s) from {file}.</source>
        <translation>
            <numerusform>Se importó %n participante de {file}.</numerusform>
            <numerusform>Se importaron %n participantes de {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n group(s) from {file}.</source>
        <translation>
            <numerusform>Se importó %n grupo de {file}.</numerusform>
            <numerusform>Se importaron %n grupos de {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from {file}.</source>
        <translation>
            <numerusform>Se importó %n registro de {file}.</numerusform>
            <numerusform>Se importaron %n registros de {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation>Importando participantes…</translation>
    </message>
    <message>
        <source>Importing groups…</source>
        <translation>Importando grupos…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) may already be in PeerCenter; check before importing.</source>
        <translation>
            <numerusform>%n nombre puede estar ya en PeerCenter; revíselo antes de importar.</numerusform>
            <numerusform>%n nombres pueden estar ya en PeerCenter; revíselos antes de importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) about a facilitator&apos;s hours or burnout guardrails; those rows are imported and the warnings kept in the audit trail.</source>
        <translation>
            <numerusform>%n advertencia sobre las horas de un facilitador o las alertas de agotamiento; esas filas se importan y las advertencias se guardan en el registro de auditoría.</numerusform>
            <numerusform>%n advertencias sobre las horas de un facilitador o las alertas de agotamiento; esas filas se importan y las advertencias se guardan en el registro de auditoría.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check before importing.</source>
        <translation>
            <numerusform>%n fila para revisar antes de importar.</numerusform>
            <numerusform>%n filas para revisar antes de importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>KindLegend</name>
    <message>
        <source>Kinds of group</source>
        <translation>Tipos de grupo</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Tipos:</translation>
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
    <name>LockPage</name>
    <message>
        <source>PeerCenter is locked</source>
        <translation>PeerCenter está bloqueado</translation>
    </message>
    <message>
        <source>{name} was signed in. Enter the password to carry on where you left off, or sign in as yourself to start fresh.</source>
        <translation>{name} tenía la sesión iniciada. Escriba la contraseña para seguir donde lo dejó, o inicie sesión con su propia cuenta para empezar de nuevo.</translation>
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
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
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
    <name>LogoPicker</name>
    <message>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>Logo problem</source>
        <translation>Problema con el logotipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>No logo: handouts show the center&apos;s name only.</source>
        <translation>Sin logotipo: los folletos muestran solo el nombre del centro.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Logo for handouts</source>
        <translation>Logotipo para los folletos</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
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
    <name>OptionalDateEdit</name>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>{field}: date</source>
        <translation>{field}: fecha</translation>
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
    <name>ParticipantDialog</name>
    <message>
        <source>On sign-in sheets</source>
        <translation>En las hojas de firmas</translation>
    </message>
    <message>
        <source>Their name may be printed on the sign-in sheets of their groups.</source>
        <translation>Su nombre puede imprimirse en las hojas de firmas de sus grupos.</translation>
    </message>
    <message>
        <source>Full last name on paper</source>
        <translation>Apellido completo en papel</translation>
    </message>
    <message>
        <source>Paper shows their whole last name, not only the initial.</source>
        <translation>En papel se ve su apellido completo, no solo la inicial.</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Se le puede contactar</translation>
    </message>
    <message>
        <source>Staff may phone or e-mail them, for example with reminders.</source>
        <translation>El personal puede llamarle o escribirle, por ejemplo con recordatorios.</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Agregar participante</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>An initial is enough.</source>
        <translation>Basta con la inicial.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Use this record</source>
        <translation>Usar este registro</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Agregar como persona nueva</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type part of the name, then Enter</source>
        <translation>Escriba parte del nombre y presione Entrar</translation>
    </message>
    <message>
        <source>Find participant</source>
        <translation>Buscar participante</translation>
    </message>
    <message>
        <source>Participants found</source>
        <translation>Participantes encontrados</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Persona nueva…</translation>
    </message>
    <message>
        <source>Add someone who is not in PeerCenter yet (Alt+N)</source>
        <translation>Agregar a alguien que todavía no está en PeerCenter (Alt+P)</translation>
    </message>
    <message>
        <source>Nobody to choose.</source>
        <translation>No hay nadie para elegir.</translation>
    </message>
    <message>
        <source>Nobody found for “{typed}”.</source>
        <translation>No se encontró a nadie para “{typed}”.</translation>
    </message>
    <message>
        <source>Nobody found for “{typed}”. Add them with New person…</source>
        <translation>No se encontró a nadie para “{typed}”. Agréguelo con Persona nueva…</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: press Down to choose one, or type more of the name.</source>
        <translation>
            <numerusform>%n persona coincide: presione Flecha abajo para elegirla, o escriba más del nombre.</numerusform>
            <numerusform>%n personas coinciden: presione Flecha abajo para elegir una, o escriba más del nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a participant from the list.</source>
        <translation>Elija un participante de la lista.</translation>
    </message>
    <message>
        <source>That person is already on the list.</source>
        <translation>Esa persona ya está en la lista.</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de las copias</translation>
    </message>
    <message>
        <source>Backups will be encrypted with this passphrase. Write it down and keep it somewhere safe, away from this computer: without it no encrypted backup can be restored, not even by PeerCenter&apos;s makers.</source>
        <translation>Las copias de seguridad se cifrarán con esta frase de contraseña. Anótela y guárdela en un lugar seguro, lejos de esta computadora: sin ella no se puede restaurar ninguna copia cifrada, ni siquiera los creadores de PeerCenter pueden hacerlo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repítala</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Todavía no hay nada para mostrar en la vista previa.</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message numerus="yes">
        <source>{description}: %n page(s)</source>
        <translation>
            <numerusform>{description}: %n página</numerusform>
            <numerusform>{description}: %n páginas</numerusform>
        </translation>
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
    <name>PersonPicker</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>{name} (me)</source>
        <translation>{name} (yo)</translation>
    </message>
    <message>
        <source>{name}, inactive</source>
        <translation>{name}, inactivo</translation>
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
    <name>PrintingSection</name>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Save printing settings</source>
        <translation>Guardar configuración de impresión</translation>
    </message>
    <message>
        <source>Large print (16 pt and up)</source>
        <translation>Letra grande (16 pt o más)</translation>
    </message>
    <message>
        <source>No center, group or program names on sign-in sheets</source>
        <translation>Sin nombres de centro, grupo ni programa en las hojas de firmas</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> líneas</translation>
    </message>
    <message>
        <source>Start each document of the day&apos;s packet on a new sheet</source>
        <translation>Empezar cada documento del paquete del día en una hoja nueva</translation>
    </message>
    <message>
        <source>Logo on handouts</source>
        <translation>Logotipo en los folletos</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma de los folletos</translation>
    </message>
    <message>
        <source>A topic without a translation prints in English.</source>
        <translation>Un tema sin traducción se imprime en inglés.</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Hojas de firmas</translation>
    </message>
    <message>
        <source>For centers where a sheet left lying around must not say what the group is about.</source>
        <translation>Para centros donde una hoja olvidada por ahí no debe decir de qué trata el grupo.</translation>
    </message>
    <message>
        <source>Blank lines</source>
        <translation>Líneas en blanco</translation>
    </message>
    <message>
        <source>On each sign-in sheet, for walk-ins and people who are not printed on it.</source>
        <translation>En cada hoja de firmas, para personas sin inscripción previa y quienes no aparecen impresos en ella.</translation>
    </message>
    <message>
        <source>Two-sided printing</source>
        <translation>Impresión a doble cara</translation>
    </message>
    <message>
        <source>A blank page goes in where needed, so no handout someone takes home has another group&apos;s sign-in sheet on its back.</source>
        <translation>Se agrega una página en blanco donde haga falta, para que ningún folleto que alguien se lleve a casa tenga al dorso la hoja de firmas de otro grupo.</translation>
    </message>
    <message>
        <source>The logo, and what the Print screen starts with: each document can still be printed differently.</source>
        <translation>El logotipo y las opciones con que empieza la pantalla Imprimir: cada documento se puede imprimir de otra manera igualmente.</translation>
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
    <name>QuestionnaireForm</name>
    <message>
        <source>{question} {answer}</source>
        <translation>{question} {answer}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Please fix the fields marked in red.</source>
        <translation>Corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>This record was changed on another computer since you opened it. What you typed is still here, but saving it would be refused: note what you need, then Reload to see their changes.</source>
        <translation>Este registro se cambió en otra computadora después de que usted lo abrió. Lo que escribió sigue aquí, pero no se podría guardar: anote lo que necesite y luego elija Volver a cargar para ver esos cambios.</translation>
    </message>
    <message>
        <source>This record was removed on another computer; it can no longer be saved.</source>
        <translation>Este registro se eliminó en otra computadora; ya no se puede guardar.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database needs repair — PeerCenter</source>
        <translation>Hay que reparar la base de datos — PeerCenter</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>This backup is encrypted: enter its passphrase.</source>
        <translation>Esta copia de seguridad está cifrada: escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Restore problem</source>
        <translation>Problema al restaurar</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Elegir un archivo de copia…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1.º</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2.º</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3.º</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4.º</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>5.º</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>día</numerusform>
            <numerusform>días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>semana</numerusform>
            <numerusform>semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>mes</numerusform>
            <numerusform>meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <source>on</source>
        <translation>los</translation>
    </message>
    <message>
        <source>on day</source>
        <translation>el día</translation>
    </message>
    <message>
        <source>on the</source>
        <translation>el</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Día del mes</translation>
    </message>
    <message>
        <source>Weekday of the month</source>
        <translation>Día de la semana del mes</translation>
    </message>
    <message>
        <source>only on</source>
        <translation>solo los</translation>
    </message>
</context>
<context>
    <name>RecurrenceEnds</name>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>on</source>
        <translation>el</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después de</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Última fecha</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> sesiones</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Número de sesiones</translation>
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
    <name>SecuritySection</name>
    <message>
        <source>Screen lock</source>
        <translation>Bloqueo de pantalla</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Bloquear la pantalla tras</translation>
    </message>
    <message>
        <source>Without keyboard or mouse use. Takes effect at the next sign-in on each computer.</source>
        <translation>Sin usar el teclado ni el ratón. Se aplica en el próximo inicio de sesión de cada computadora.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Cuándo y dónde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin sala</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>Quién y qué</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Facilitador principal</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Co-facilitators</source>
        <translation>Cofacilitadores</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Apply the change to</source>
        <translation>Aplicar el cambio a</translation>
    </message>
    <message>
        <source>This and following starts a new series from this session; the earlier sessions keep their settings. Sessions you changed one by one keep their changes.</source>
        <translation>Aplicado a esta sesión y las siguientes, empieza una serie nueva desde esta sesión; las sesiones anteriores conservan su configuración. Las sesiones que usted cambió una por una conservan sus cambios.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Cancelar la sesión…</translation>
    </message>
    <message>
        <source>Restore session</source>
        <translation>Restaurar la sesión</translation>
    </message>
    <message>
        <source>Edit series…</source>
        <translation>Editar la serie…</translation>
    </message>
    <message>
        <source>Change the repeat rule, capacity or description of the whole series</source>
        <translation>Cambiar la regla de repetición, la capacidad o la descripción de toda la serie</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled of {capacity}</source>
        <translation>
            <numerusform>%n inscrito de {capacity}</numerusform>
            <numerusform>%n inscritos de {capacity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n inscrito</numerusform>
            <numerusform>%n inscritos</numerusform>
        </translation>
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
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>moved from {day} {time}</source>
        <translation>movida del {day}, {time}</translation>
    </message>
    <message>
        <source>changed by hand</source>
        <translation>cambiada a mano</translation>
    </message>
</context>
<context>
    <name>SessionInfoDialog</name>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Sala:</translation>
    </message>
    <message>
        <source>Facilitators:</source>
        <translation>Facilitadores:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled of {capacity}</source>
        <translation>
            <numerusform>%n inscrito de {capacity}</numerusform>
            <numerusform>%n inscritos de {capacity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n inscrito</numerusform>
            <numerusform>%n inscritos</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
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
        <source>Moved from {day} {time}</source>
        <translation>Movida del {day}, {time}</translation>
    </message>
    <message>
        <source>The front desk and supervisors change sessions; you can see them.</source>
        <translation>La recepción y los supervisores cambian las sesiones; usted puede verlas.</translation>
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
    <name>SettingsSection</name>
    <message>
        <source>{section} saved</source>
        <translation>{section}: guardado</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
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
    <name>TimeEdit</name>
    <message>
        <source>Type a time such as 18:00, 6pm or 1830; Up and Down move by 15 minutes</source>
        <translation>Escriba una hora como 18:00, 6&#xa0;p.&#xa0;m. o 1830; las flechas arriba y abajo la cambian de 15 en 15 minutos</translation>
    </message>
    <message>
        <source>{text} could be morning or evening; type {hour}am or {hour}pm.</source>
        <translation>{text} puede ser de la mañana o de la tarde; escriba {hour}&#xa0;a.&#xa0;m. o {hour}&#xa0;p.&#xa0;m.</translation>
    </message>
    <message>
        <source>“{text}” is not a time PeerCenter can read; type it like 18:00 or 6pm.</source>
        <translation>PeerCenter no puede leer “{text}” como hora; escríbala como 18:00 o 6&#xa0;p.&#xa0;m.</translation>
    </message>
    <message>
        <source>Type a time, such as 18:00 or 6pm.</source>
        <translation>Escriba una hora, como 18:00 o 6&#xa0;p.&#xa0;m.</translation>
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
    <name>WelcomePage</name>
    <message>
        <source>Welcome to PeerCenter</source>
        <translation>Bienvenido a PeerCenter</translation>
    </message>
    <message>
        <source>Let&apos;s set up this computer for your center.</source>
        <translation>Vamos a preparar esta computadora para su centro.</translation>
    </message>
    <message>
        <source>&lt;p&gt;PeerCenter keeps your program&apos;s schedule, participants, staff training and wellbeing in one place, and prints the day&apos;s handouts and sign-in sheets.&lt;/p&gt;&lt;p&gt;Before the first use it needs two things:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;the &lt;b&gt;name of your center&lt;/b&gt; and its &lt;b&gt;time zone&lt;/b&gt;, so sessions show at the right local time;&lt;/li&gt;&lt;li&gt;a first &lt;b&gt;administrator&lt;/b&gt; login. The administrator adds the other staff and their logins later.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything you enter stays in your center&apos;s own database: on this computer, or on your center&apos;s server if PeerCenter was set up to use one.&lt;/p&gt;&lt;p&gt;This takes about a minute. The center name and time zone can be changed later, in Settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;PeerCenter reúne en un solo lugar el horario de su programa, los participantes, la capacitación y el bienestar del personal, e imprime los folletos y las hojas de firmas del día.&lt;/p&gt;&lt;p&gt;Antes del primer uso necesita dos cosas:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;el &lt;b&gt;nombre de su centro&lt;/b&gt; y su &lt;b&gt;zona horaria&lt;/b&gt;, para que las sesiones se muestren a la hora local correcta;&lt;/li&gt;&lt;li&gt;una primera cuenta de &lt;b&gt;administrador&lt;/b&gt;. El administrador agrega después al resto del personal y sus cuentas.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Todo lo que escriba queda en la base de datos de su propio centro: en esta computadora, o en el servidor de su centro si PeerCenter se configuró para usarlo.&lt;/p&gt;&lt;p&gt;Tarda alrededor de un minuto. El nombre del centro y la zona horaria se pueden cambiar después, en Configuración.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Moving PeerCenter to a new computer, or starting again after one broke? Put your center back from a backup file instead; its own logins sign in afterwards.</source>
        <translation>¿Va a pasar PeerCenter a una computadora nueva, o a empezar de nuevo porque una se descompuso? Restaure su centro desde un archivo de copia de seguridad; después se inicia sesión con las cuentas de esa copia.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
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
    <name>WellbeingCheckInDialog</name>
    <message>
        <source>Wellbeing check-in</source>
        <translation>Registro de bienestar</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Anything you want your supervisor to know (optional):</source>
        <translation>Algo que quiera que sepa su supervisor (opcional):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar el registro</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Nothing was saved: some parts need more answers (see under each part).</source>
        <translation>No se guardó nada: algunas partes necesitan más respuestas (vea debajo de cada parte).</translation>
    </message>
    <message>
        <source>Nothing was saved. {problem}</source>
        <translation>No se guardó nada. {problem}</translation>
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
<context>
    <name>app</name>
    <message>
        <source>PeerCenter ran into a problem it did not expect. What you were doing may not have been saved; please check and try again. If it happens again, send the log folder&apos;s newest file to whoever looks after PeerCenter.</source>
        <translation>PeerCenter tuvo un problema inesperado. Es posible que lo que estaba haciendo no se haya guardado; revíselo e inténtelo de nuevo. Si vuelve a ocurrir, envíe el archivo más reciente de la carpeta de registros a quien se ocupa de PeerCenter.</translation>
    </message>
    <message>
        <source>PeerCenter cannot start</source>
        <translation>PeerCenter no puede iniciarse</translation>
    </message>
    <message>
        <source>peercenter: the backup at exit could not be made: {reason}</source>
        <translation>peercenter: no se pudo hacer la copia de seguridad al salir: {reason}</translation>
    </message>
</context>
<context>
    <name>cups_queue</name>
    <message>
        <source>The &apos;lp&apos; printing program is not installed.</source>
        <translation>El programa de impresión «lp» no está instalado.</translation>
    </message>
    <message>
        <source>The printer &apos;{printer}&apos; did not take the job ({reason}).</source>
        <translation>La impresora «{printer}» no aceptó el trabajo ({reason}).</translation>
    </message>
    <message>
        <source>The printer &apos;{printer}&apos; did not take the job: {reason}.</source>
        <translation>La impresora «{printer}» no aceptó el trabajo: {reason}.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
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
    <name>desk_papers</name>
    <message>
        <source>{group} sign-in sheet and handout</source>
        <translation>{group}: hoja de firmas y folleto</translation>
    </message>
    <message>
        <source>Packet for {day}</source>
        <translation>Paquete del {day}</translation>
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
<context>
    <name>messages</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>About PeerCenter</source>
        <translation>Acerca de PeerCenter</translation>
    </message>
</context>
<context>
    <name>password_field</name>
    <message>
        <source>At least {count} characters, and not your user name. A few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation>Al menos {count} caracteres, y que no sea su nombre de usuario. Unas cuantas palabras comunes seguidas son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
</context>
<context>
    <name>pdf_printer</name>
    <message>
        <source>The document could not be opened for printing.</source>
        <translation>No se pudo abrir el documento para imprimirlo.</translation>
    </message>
    <message>
        <source>The printer &apos;{printer}&apos; cannot be used right now. Check that it is on and connected.</source>
        <translation>La impresora «{printer}» no se puede usar ahora. Revise que esté encendida y conectada.</translation>
    </message>
</context>
<context>
    <name>print_choices</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
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
<context>
    <name>restore_flow</name>
    <message>
        <source>Choose a backup</source>
        <translation>Elija una copia de seguridad</translation>
    </message>
    <message>
        <source>PeerCenter backups (*{suffix});;All files (*)</source>
        <translation>Copias de seguridad de PeerCenter (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>This backup is encrypted. Its passphrase:</source>
        <translation>Esta copia de seguridad está cifrada. Su frase de contraseña:</translation>
    </message>
    <message>
        <source>A backup of another center</source>
        <translation>Una copia de seguridad de otro centro</translation>
    </message>
    <message>
        <source>{problem} Restoring it replaces everything in {center} with this backup; {center} as it is now is kept as a copy first.</source>
        <translation>{problem} Si la restaura, todo lo de {center} se reemplaza por esta copia; antes se guarda una copia de {center} tal como está ahora.</translation>
    </message>
    <message>
        <source>Restore it anyway</source>
        <translation>Restaurarla de todos modos</translation>
    </message>
</context>
<context>
    <name>time_fields</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>wellbeing_prompt</name>
    <message>
        <source>Your first check-in.</source>
        <translation>Su primer registro de bienestar.</translation>
    </message>
    <message>
        <source>Your last check-in was on {last}; the next is due on {next}.</source>
        <translation>Su último registro fue el {last}; el próximo corresponde el {next}.</translation>
    </message>
    <message>
        <source>Wellbeing check-in due</source>
        <translation>Toca el registro de bienestar</translation>
    </message>
    <message>
        <source>Your wellbeing check-in is due. It takes a few minutes, and only you, your supervisor and administrators can see it.</source>
        <translation>Le toca su registro de bienestar. Tarda unos minutos, y solo usted, su supervisor y los administradores pueden verlo.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Hacerlo ahora</translation>
    </message>
</context>
</TS>
