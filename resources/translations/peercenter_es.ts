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
    <name>password_rules</name>
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
