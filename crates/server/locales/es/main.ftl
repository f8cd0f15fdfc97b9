# English (reference catalog). Message ids are named by meaning, not by their English text.

site-name = Heroes
site-tagline = Los expertos de la comunidad que comparten lo que saben: encuentra ponentes, mentores o autores cerca de ti.

nav-label = Principal
nav-skip = Saltar al contenido
nav-heroes = Héroes
nav-specializations = Especializaciones
nav-contributions = Contribuciones
nav-api = API

footer-about = Los héroes son expertos de la comunidad reconocidos por compartir su conocimiento mediante charlas, artículos, vídeos, código abierto, respuestas y mentoría.
footer-feed-atom = Feed Atom
footer-feed-json = JSON Feed
footer-api = API
footer-sitemap = Mapa del sitio

feed-all-title = Últimas contribuciones de todos los héroes

error-not-found-title = Página no encontrada
error-not-found-body = No encontramos esa página. Puede que se haya movido o que la dirección esté mal escrita.
error-internal-title = Algo salió mal
error-internal-body = Se produjo un error por nuestra parte y ha quedado registrado. Vuelve a intentarlo en un momento.
error-go-home = Ir a la página de inicio
error-go-directory = Explorar el directorio

home-title = Conoce a los expertos que impulsan a toda la comunidad
home-lead = Los héroes son profesionales reconocidos por ir más allá: dan charlas en conferencias y grupos de usuarios, publican guías prácticas, responden preguntas, crean código abierto y son mentores de la próxima generación.
home-stats-heroes = { $count ->
    [one] { $count } héroe activo
   *[other] { $count } héroes activos
}
home-stats-countries = { $count ->
    [one] en { $count } país
   *[other] en { $count } países
}
home-what-title = ¿Qué es un héroe?
home-what-body = Un héroe es nominado por colegas o miembros de la comunidad y seleccionado por el conocimiento que comparte y las personas a las que ayuda. Los héroes se agrupan por especialización, forman una red global, reciben sesiones informativas anticipadas y acceso a los equipos de producto, y lo aprovechan para ayudar a todos los demás a aprender más rápido. Los héroes:
home-what-speak = dan charlas en conferencias y grupos de usuarios,
home-what-write = publican contenido práctico y artículos técnicos,
home-what-answer = responden preguntas y ayudan a otras personas en línea,
home-what-mentor = son mentores de otras personas y hacen crecer las comunidades locales.
home-specializations-title = Especializaciones
home-featured-title = Algunos de nuestros héroes
home-featured-all = Ver todos los héroes
home-latest-title = Últimas contribuciones
home-latest-all = Ver todas las contribuciones
home-nominate-title = ¿Conoces a alguien que debería ser héroe?
home-nominate-body = Cualquier miembro de la comunidad puede nominar a una persona cuyas charlas, textos, código o mentoría hayan marcado la diferencia. Las nominaciones se abren con cada ciclo de selección; quienes nominan y quienes son nominados pueden seguir cada etapa.

specialization-hero-count = { $count ->
    [0] aún no hay héroes
    [one] { $count } héroe
   *[other] { $count } héroes
}

card-specializations = Especializaciones
card-hero-since = Héroe desde { $year }

status-active = Activo
status-alumni = Alumni
status-on-leave = De baja temporal

region-americas = América
region-emea = Europa, Oriente Medio y África
region-apj = Asia-Pacífico y Japón

kind-blog-post = Entrada de blog
kind-article = Artículo
kind-video = Vídeo
kind-talk = Charla
kind-workshop = Taller
kind-podcast = Pódcast
kind-book = Libro
kind-open-source = Código abierto
kind-code-sample = Ejemplo de código
kind-online-answers = Respuestas en línea
kind-user-group = Grupo de usuarios
kind-mentoring = Mentoría
kind-other = Otro

link-blog = Blog
link-github = GitHub
link-x = X
link-linkedin = LinkedIn
link-youtube = YouTube
link-mastodon = Mastodon
link-bluesky = Bluesky
link-website = Sitio web

directory-search-label = Buscar héroes
directory-search-placeholder = Nombre, tema, empresa o ciudad
directory-search-button = Buscar
directory-title = Directorio de héroes
directory-title-search = Héroes que coinciden con «{ $text }»
directory-sort-label = Ordenar por
directory-sort-relevance = Más relevantes
directory-sort-name = Nombre (A–Z)
directory-sort-newest = Héroes más recientes
directory-filters = Filtros
directory-filter-specialization = Especialización
directory-filter-region = Región
directory-filter-country = País
directory-filter-status = Estado
directory-filter-since = Héroe desde
directory-status-active = Héroes actuales
directory-status-alumni = Alumni
directory-status-all = Todos
directory-since-any = Cualquier año
directory-apply = Aplicar filtros
directory-ignored = Hemos ignorado { $parameter } = «{ $value }» porque no es un valor que conozcamos; los resultados se muestran sin él.
directory-count-none = Ningún héroe coincide.
directory-count = { $total ->
    [one] Se muestra el único héroe que coincide
   *[other] Se muestran { $first }–{ $last } de { $total } héroes
}
directory-active-filters = Filtros activos
directory-remove-filter = Quitar filtro: { $filter }
directory-clear-all = Borrar todos los filtros
directory-chip-search = Búsqueda: { $text }
directory-empty-title = Ningún héroe coincide con estos filtros
directory-empty-body = Prueba con menos palabras u otra ortografía, o quita un filtro. Se buscan nombres, empresas, ciudades y títulos de charlas y artículos.
directory-empty-page-title = Esta página está más allá del final
directory-empty-page-body = { $pages ->
    [one] Los resultados caben en una página.
   *[other] Los resultados caben en { $pages } páginas.
}
directory-go-last-page = Ir a la última página
directory-go-first-page = Ir a la primera página

# The directory as people meet it: filters folded on a phone, countries in a menu, counts
# through plural rules, and a search that finds only the other status says so.
directory-filters-summary = { $count ->
    [0] Filtros
    [one] Filtros · uno elegido
   *[other] Filtros · { $count } elegidos
}
directory-country-any = Cualquier país
directory-country-add = Añadir un país
directory-option-count = { $name } ({ $count })
directory-count-past-end = { $total ->
    [one] Coincide un héroe.
   *[other] Coinciden { $total } héroes.
}
directory-only-alumni-match = { $count ->
    [one] Ningún héroe actual coincide, pero sí uno de nuestros alumni.
   *[other] Ningún héroe actual coincide, pero sí { $count } de nuestros alumni.
}
directory-show-alumni = { $count ->
    [one] Mostrar al antiguo héroe
   *[other] Mostrar a los { $count } alumni
}
directory-only-current-match = { $count ->
    [one] Entre los alumni no hay coincidencias, pero sí un héroe actual.
   *[other] Entre los alumni no hay coincidencias, pero sí { $count } héroes actuales.
}
directory-show-current = { $count ->
    [one] Mostrar al héroe actual
   *[other] Mostrar a los { $count } héroes actuales
}

pagination-label = Páginas
pagination-previous = ← Anterior
pagination-next = Siguiente →
pagination-position = Página { $page } de { $pages }

profile-back = ← Todos los héroes
profile-feed-title = Contribuciones de { $name }
profile-photo-alt = Foto de { $name }
profile-award-since = desde { $year }
profile-about = Acerca de
profile-hero-since = Héroe desde
profile-languages = Idiomas
profile-timezone = Zona horaria
profile-local-time = Hora local
profile-links = En otros sitios
profile-recent = Contribuciones recientes
profile-no-contributions = Aún no hay contribuciones públicas.
profile-all-contributions = Ver todas las contribuciones
profile-feed = Seguir estas contribuciones (feed Atom)

stream-title = Contribuciones
stream-lead = Charlas, artículos, vídeos, código abierto y más de todos los héroes, de lo más reciente a lo más antiguo.
stream-filter-kind = Tipo
stream-feed = Feed Atom de esta vista
# Before the sites a contribution was also published on: "also on dev.to, medium.com".
contribution-also-on = también en
stream-count = { $total ->
    [one] { $total } contribución
   *[other] { $total } contribuciones
}
stream-empty-title = Ninguna contribución coincide con estos filtros

specializations-title = Especializaciones
specializations-lead = Los héroes se reconocen en uno o varios campos técnicos. Cada campo tiene sus propios héroes, feed y página.
specialization-heading = Héroes de { $name }
specialization-retired = Esta especialización está retirada: conserva su historial, pero ya no admite nuevos héroes.
specialization-all-heroes = Verlos a todos en el directorio

api-docs-title = Documentación de la API
api-docs-lead = Una API JSON de solo lectura sobre el directorio público. No necesita clave; las respuestas incluyen ETags y los errores son documentos de problema RFC 9457.
api-docs-openapi = Documento OpenAPI 3.1
api-docs-parameter = Parámetro
api-docs-meaning = Significado

nav-account = Cuenta
nav-account-of = Tu cuenta ({ $name })
nav-unread = { $count ->
        [one] 1 sin leer
       *[other] { $count } sin leer
    }
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión

error-forbidden-title = No disponible para esta cuenta
error-forbidden-body = Has iniciado sesión, pero esta página corresponde a un rol que tu cuenta no tiene. Si crees que debería tenerlo, pregunta al equipo del programa.

problem-empty = Rellena este campo.
problem-too-long = Usa como máximo { $max } caracteres.
problem-too-short = Usa al menos { $min } caracteres.
problem-invalid = Introduce { $expected }.
problem-out-of-range = Usa un número entre { $min } y { $max }.
problem-year-out-of-range = Indica un año entre { $min } y { $max }.
form-has-errors = Algunos campos necesitan otra revisión; todo lo que escribiste sigue aquí.

field-name = Nombre
field-email = Correo electrónico
field-password = Contraseña
field-password-hint = Al menos 10 caracteres, que no sea tu correo electrónico ni una contraseña común. Una frase corta funciona bien.
field-current-password = Contraseña actual
field-new-password = Nueva contraseña
field-new-email = Nuevo correo electrónico

signup-title = Crear una cuenta
signup-lead = Con una cuenta puedes nominar a expertos, unirte a grupos de usuarios y, si eres héroe, mantener tu página al día.
signup-submit = Crear cuenta
signup-have-account = ¿Ya tienes una cuenta?
signup-sent-title = Revisa tu correo
signup-sent-body = Enviamos un enlace a { $email }. Síguelo para confirmar tu dirección y luego inicia sesión. El enlace funciona durante tres días.

verify-done-title = Tu dirección está confirmada
verify-done-body = Gracias. Ya puedes iniciar sesión.
link-invalid-title = Este enlace ya no funciona
link-invalid-body = Ya se usó, ha caducado o se copió incompleto. Pide uno nuevo a continuación.

login-title = Iniciar sesión
login-submit = Iniciar sesión
login-no-account = ¿Eres nuevo?
login-failed = Ese correo electrónico y esa contraseña no coinciden con ninguna cuenta con la que se pueda iniciar sesión ahora. Revisa ambos o restablece tu contraseña por correo (eso también desbloquea una cuenta bloqueada tras muchos intentos).
login-throttled = Demasiados inicios de sesión fallidos desde tu red. Espera un cuarto de hora o restablece tu contraseña por correo.
login-unverified = Primero confirma tu correo electrónico: sigue el enlace que te enviamos. ¿Perdiste el correo? Usa «¿Olvidaste tu contraseña?» más abajo; el nuevo enlace también confirma tu dirección.
signed-out = Has cerrado sesión.

forgot-title = ¿Olvidaste tu contraseña?
forgot-lead = Introduce la dirección de tu cuenta y te enviaremos un enlace para elegir una nueva contraseña.
forgot-submit = Enviar el enlace
forgot-sent-title = Revisa tu correo
forgot-sent-body = Si { $email } pertenece a una cuenta, ya va de camino un enlace para elegir una nueva contraseña. Funciona durante una hora.

reset-title = Elige una nueva contraseña
reset-submit = Guardar la nueva contraseña
reset-done = Tu contraseña se ha cambiado y se han cerrado todas las demás sesiones. Inicia sesión con la nueva contraseña.

account-title = Tu cuenta
account-roles = Roles
account-hero-page = Tu página de héroe
account-sections-label = Páginas de tu cuenta
account-section-hero = Tu página de héroe
account-section-benefits = Beneficios
account-section-community = Comunidad
account-section-team = Equipo del programa
account-section-account = Cuenta y seguridad
account-back = Volver a tu cuenta
account-password-heading = Cambiar tu contraseña
account-password-submit = Cambiar contraseña
account-password-changed = Tu contraseña se ha cambiado. Se cerró la sesión en todos los demás navegadores conectados a tu cuenta.
account-current-password-wrong = Esta no es tu contraseña actual.
account-email-heading = Cambiar tu correo electrónico
account-email-submit = Enviar un enlace de confirmación
account-email-sent-title = Confirma la nueva dirección
account-email-sent-body = Enviamos un enlace a { $email }. Tu dirección cambia cuando lo sigas (en un plazo de un día).
account-email-changed-title = Tu correo electrónico se ha cambiado
account-email-changed-body = A partir de ahora inicias sesión con { $email }.
account-email-taken-title = Esa dirección ya está en uso
account-email-taken-body = Otra cuenta empezó a usar esta dirección mientras tanto, así que la tuya sigue como estaba.
account-sessions-heading = Dónde tienes la sesión iniciada
account-other-sessions = { $count ->
    [0] Este es el único navegador con sesión iniciada en tu cuenta.
    [one] Hay otro navegador con sesión iniciada en tu cuenta.
   *[other] Hay { $count } navegadores más con sesión iniciada en tu cuenta.
}
account-sessions-ended = Se cerró la sesión en todos los demás navegadores.
account-end-others = Cerrar sesión en todos los demás sitios

role-member = Miembro
role-hero = Héroe
role-alumni = Alumni
role-staff = Equipo
role-reviewer = Revisor
role-admin = Administrador

admin-older = Entradas anteriores
admin-outbox-title = Bandeja de salida
admin-outbox-lead-smtp = Todos los correos que el programa envió o está a punto de enviar, del más reciente al más antiguo. Hay un servidor SMTP configurado: el correo se entrega en segundos.
admin-outbox-lead-none = Todos los correos que el programa redactó, del más reciente al más antiguo. No hay ningún servidor SMTP configurado, así que el correo se queda aquí (inicia `heroes` con --smtp-url para entregarlo).
admin-outbox-empty = Aún no hay correo.
admin-outbox-to = Para
admin-outbox-sent = enviado { $at }
admin-outbox-failed = aún no entregado: { $error }
admin-outbox-pending = pendiente de entrega
admin-audit-title = Registro de auditoría
admin-audit-lead = Todas las acciones privilegiadas o relevantes para la seguridad, de la más reciente a la más antigua. Las entradas no se pueden modificar ni eliminar.
admin-audit-when = Cuándo (UTC)
admin-audit-who = Quién
admin-audit-what = Qué
admin-audit-target = Relativo a
admin-audit-from = Desde

mail-greeting = Hola, { $name }:
mail-footer = Recibes este correo porque alguien usó esta dirección en el sitio de Heroes. Si no fuiste tú, ignóralo: no cambia nada.
mail-verify-subject = Confirma tu correo electrónico
mail-verify-body = Confirma que esta es tu dirección para poder iniciar sesión.
mail-verify-action = Confirmar mi dirección
mail-reset-subject = Elige una nueva contraseña
mail-reset-body = Alguien (esperamos que tú) pidió restablecer la contraseña de tu cuenta. El enlace funciona una sola vez, durante una hora.
mail-reset-action = Elegir una nueva contraseña
mail-change-email-subject = Confirma tu nuevo correo electrónico
mail-change-email-body = Sigue el enlace para que { $email } sea la dirección de tu cuenta.
mail-change-email-action = Confirmar la nueva dirección
mail-exists-subject = Ya tienes una cuenta
mail-exists-body = Alguien intentó crear una cuenta con esta dirección, que ya tiene una. Si fuiste tú, inicia sesión, o elige una nueva contraseña si la olvidaste.
mail-exists-action = Restablecer mi contraseña

profile-edit-title = Editar tu perfil
profile-edit-lead = Lo que cambies aquí aparece al instante en el directorio y en tu página.
profile-edit-view = Ver tu página
profile-edit-saved = Guardado. Tu página ya muestra los cambios.
profile-edit-card = Tu tarjeta
profile-edit-about = Sobre ti
profile-edit-submit = Guardar perfil
profile-edit-submit-hint = Guarda todas las secciones a la vez; el botón sigue a mano mientras te desplazas.
field-display-name = Nombre visible
field-headline = Titular
field-company = Empresa
field-city = Ciudad
field-country = País
field-photo-url = Dirección de la foto
field-bio = Biografía
field-bio-hint = Markdown: **negrita**, _cursiva_, [enlaces](https://example.org), listas. El HTML se elimina.
field-languages = Idiomas
field-languages-hint = Otros idiomas como códigos separados por comas, por ejemplo sw, pt-BR o zh-Hant.
field-languages-other = Otros idiomas
field-timezone = Zona horaria
field-timezone-hint = Tu página muestra tu hora local en esta zona.
zone-region-africa = África
zone-region-america = América
zone-region-antarctica = Antártida
zone-region-asia = Asia
zone-region-atlantic = Atlántico
zone-region-australia = Australia
zone-region-europe = Europa
zone-region-indian = Océano Índico
zone-region-pacific = Pacífico
field-timezone-none = No se muestra

tokens-title = Tokens de API
tokens-lead = Los tokens personales permiten que tus scripts usen la API JSON en tu nombre. Envía uno como "Authorization: Bearer TOKEN". Un token de lectura solo lee; un token de escritura también puede modificar tu perfil.
tokens-created = Tu nuevo token. Cópialo ahora: solo se muestra esta vez y solo guardamos una huella de él.
tokens-new = Nuevo token
tokens-name = Nombre
tokens-scope = Alcance
tokens-scope-read = Lectura: ver tu cuenta y tu perfil
tokens-scope-write = Escritura: también modificar tu perfil
tokens-create = Crear token
tokens-yours = Tus tokens
tokens-none = No tienes tokens.
tokens-created-at = Creado
tokens-last-used = Último uso
tokens-never = nunca
tokens-revoke = Revocar
account-tokens-link = Tokens de API

account-export = Descargar todos tus datos (JSON)
account-delete-link = Eliminar tu cuenta
delete-title = Eliminar tu cuenta
delete-lead = Esto no se puede deshacer. Lee lo que ocurre y luego confirma con tu contraseña.
delete-erased-heading = Se borra de inmediato
delete-erased-account = Tu cuenta: nombre, correo electrónico, contraseña, roles y tokens de API.
delete-erased-sessions = Todas las sesiones: se cierra tu sesión en todas partes.
delete-erased-mail = Todos los correos que te enviamos y las direcciones de red registradas con tus acciones.
delete-erased-hero = Tu página de héroe, con sus enlaces, especializaciones y contribuciones: desaparece del directorio, los feeds y la API.
delete-kept-heading = Se conserva, sin tu nombre
delete-kept-audit = El registro de auditoría del programa conserva constancia de lo ocurrido (por ejemplo, «rol concedido»), como exigen sus registros; solo te nombra como «cuenta eliminada» con un número.
delete-export-first = Quizá quieras una copia antes:
delete-submit = Eliminar mi cuenta
delete-done-title = Tu cuenta se ha eliminado
delete-done-body = Todo lo indicado se ha borrado. Gracias por formar parte del programa.
profile-contact = Contacto
profile-contact-hint = Cómo pueden contactarte y quién puede ver cada dato. Tu dirección de inicio de sesión nunca se muestra.
profile-contact-visible-to = { $contact }: quién lo ve
contact-email = Correo para invitaciones
contact-phone = Teléfono
visibility-public = Todos
visibility-members = Miembros con sesión iniciada
visibility-heroes = Héroes y el equipo del programa
visibility-staff = Solo el equipo del programa
photo-label = Foto
photo-current = Tu foto tal como aparece en el directorio y en tu página.
photo-hint = JPEG, PNG o WebP de hasta 5 MB. La escalamos a 512 píxeles y eliminamos todo lo oculto en el archivo (cámara, ubicación).
photo-upload = Subir foto
photo-remove = Quitar la foto
photo-missing = Primero elige un archivo de imagen.
photo-too-large = Este archivo supera los 5 MB. Elige uno más pequeño.
photo-unreadable = Este archivo no es una imagen JPEG, PNG o WebP que podamos leer.
photo-too-small = Esta imagen mide menos de 64 × 64 píxeles; se vería borrosa.
error-too-large-title = Demasiado de una vez
error-too-large-body = Lo que enviaste supera lo que Heroes acepta (8 MB). Vuelve atrás y envía algo más pequeño.
sso-button = Equipo del programa: inicia sesión con tu cuenta de empresa
sso-refused-title = El inicio de sesión único no se completó
sso-refused-browser = Este inicio de sesión se empezó en otro navegador o ya se ha usado. Vuelve a empezar desde la página de inicio de sesión.
sso-refused-expired = Este inicio de sesión tardó demasiado o ya había terminado. Vuelve a empezar desde la página de inicio de sesión.
sso-refused-denied = El inicio de sesión se canceló en la página de inicio de sesión de tu empresa.
sso-provider-trouble = El servicio de inicio de sesión de tu empresa no respondió como se esperaba. Vuelve a intentarlo en un momento; si sigue ocurriendo, avisa al equipo del programa.

own-title = Tus contribuciones
own-lead = Todo lo que registraste, incluidos los elementos privados. Los elementos públicos aparecen en tu página, en el flujo de contenido y en los feeds.
own-add = Añadir una contribución
own-edit-title = Modificar una contribución
own-empty = Aún no has registrado nada.
own-added = Añadida.
own-saved = Guardada.
own-deleted = Eliminada.
own-col-title = Título
own-col-date = Fecha
own-col-actions = Acciones
own-private = privada
own-edit = Modificar
own-delete = Eliminar
own-export-csv = Descargar como CSV
own-export-json = Descargar como JSON
own-kind-hint = Las cifras de alcance disponibles dependen del tipo.
own-kind-refresh = Mostrar los campos de este tipo
own-url = Dirección (URL)
own-url-taken = Ya registraste una contribución con esta dirección.
own-specialization = Especialización
own-specialization-none = Ninguna en particular
own-specialization-unknown = Elige una de las especializaciones de la lista.
own-reach-views = Visualizaciones, reproducciones o descargas
own-reach-attendees = Asistentes
own-reach-stars = Estrellas
own-reach-answers = Preguntas respondidas
own-tags = Etiquetas
own-tags-hint = Hasta 10, separadas por comas, por ejemplo serverless, event-driven.
own-description = Descripción
own-private-label = Privada: cuenta para ti, nunca se muestra públicamente
own-save = Guardar
own-cancel = Cancelar
account-contributions-link = Tus contribuciones
own-imported = Se { $added ->
    [one] importó { $added } contribución nueva
   *[other] importaron { $added } contribuciones nuevas
}; { $skipped } que ya estaban en tu registro se dejaron como estaban.
own-import-label = Importar un archivo
own-import-hint = CSV o JSON en el formato de las descargas de arriba. Primero se comprueba todo: o se añaden todas las filas, o no se añade ninguna y se enumera cada problema.
own-import-submit = Importar
own-import-refused = No se importó nada:
own-import-missing = Primero elige un archivo CSV o JSON.
own-import-too-large = El archivo supera los 4 MB; divídelo en partes.
own-import-unreadable = No se puede leer el archivo: { $reason }.
own-import-row = Fila { $row }, { $field }: { $problem }
own-import-unknown-specialization = No existe ninguna especialización «{ $value }».

sources-title = Dónde publicas
sources-lead = Añade los feeds de tu blog, canal de YouTube o pódcast, y tu cuenta de GitHub. Heroes los revisa { $minutes ->
        [60] cada hora
        [1] cada minuto
       *[other] cada { $minutes } minutos
    } y te propone lo nuevo para tu registro, para que no vuelvas a rellenar un formulario de actividad.
sources-none = Aún no hay fuentes.
sources-added = Añadida. La primera revisión se hará en menos de un minuto.
sources-polling = Heroes la volverá a revisar en menos de un minuto.
sources-removed = Quitada.
sources-waiting = { $count ->
    [one] Tienes un elemento nuevo esperando
   *[other] Tienes { $count } elementos nuevos esperando
}
sources-auto = se añade automáticamente
sources-last-success = Última revisión: { $at }
sources-never-polled = Aún no se ha revisado.
sources-last-error = El último intento falló: { $error }.
sources-poll-now = Revisar ahora
sources-remove = Quitar
sources-add = Añadir una fuente
sources-kind = Tipo
sources-kind-feed = Un feed (RSS, Atom o JSON Feed), o una página que enlace a uno
sources-kind-github = Una cuenta de GitHub (repositorios públicos)
sources-kind-invalid = Elige un feed o una cuenta de GitHub.
sources-target = Dirección o nombre de usuario de GitHub
sources-target-hint = Por ejemplo, https://blog.example.org/feed.xml, o tu nombre de usuario de GitHub.
sources-github-invalid = Un nombre de usuario de GitHub solo tiene letras, dígitos y guiones.
sources-duplicate = Ya añadiste esta fuente.
sources-auto-label = Añadir automáticamente los elementos nuevos a mi registro (sin preguntar)
sources-add-submit = Añadir fuente
suggestions-title = Encontrado para tu registro
suggestions-lead = Elementos nuevos de tus fuentes. Marca como tuyo lo que hiciste; los elementos rechazados no se vuelven a proponer.
suggestions-none = No hay nada pendiente.
suggestions-claim = Es mío
suggestions-decline = No es mío
suggestions-claimed = Añadido a tu registro.
suggestions-declined = No se volverá a proponer.
jobs-title = Tareas
jobs-lead = El trabajo en segundo plano de cada instancia: revisar fuentes. Primero las tareas con fallos; cada una se reintenta con una pausa creciente.
jobs-none = No hay tareas.
jobs-job = Tarea
jobs-next = Próxima ejecución (UTC)
jobs-runs = Ejecuciones
jobs-state = Estado
jobs-running = ejecutándose en { $worker }
jobs-failing = falló { $attempts } veces: { $error }
jobs-ok = correcto
sources-next-poll = Próxima revisión: { $at }
own-quick-label = Añadir rápido desde una dirección
own-quick-hint = Pega el enlace a tu artículo, vídeo o página de la charla; Heroes lee su título, fecha y descripción y rellena el formulario de abajo para que lo revises.
own-quick-submit = Rellenar desde esta página
own-quick-filled = Rellenado desde la página. Revísalo todo y luego añádelo.
own-quick-failed = No se pudo leer esa página: { $reason }. Rellena el formulario tú mismo.
own-quick-feed-title = Capturar todo de este sitio
own-quick-feed = La página anuncia un feed. Añádelo como fuente y Heroes te propondrá cada nueva publicación, sin pegar enlaces:
own-quick-feed-submit = Añadir este feed como fuente
suggestions-also-at = También publicado en
sources-auto-on = Añadir elementos nuevos automáticamente
sources-auto-off = Volver a preguntarme primero

## Selection: nominating
nominate-title = Nominar a un héroe
nominate-lead = Las nominaciones para { $cycle } están abiertas hasta el { $closes }. Puedes nominar hasta { $limit } personas en este ciclo. Se avisa a la persona nominada, y las dos partes pueden ver en qué punto está la nominación.
nominate-lead-several = Hay varios ciclos de selección abiertos, cada uno para sus propias especializaciones. Se te avisa, y puedes ver, en qué punto está cada nominación.
nominate-lead-cycle = { $cycle }: { $specializations }. Abierto hasta el { $closes }; hasta { $limit } nominaciones tuyas.
nominate-closed = Las nominaciones están cerradas. Aún no hay ningún ciclo de selección previsto.
nominate-closed-next = Las nominaciones están cerradas. { $cycle } se abre el { $opens }.
nominate-specialization = Especialización
nominate-nominee-name = Su nombre
nominate-nominee-email = Su correo electrónico
nominate-nominee-email-hint = Le escribiremos a esta dirección; si ya es miembro, usa la dirección de su cuenta.
nominate-nominee-links = Sus perfiles públicos (opcional)
nominate-nominee-links-hint = Una dirección por línea: blog, GitHub, YouTube… Nos ayuda a ver si dos personas nominaron a la misma persona.
nominate-statement = Por qué esta persona
nominate-statement-hint = Qué hace por la comunidad y a quién ayuda (al menos 30 caracteres).
nominate-evidence = Pruebas
nominate-evidence-hint = Un enlace por línea a sus charlas, artículos, vídeos o proyectos (al menos uno, como máximo 10).
nominate-submit = Enviar la nominación
nominate-rubric = Cómo puntúan los revisores
nominate-rubric-of = Cómo puntúan los revisores en { $cycle }
nominate-rubric-lead = Cada candidatura se puntúa según esta rúbrica publicada, de 1 a 5 por criterio; aquí se muestra lo que significa un 5.
rubric-weight = peso { $weight }
nominations-link = Tus nominaciones
nominations-title = Nominaciones
nominations-received = Nominaciones que te hicieron
nominations-received-none = Nadie te ha nominado todavía.
nominations-made = Nominaciones que hiciste
nominations-made-none = Aún no has nominado a nadie.
nominations-col-nominee = Nominado
nominations-col-specialization = Especialización
nominations-col-cycle = Ciclo
nominations-col-stage = Etapa
nominations-renominate-after = Se puede volver a nominar a partir del { $date }.
nominations-nominate = Nominar a alguien
nominations-notice-nominated = Gracias: tu nominación se ha registrado y se ha avisado a la persona nominada.
nominations-notice-already = Ya habías nominado a esta persona en este ciclo; no ha cambiado nada.
nominations-notice-accepted = Aceptaste la nominación. Ahora la examinarán los revisores.
nominations-notice-declined = Rechazaste la nominación. Se ha avisado a quienes te nominaron.
nominations-notice-onboarded = ¡Te damos la bienvenida al programa!
stage-submitted = Enviada
stage-in-review = En revisión
stage-decided = Decidida: { $outcome }
outcome-accepted = aceptada
outcome-declined = rechazada
outcome-deferred = aplazada a un ciclo posterior
outcome-withdrawn = rechazada por la persona nominada
outcome-reopened = de nuevo en revisión
state-nominated = Esperando a la persona nominada
state-withdrawn = Retirada
state-in-review = En revisión
state-deferred = Aplazada
state-declined = Rechazada
state-accepted = Aceptada (invitada)
state-onboarded = Incorporada
state-announced = Anunciada

## Selection: the nominee
answer-title = Tu nominación
answer-heading = Tu nominación para { $specialization }
answer-lead = { $cycle } · { $count ->
    [one] te nominó un miembro
   *[other] te nominaron { $count } miembros
}
answer-stage = Etapa:
answer-accept = Acepta y completa tu perfil de candidatura
answer-sent = Lo que enviaste
answer-sent-lead = Los revisores leen este perfil junto con las nominaciones.
account-nomination-answer = Te han nominado para { $specialization }: lee la nominación y respóndela.
account-nomination-onboard = Te han aceptado para { $specialization }: acepta las condiciones y completa tu perfil para el anuncio.
answer-accept-lead = Los revisores leen este perfil junto con las nominaciones. Tus contribuciones de los últimos 12 meses se adjuntan automáticamente: de tu registro de contribuciones si tienes uno, y del feed que indiques abajo.
answer-accept-submit = Aceptar la nominación
answer-decline = Rechazar la nominación
answer-withdraw = Retirar
answer-country-hint = Dos letras, por ejemplo ES o MX.
answer-feedback = Comentarios del programa
answer-renominate-after = Pueden volver a nominarte a partir del { $date }.
answer-onboarded = Aparecerás en el directorio el { $date }.
answer-announced = Ya estás en el directorio: mira tu página pública.
onboard-title = Únete al programa
onboard-lead = ¡Enhorabuena! Acepta las condiciones y el NDA y revisa tu perfil; se anunciará tu incorporación el { $date }.
onboard-terms-text = Como héroe, compartes tu experiencia con la comunidad, mantienes tu perfil al día y sigues el código de conducta de la comunidad. El programa puede poner fin a tu participación si no lo haces.
onboard-accept-terms = Acepto las condiciones del programa
onboard-nda-text = Las sesiones informativas son confidenciales. Lee el NDA, versión { $version }:
onboard-accept-nda = Acepto el NDA (versión { $version })
onboard-terms-required = Acepta las condiciones del programa para unirte.
onboard-nda-required = Acepta el NDA para unirte.
onboard-nda-changed = Se publicó una nueva versión del NDA mientras leías esta página. Léela y acéptala para unirte.
onboard-nda-missing = Aún no se ha publicado ningún NDA, así que nadie puede unirse por ahora. Vuelve cuando el equipo del programa lo haya publicado.
onboard-submit = Unirme al programa

## Selection: reviewing
tasks-title = Tus revisiones
tasks-none = No tienes candidaturas asignadas.
tasks-col-yours = Tu puntuación
tasks-conflict = Conflicto declarado
tasks-to-score = Por puntuar
review-title = Revisar una candidatura
review-score = Tus puntuaciones
review-comment = Comentario
review-submit = Guardar mi revisión
review-saved = Tu revisión se ha guardado; puedes cambiarla mientras la candidatura esté en revisión.
review-closed = Esta candidatura no está en revisión (la persona nominada aún no ha aceptado o ya se ha decidido).
review-conflict = Conflicto de intereses
review-conflict-reason = ¿Cuál es el conflicto?
review-conflict-hint = Por ejemplo, «trabaja en mi equipo». Dejas esta candidatura y las puntuaciones que hayas dado dejan de contar.
review-conflict-submit = Declarar un conflicto
review-conflicted = Declaraste un conflicto de intereses ({ $reason }), así que este expediente está cerrado para ti.
file-links = Perfiles
file-nominations = { $count ->
    [one] Una nominación
   *[other] { $count } nominaciones
}
file-nominated-by = Nominado por { $name }
file-nominator-gone = Nominado por una cuenta eliminada
file-nominator-hidden = Nominador oculto (revisión ciega)
file-evidence = { $count ->
    [one] Una contribución de los últimos 12 meses
   *[other] { $count } contribuciones de los últimos 12 meses
}
file-evidence-none = No hay contribuciones adjuntas.
file-views = { $count } visualizaciones
file-attendees = { $count } asistentes
file-stars = { $count } estrellas

## Selection: the program team
cycles-title = Ciclos
cycles-none = Aún no hay ciclos.
cycles-new = Abrir un ciclo
cycles-edit = Modificar
cycles-actions = Acciones
cycles-queue = Cola de revisión
cycles-renewals = Renovaciones
cycles-kind = Tipo
cycles-kind-selection = Selección
cycles-kind-renewal = Renovación
cycles-name = Nombre
cycles-window = Abierto
cycles-opens = Se abre el
cycles-closes = Se cierra el (incluido)
cycles-specializations = Especializaciones que admiten nominaciones
cycles-specializations-hint = Solo ciclos de selección.
cycles-rubric = Rúbrica
cycles-rubric-hint = Los revisores puntúan cada criterio de 1 a 5; su peso (de 1 a 100) determina cuánto cuenta en el total. Indica qué significa cada puntuación. Las filas vacías se omiten; marca «Quitar» para eliminar un criterio. La rúbrica no puede cambiar una vez que alguien haya puntuado.
cycles-rubric-rows-invalid = Hay criterios que corregir: consulta los mensajes junto a sus campos.
cycles-rubric-more = Añadir más filas
cycles-criterion = Criterio { $n }
cycles-criterion-name = Nombre
cycles-criterion-weight = Peso
cycles-criterion-level = Qué significa una puntuación de { $score }
cycles-criterion-remove = Quitar este criterio
cycles-rubric-locked = Los revisores ya han puntuado con esta rúbrica; ya no se puede cambiar.
cycles-overlap = { $specialization } ya admite nominaciones en «{ $cycle }» (del { $opens } al { $closes }), en algunos de los mismos días. Los ciclos solo pueden solaparse para especializaciones distintas: cambia las fechas o las especializaciones.
cycles-unknown-specialization = Una de estas especializaciones no existe.
cycles-limit = Nominaciones por nominador
cycles-blind = Revisión ciega: los revisores no ven quién nominó
cycles-save = Guardar el ciclo
cycles-saved = El ciclo se ha guardado.
queue-title = Cola de revisión
queue-cycle = Ciclo
queue-state = Estado
queue-sort = Ordenar por
queue-sort-score = Puntuación, de mayor a menor
queue-sort-age = Antigüedad, de más antigua a más reciente
queue-sort-spread = Desacuerdo, de mayor a menor
queue-all = Todas
queue-unassigned = Solo sin revisores
queue-filter = Mostrar
queue-total = { $count ->
    [one] Una candidatura
   *[other] { $count } candidaturas
}
queue-select = Seleccionar
queue-select-one = Seleccionar a { $name }
queue-score = Puntuación
queue-spread = Dispersión
queue-reviews = Revisiones
queue-nominators = Nominadores
queue-age = Desde
queue-assign-to = Revisor
queue-assign = Asignar
queue-assign-specialization = Asignar un revisor a toda una especialización
queue-assign-specialization-hint = Revisará todas sus candidaturas de este ciclo, incluidas las que se nominen a partir de ahora.
queue-assigned = { $count ->
    [0] No hay asignaciones nuevas: el revisor ya las tenía todas.
    [one] Una asignación nueva.
   *[other] { $count } asignaciones nuevas.
}
queue-pages = Páginas
queue-prev = ← Anterior
queue-next = Siguiente →
candidacy-scores = Puntuaciones
candidacy-summary = { $count ->
    [0] Aún no hay puntuaciones.
    [one] Puntuación ponderada { $score } (dispersión { $spread }) de una revisión.
   *[other] Puntuación ponderada { $score } (dispersión { $spread }) de { $count } revisiones.
}
candidacy-reviewer = Revisor
candidacy-mean-spread = Media ± dispersión
candidacy-reviewers = Revisores
candidacy-no-reviewers = Aún no hay nadie asignado.
candidacy-no-more-reviewers = Esta candidatura ya no admite más revisores: está decidida, retirada o anunciada.
candidacy-notice-decided = Decisión registrada: la candidatura ahora está «{ $state }», y se ha avisado a la persona nominada y a quienes la nominaron.
candidacy-notice-rescheduled = Anuncio fijado para el { $date }. La candidatura está «{ $state }».
announcement-title = Anuncio
announcement-accepted = Aceptada, a la espera de que la persona candidata acepte las condiciones y complete el perfil. Anuncio previsto para el { $date }; se hará ese día o en cuanto termine, lo que ocurra más tarde.
announcement-onboarded = La persona candidata ha completado la incorporación. Anuncio previsto para el { $date }: ese día aparecerá en el directorio y se le avisará.
announcement-date = Fecha del anuncio
announcement-move = Mover el anuncio
announcement-now = Anunciar hoy
candidacy-conflict = conflicto: { $reason }
candidacy-reviewed = puntuada
candidacy-waiting = aún sin puntuar
decide-title = Decisión
decide-decision = Decisión
decide-accept = Aceptar (envía la invitación)
decide-decline = Rechazar con comentarios
decide-defer = Aplazar a un ciclo posterior
decide-reopen = Reabrir una candidatura aplazada en el ciclo abierto
decide-announce-on = Fecha del anuncio (al aceptar)
decide-feedback = Comentarios para la persona nominada
decide-feedback-hint = Obligatorio al rechazar; se envía con cualquier decisión.
decide-renominate-after = Se puede volver a nominar a partir del (al rechazar)
decide-submit = Registrar la decisión
decide-choose = Elige una decisión.
decide-date-past = Elige hoy o una fecha posterior.
decide-feedback-required = Explica el motivo para que la persona nominada pueda mejorar.

## Refusals
refusal-no-open-cycle = Ahora mismo no hay ningún ciclo de selección abierto.
refusal-specialization-not-in-cycle = Este ciclo no admite nominaciones para esa especialización.
refusal-specialization-retired = Esa especialización está retirada y no admite nominaciones.
refusal-limit-reached = Ya has hecho las { $limit } nominaciones que permite este ciclo.
refusal-already-hero = Esta persona ya es héroe en esa especialización.
refusal-too-soon = Esta persona fue rechazada hace poco; se podrá volver a nominar a partir del { $date }.
refusal-self-nomination = No puedes nominarte a ti mismo.
refusal-awaiting-nominee = La persona nominada aún no ha aceptado la nominación, así que no hay nada que decidir.
refusal-already-decided = Esta candidatura ya está decidida.
refusal-already-answered = La nominación ya se respondió.
refusal-not-deferred = Solo se puede reabrir una candidatura aplazada.
refusal-not-invited = Solo una persona candidata aceptada puede unirse.
refusal-not-onboarded = La persona candidata aún no ha completado la incorporación.
refusal-not-assigned = No eres revisor de esta candidatura.
refusal-conflicted = Declaraste un conflicto de intereses con esta candidatura.
refusal-not-reviewable = Esta candidatura no está en revisión.
refusal-no-renewal-cycle = No hay ningún ciclo de renovación abierto: abre uno para registrar decisiones.
refusal-not-accepted = Solo se puede mover o adelantar el anuncio de una persona candidata aceptada; esta ya se anunció o no fue aceptada.

## Renewal
readiness-title = Preparación para la renovación
readiness-lead = Tus contribuciones desde el { $since } (los últimos 12 meses), puntuadas según la rúbrica publicada más abajo. Las contribuciones privadas también cuentan.
readiness-cycle-open = { $cycle } está abierto hasta el { $closes }.
readiness-points = { $points } de { $target } puntos
readiness-ready = Has alcanzado el objetivo de renovación.
readiness-by-kind = Por tipo
readiness-nothing = Aún no hay nada en los últimos 12 meses: añade tu trabajo en tu registro de contribuciones o deja que tus fuentes lo capturen.
readiness-kind = Tipo
readiness-items = Contribuciones
readiness-earned = Puntos obtenidos
readiness-cap = Límite
readiness-counted = Puntos contados
readiness-capped = (limitado)
readiness-every-point = Cada punto explicado
readiness-base = { $points } puntos por el tipo
readiness-bonus = +{ $points } por alcance ({ $value } { $metric })
readiness-metric-views = visualizaciones
readiness-metric-attendees = asistentes
readiness-metric-stars = estrellas
readiness-metric-answers = respuestas
readiness-line-counted = { $points } contados
readiness-over-cap = (por encima del límite de su tipo)
readiness-rubric = La rúbrica
readiness-rubric-lead = Cada tipo otorga puntos por contribución hasta un límite, para que la cantidad no pueda sustituir a la calidad. Una contribución con gran alcance (1000 visualizaciones, 50 asistentes, 100 estrellas o 25 respuestas) obtiene de nuevo la mitad de sus puntos. Con 100 puntos, un héroe está listo.
readiness-per-item = Puntos por unidad
renewals-title = Renovaciones
renewals-total = { $count ->
    [one] Un héroe
   *[other] { $count } héroes
}
renewals-hero = Héroe
renewals-status = Estado
renewals-readiness = Preparación
renewals-decision = Decisión
renewals-renew = Renovar
renewals-alumni = Pasar a alumni
renewals-leave = Baja temporal
renewals-expected-return = Regreso previsto
renewals-note = Nota para el héroe (opcional)
renewals-save = Registrar
renewals-decided = Decisión registrada para { $name }.
renewals-confirm-title = ¿Pasar a { $name } a alumni?
renewals-confirm-lead = En { $cycle }, { $name } dejaría de estar entre los héroes activos.
renewals-confirm-access = En cuanto vuelva a usar el sitio, pierde lo que es solo para héroes: la renovación, las sesiones informativas y la red.
renewals-confirm-page = Su página pública se mantiene, marcada como alumni, con todo lo que aportó.
renewals-confirm-mail = Se le envía la decisión por correo, con la nota de abajo si escribes una.
renewals-confirm-undo = Hasta que se cierre el ciclo puedes cambiar la decisión en la lista de renovaciones; entonces se le vuelve a enviar un correo.
renewals-confirm-submit = Pasar a { $name } a alumni
renewals-confirm-cancel = Dejar a { $name } como está

## Notifications and mail
notifications-title = Notificaciones
notifications-link = Tus notificaciones
notifications-none = Aún no hay nada.
mail-open-action = Abrir Heroes
mail-footer-program = Recibes este correo porque tiene que ver con tu participación en el programa Heroes.
mail-nominated-subject = Te han nominado para { $specialization }
mail-nominated-body = { $nominator } te ha nominado para { $specialization } en { $cycle }.
mail-nominated-how = Inicia sesión (o regístrate) con { $email } para aceptar o rechazar la nominación y completar tu perfil de candidatura.
mail-nomination-received-subject = Tu nominación de { $name }
mail-nomination-received-body = Hemos recibido tu nominación de { $name } para { $specialization }. Te iremos informando en cada etapa.
mail-nominee-accepted-subject = { $name } aceptó la nominación
mail-nominee-accepted-body = { $name } aceptó la nominación; ahora está en revisión.
mail-nominee-declined-subject = { $name } rechazó la nominación
mail-nominee-declined-body = { $name } rechazó la nominación. Gracias por nominar.
mail-decided-subject = Una decisión sobre { $name }
mail-decided-nominator-body = El programa tomó una decisión sobre tu nominación de { $name }: { $outcome }.
mail-decided-nominee-subject = Tu candidatura para { $specialization }
mail-decided-accepted = Enhorabuena: te hemos aceptado como héroe de { $specialization }. Acepta las condiciones y el NDA y completa tu perfil; se anunciará tu incorporación el { $date }.
mail-decided-declined = Esta vez no has sido seleccionado para { $specialization }. Pueden volver a nominarte a partir del { $date }.
mail-decided-deferred = Tu candidatura para { $specialization } se ha aplazado a un ciclo posterior.
mail-decided-reopened = Tu candidatura para { $specialization } vuelve a estar en revisión.
mail-announced-subject = Ya eres héroe de { $specialization }
mail-announced-body = Tu perfil de { $specialization } ya aparece en el directorio. ¡Te damos la bienvenida!
mail-renewal-subject = Tu renovación en { $cycle }
mail-renewal-renew = Se ha renovado tu condición de héroe en { $cycle }. ¡Gracias por un año más!
mail-renewal-opened-subject = { $cycle } está abierto
mail-renewal-opened = El ciclo de renovación { $cycle } está abierto hasta el { $closes }. Tu indicador de preparación muestra lo que cuenta y lo que registraste en los últimos doce meses; añade lo que falte antes de que se cierre el ciclo.
mail-renewal-alumni = En { $cycle } pasas a formar parte de los alumni. Tu página pública se mantiene, con la marca de alumni. Gracias por todo lo que compartiste.
mail-renewal-leave = Tu baja temporal queda registrada en { $cycle }; esperamos tu regreso el { $date }.
nav-nominate = Nominar
account-notifications-link = { $count ->
    [0] Notificaciones
    [one] Notificaciones (1 nueva)
   *[other] Notificaciones ({ $count } nuevas)
}
mail-assigned-subject = { $count ->
    [one] Una candidatura para revisar
   *[other] { $count } candidaturas para revisar
}
mail-assigned-body = { $count ->
    [one] Se te ha asignado una candidatura para revisar. Declara un conflicto de intereses si lo tienes.
   *[other] Se te han asignado { $count } candidaturas para revisar. Declara un conflicto de intereses donde lo tengas.
}
answer-feed = El feed de tu blog, canal o pódcast (opcional)
answer-feed-hint = Lo leemos una vez y adjuntamos lo que publicaste en los últimos 12 meses, para que los revisores vean tu trabajo sin que tengas que enumerarlo. También sirve una página que enlace a su feed.

## Abuse that costs other people: the warning an owner gets when someone keeps guessing
## their password.
mail-attack-subject = Alguien está intentando iniciar sesión en tu cuenta
mail-attack-body = Últimamente alguien ha probado muchas contraseñas incorrectas en tu cuenta, desde direcciones desde las que nunca has iniciado sesión. Lo estamos frenando: cada dirección que sigue probando queda bloqueada y los intentos se ralentizan. Desde donde sueles iniciar sesión no cambia nada; desde otros lugares, puede que un inicio de sesión tenga que esperar un minuto.
mail-attack-advice = Si no fuiste tú, no se ha revelado nada. Asegúrate de que tu contraseña sea larga y no la uses en ningún otro sitio, y elige una nueva si tienes dudas: una nueva contraseña también levanta todos los bloqueos de tu cuenta.
mail-attack-action = Elegir una nueva contraseña

## The server's edge: requests refused before a handler runs, and a database out of reach
error-bad-request-title = No se pudo leer esa solicitud
error-bad-request-body = La dirección o el formulario contiene algo que Heroes no acepta, como un byte NUL (%00). Revisa el enlace y vuelve a intentarlo.
error-uri-too-long-title = Esa dirección es demasiado larga
error-uri-too-long-body = La dirección supera lo que Heroes acepta (8 KB). Revisa el enlace o busca con menos filtros.
error-unavailable-title = Heroes no puede responder ahora mismo
error-unavailable-body = No podemos acceder a nuestra base de datos en este momento. No es por nada que hayas hecho; vuelve a intentarlo en un minuto.
error-request-title = No pudimos usar esa solicitud
error-request-body = Vuelve atrás e inténtalo de nuevo. Si sigue ocurriendo, avisa al equipo del programa.

## Races: a second click on a suggestion already decided (claim and decline at once)
suggestions-was-claimed = Este elemento ya se añadió a tu registro.
suggestions-was-declined = Este elemento ya se rechazó, así que no se añadió a tu registro.

## Text in, text out: feed items that cannot be offered, the same work at two addresses
sources-skipped = No propuestos en la última revisión (corrige el elemento en tu feed o añádelo a mano):
suggestions-unclaimable = «{ $title }» no puede convertirse en una contribución tal como está ({ $field }: { $problem }). Recházalo o añádelo a mano con los datos corregidos.
own-url-same-work = Ya registraste este trabajo como «{ $title }» ({ $url }). Modifica esa entrada o usa otra dirección.
own-import-same-work = Fila { $row }: ya registraste este trabajo como «{ $title }» ({ $url }).
own-import-same-work-in-file = Fila { $row }: es el mismo trabajo que la fila { $first } (las direcciones solo difieren en https, www, una barra final o parámetros de seguimiento).

## Running the program: the admin home and specializations managed by admins (issue 17)
admin-home-title = Administración del programa
admin-home-back = ← Administración del programa
admin-home-attention = Requiere atención hoy
admin-home-areas = Áreas de administración
admin-home-unassigned = { $count ->
    [one] candidatura sin revisor
   *[other] candidaturas sin revisor
}
admin-home-in-review = { $count ->
    [one] candidatura a la espera de revisiones y de una decisión
   *[other] candidaturas a la espera de revisiones y de una decisión
}
admin-home-failing-sources = { $count ->
    [one] fuente de contribuciones con fallos
   *[other] fuentes de contribuciones con fallos
}
admin-home-failing-jobs = { $count ->
    [one] tarea en segundo plano con fallos
   *[other] tareas en segundo plano con fallos
}
admin-home-undelivered-mail = { $count ->
    [one] correo sin entregar
   *[other] correos sin entregar
}
admin-area-cycles = Ciclos
admin-area-cycles-hint = Abre ciclos de selección y renovación, con sus fechas, especializaciones y rúbrica.
admin-area-candidacies = Candidaturas
admin-area-candidacies-hint = La cola de revisión: asigna revisores, lee expedientes, decide.
admin-area-renewals = Renovaciones
admin-area-renewals-hint = La preparación de cada héroe; renueva, pasa a alumni o registra una baja.
admin-area-specializations = Especializaciones
admin-area-specializations-hint = Añade, renombra, retira, reordena y da color a las especializaciones.
admin-area-outbox = Bandeja de salida
admin-area-outbox-hint = Todos los correos que redactó el programa, con su estado de entrega.
admin-area-jobs = Tareas
admin-area-jobs-hint = La cola de tareas en segundo plano y lo que falló.
admin-area-audit = Registro de auditoría
admin-area-audit-hint = Quién hizo qué, cuándo y desde dónde.
admin-area-security = Seguridad del inicio de sesión
admin-area-security-hint = Qué roles deben usar un segundo factor; restablece los factores de quien los haya perdido.
admin-specializations-title = Especializaciones
admin-specializations-lead = Los cambios se ven al instante en el directorio, sus filtros, los feeds, la API y el formulario de nominación. Una especialización renombrada conserva su dirección anterior, que lleva a la nueva. Una retirada no admite nuevas nominaciones y desaparece de los filtros, pero sus héroes conservan sus insignias.
admin-specializations-saved = Guardado.
admin-specializations-name = Nombre
admin-specializations-slug = Dirección
admin-specializations-slug-hint = Letras minúsculas, dígitos y guiones; la página es /specializations/ seguido de ella. Si la cambias, la dirección anterior sigue funcionando.
admin-specializations-slug-taken = Otra especialización tiene, o tuvo, esta dirección. Elige otra.
admin-specializations-previous = También responde a: { $slugs }
admin-specializations-heroes = Héroes
admin-specializations-state = Estado
admin-specializations-active = Activa
admin-specializations-retired = Retirada
admin-specializations-actions = Acciones
admin-specializations-up = Subir
admin-specializations-up-label = Subir { $name }
admin-specializations-down = Bajar
admin-specializations-down-label = Bajar { $name }
admin-specializations-edit = Editar
admin-specializations-edit-label = Editar { $name }
admin-specializations-retire = Retirar
admin-specializations-retire-label = Retirar { $name }
admin-specializations-reinstate = Restablecer
admin-specializations-reinstate-label = Restablecer { $name }
admin-specializations-new = Añadir una especialización
admin-specializations-edit-heading = Modificar la especialización
admin-specializations-description = Descripción (Markdown)
admin-specializations-colour = Color de la insignia
admin-specializations-save = Guardar
admin-specializations-cancel = Cancelar
colour-rose = Rosa
colour-amber = Ámbar
colour-blue = Azul
colour-violet = Violeta
colour-teal = Verde azulado
colour-green = Verde
colour-red = Rojo
colour-navy = Azul marino

## Second factor: authenticator app, recovery codes, required roles (issue 23)
second-step-title = Confirma que eres tú
second-step-lead = Tu contraseña es correcta. Introduce el código de seis dígitos que muestra tu app de autenticación para este sitio, o uno de tus códigos de recuperación.
second-step-code = Código
second-step-hint = Seis dígitos de la app, o un código de recuperación como abcd-efgh-ijkl-mnop.
second-step-submit = Iniciar sesión
second-step-failed = Ese código no ha funcionado. Los códigos de la app cambian cada 30 segundos y cada uno sirve una vez; un código de recuperación sirve una vez.
second-step-lost = ¿Perdiste el teléfono y los códigos de recuperación? Pide al equipo del programa que restablezca tu segundo factor; te avisaremos por correo cuando lo haga.
security-title = Seguridad del inicio de sesión
security-required = Tu rol en el programa requiere un segundo factor. Configura una app de autenticación o añade una llave de acceso para continuar; no se abre nada más hasta que lo hagas.
security-app-heading = App de autenticación
security-app-on = Hay una app de autenticación configurada. Al iniciar sesión se te pide un código de ella después de la contraseña.
security-app-off = No hay ninguna app de autenticación configurada: basta con tu contraseña para iniciar sesión.
security-app-set-up = Configurar una app de autenticación
security-app-remove = Quitar la app de autenticación
security-proof = Tu contraseña o un código de tu app de autenticación
security-proof-wrong = No es ni tu contraseña ni un código vigente de tu app.
security-totp-exists = Ya hay una app de autenticación configurada. Quítala primero para configurar otra.
security-setup-lead = Añade esta cuenta a tu app de autenticación (como Aegis, Google Authenticator, 1Password o Microsoft Authenticator): escribe la clave de abajo o abre el enlace en el dispositivo que tiene la app. Luego introduce el código que muestra la app.
security-setup-secret = Clave
security-setup-link = Enlace
security-setup-open = Abrir en una app de autenticación
security-setup-code = Código de la app
security-setup-confirm = Activar
security-code-wrong = Ese código no es el que muestra ahora la app. Comprueba la clave y que el reloj del dispositivo sea correcto, y luego prueba con el código más reciente.
security-totp-on = La app de autenticación está activada.
security-removed = Se han quitado la app de autenticación y tus códigos de recuperación.
security-codes-heading = Tus códigos de recuperación
security-codes-once = Guárdalos en un lugar seguro, lejos de tu teléfono. Cada uno te permite iniciar sesión una vez cuando no puedas usar la app. Solo se muestran ahora.
security-codes-new = Se han generado nuevos códigos de recuperación; los anteriores ya no funcionan.
security-codes-left = { $count ->
    [one] Queda un código de recuperación.
   *[other] Quedan { $count } códigos de recuperación.
}
security-codes-regenerate = Generar nuevos códigos de recuperación
security-setup-qr = O escanea este código con la app.
security-passkeys-heading = Llaves de acceso
security-passkeys-lead = Una llave de acceso te permite iniciar sesión con la huella, la cara o el bloqueo de pantalla de tu dispositivo en lugar de una contraseña, y también sirve como segundo paso después de la contraseña. Solo funciona en este sitio, así que no se puede suplantar con phishing.
security-passkeys-none = Aún no hay llaves de acceso.
security-passkey-added-at = añadida
security-passkey-used-at = último uso
security-passkey-change = Renombrar o quitar
security-passkey-new-name = Nuevo nombre
security-passkey-rename = Renombrar
security-passkey-remove = Quitar esta llave de acceso
security-passkey-name = Nombre para una nueva llave de acceso
security-passkey-name-hint = Algo para distinguirla más adelante, como «Portátil del trabajo» o «Llave de seguridad azul» (hasta 60 caracteres).
security-passkey-add = Añadir una llave de acceso
security-passkey-name-wrong = Ponle a la llave de acceso un nombre de 1 a 60 caracteres.
security-passkey-too-many = Esta cuenta ya tiene el máximo de llaves de acceso permitidas (20). Quita una primero.
security-passkey-registered = Esa llave de acceso ya está registrada.
security-passkey-failed = No se pudo añadir la llave de acceso. Vuelve a intentarlo; si tu dispositivo ofrece varias, elige una de sus propias llaves de acceso.
security-passkey-needs-script = Para añadir una llave de acceso se necesita JavaScript, que está desactivado o bloqueado en este navegador. Todo lo demás de esta página funciona sin él.
security-passkey-added = Se ha añadido la llave de acceso.
security-passkey-renamed = Se ha renombrado la llave de acceso.
security-passkey-removed = Se ha quitado la llave de acceso; ya no sirve para iniciar sesión.
passkey-needs-script = Las llaves de acceso necesitan JavaScript, que está desactivado o bloqueado en este navegador; el resto de esta página funciona sin él.
passkey-cancelled = La solicitud de llave de acceso se canceló o caducó. Vuelve a intentarlo cuando estés listo.
login-passkey = Iniciar sesión con una llave de acceso
login-passkey-failed = Esa llave de acceso no te permitió iniciar sesión. Usa una llave de acceso que hayas añadido para este sitio o inicia sesión con tu contraseña.
second-step-passkey = Usar una llave de acceso en su lugar
second-step-expired = Este inicio de sesión esperó demasiado. Vuelve a iniciar sesión.
security-sign-ins-heading = Inicios de sesión recientes
security-sign-ins-none = Aún no hay inicios de sesión registrados.
security-sign-ins-when = Cuándo
security-sign-ins-from = Desde la dirección
admin-security-title = Seguridad del inicio de sesión
admin-security-required-heading = Segundo factor obligatorio
admin-security-required-legend = Las cuentas con estos roles deben tener un segundo factor
admin-security-required-hint = Una cuenta así que no lo tenga deberá configurarlo justo después de iniciar sesión y no podrá hacer nada más hasta entonces. Las cuentas que inician sesión mediante inicio de sesión único siguen en cambio lo que indique el proveedor de la empresa.
admin-security-save = Guardar
admin-security-saved = Guardado.
admin-security-reset-heading = Restablecer el segundo factor de alguien
admin-security-reset-lead = Para una persona que perdió tanto su app de autenticación como sus códigos de recuperación: quita todos los factores de la cuenta, de modo que vuelve a bastar la contraseña para iniciar sesión (y su rol puede pedirle que configure uno). Se avisa por correo a la persona titular y el registro de auditoría lo anota.
admin-security-reset = Restablecer el segundo factor
admin-security-reset-done = Se ha restablecido el segundo factor y se ha avisado por correo a la persona titular.
admin-security-no-account = No hay ninguna cuenta con esta dirección.
mail-factor-subject = La seguridad de tu inicio de sesión ha cambiado
mail-factor-totp-added = Se configuró una app de autenticación para tu cuenta. Ahora, al iniciar sesión, se te pide un código de ella después de la contraseña.
mail-factor-totp-removed = Se quitó la app de autenticación de tu cuenta, junto con sus códigos de recuperación. Ahora basta con tu contraseña para iniciar sesión.
mail-factor-codes = Se generaron nuevos códigos de recuperación para tu cuenta; los anteriores ya no funcionan.
mail-factor-reset = El equipo del programa restableció el segundo factor de tu cuenta: se quitaron su app de autenticación, sus códigos de recuperación y sus llaves de acceso, y ahora basta con tu contraseña para iniciar sesión.
mail-factor-passkey-added = Se añadió una llave de acceso a tu cuenta. Te permite iniciar sesión por sí sola y como segundo paso después de tu contraseña.
mail-factor-passkey-renamed = Se renombró una llave de acceso de tu cuenta. Te avisamos de cualquier cambio en tu forma de iniciar sesión.
mail-factor-passkey-removed = Se quitó una llave de acceso de tu cuenta; ya no sirve para iniciar sesión.
mail-factor-advice = Si no fuiste tú, elige una nueva contraseña de inmediato y avisa al equipo del programa.
mail-factor-action = Revisar la seguridad de tu inicio de sesión

## Promotion, spotlight and digest (issue 14)
promotion-title = Promoción
promotion-lead = Pide al programa que dé difusión a tu trabajo: el escaparate de la página de inicio, el boletín o las redes sociales del programa. El equipo lo programa o te explica por qué no.
promotion-ask = Pedir promoción
promotion-no-works = La promoción parte de una contribución pública de tu registro (una charla futura cuenta: regístrala con su fecha).
promotion-contribution = Contribución
promotion-contribution-choose = Elige una de tus contribuciones
promotion-contribution-hint = Una charla futura es una contribución con fecha posterior a hoy.
promotion-channels = Canales
promotion-channel-spotlight = Escaparate de la página de inicio
promotion-channel-digest = El boletín
promotion-channel-social = Redes sociales
promotion-from = Primer día
promotion-until = Último día
promotion-note = Nota para el equipo del programa
promotion-note-hint = A quién va dirigido y por qué ahora. Opcional.
promotion-submit = Enviar la solicitud
promotion-requests = Tus solicitudes
promotion-none = Aún no has pedido ninguna promoción.
promotion-stage = Estado
promotion-actions = Acciones
promotion-wanted = Solicitado:
promotion-granted = Concedido:
promotion-reason = Motivo:
promotion-withdraw = Retirar
promotion-requested = Tu solicitud está en manos del equipo del programa. Recibirás un correo cuando decidan.
promotion-withdrawn = Se ha retirado la solicitud.
promotion-not-yours = Elige una de tus propias contribuciones públicas.
promotion-already-waiting = Ya hay una solicitud pendiente para esta contribución.
promotion-refusal-decided = Esta solicitud ya se decidió (quizá hace un momento); la página muestra en qué punto está ahora.
promotion-refusal-not-approved = Solo una solicitud aprobada tiene una programación que cambiar o cancelar.
promotion-stage-pending = Esperando al equipo del programa
promotion-stage-scheduled = Programada
promotion-stage-live = En el escaparate ahora
promotion-stage-ended = Finalizada
promotion-stage-declined = Rechazada
promotion-stage-withdrawn = Retirada
promotion-queue-title = Solicitudes de promoción
promotion-queue-empty = Aún no hay solicitudes de promoción.
promotion-hero = Héroe
promotion-window = Periodo
promotion-approve = Aprobar y programar
promotion-reschedule = Cambiar la programación
promotion-decline = Rechazar
promotion-cancel = Quitar del escaparate
promotion-starts = Empieza (hora local)
promotion-ends = Termina (hora local)
promotion-zone = Zona horaria
promotion-zone-hint = Un nombre IANA como Europe/Madrid; UTC si se deja vacío.
promotion-saved = Guardado; se ha avisado al héroe.
mail-promotion-approved-subject = Promoción de «{ $title }»
mail-promotion-approved = «{ $title }» se promocionará en { $channels }, { $window }.
mail-promotion-rescheduled = La promoción de «{ $title }» ha cambiado: { $channels }, { $window }.
mail-promotion-declined-subject = Sobre tu solicitud de promoción de «{ $title }»
mail-promotion-declined = El equipo del programa rechazó la promoción de «{ $title }»: { $reason }
mail-promotion-cancelled = El equipo del programa quitó «{ $title }» del escaparate: { $reason }
spotlight-title = Escaparate
spotlight-lead = Trabajos a los que el programa está dando difusión ahora mismo.
spotlight-empty = Ahora mismo no hay nada en el escaparate.
spotlight-all = Todo lo que está en el escaparate
spotlight-feeds = Sigue el escaparate:
digest-archive-title = El boletín
digest-archive-lead = Cada mes, o cada semana o trimestre según decida el programa: nuevos héroes, los trabajos destacados por el programa y las contribuciones de mayor alcance de cada especialización.
digest-subscribe-title = Recíbelo por correo
digest-subscribe-email = Correo electrónico
digest-subscribe-hint = Te enviamos un enlace para confirmar. Cada boletín incluye un enlace para darte de baja con un clic.
digest-subscribe-submit = Suscribirme
digest-check-inbox = Revisa tu bandeja de entrada: la suscripción empieza cuando abras el enlace que te enviamos.
digest-past = Boletines anteriores
digest-none = Aún no hay ningún boletín.
digest-new-heroes = Nuevos héroes
digest-spotlighted = En el escaparate
digest-most-reached = Mayor alcance en { $specialization }
digest-empty = Un periodo tranquilo: nada que contar.
digest-title-of = Boletín de Heroes, { $month }
digest-confirm-title = Confirma tu suscripción
digest-confirm-body = Pulsa el botón para recibir el boletín en esta dirección.
digest-confirm-action = Confirmar
digest-confirmed-title = Suscripción realizada
digest-confirmed = Recibirás el próximo boletín.
digest-link-invalid-title = Este enlace no funciona
digest-link-invalid = El enlace está incompleto o su suscripción ya no existe. Vuelve a suscribirte desde la página del boletín.
digest-unsubscribe-title = Darse de baja del boletín
digest-unsubscribe-body = Pulsa el botón y no llegarán más boletines a esta dirección.
digest-unsubscribe-action = Darme de baja
digest-unsubscribed-title = Baja realizada
digest-unsubscribed = No llegarán más boletines a esta dirección.
digest-account-title = El boletín
digest-account-is-on = Recibes el boletín por correo.
digest-account-is-off = No recibes el boletín.
digest-account-start = Recibir el boletín
digest-account-stop = Dejar de recibir el boletín
digest-account-on = Recibirás el próximo boletín.
digest-account-off = No recibirás más boletines.
digest-account-verify = Primero confirma tu correo electrónico (consulta la página de tu cuenta).
digest-admin-title = Boletines
digest-subscribers = { $count ->
    [one] { $count } suscriptor
   *[other] { $count } suscriptores
}
digest-draft-now = Redactar ahora el boletín de este periodo
digest-draft-exists = Este periodo ya tiene un boletín.
digest-col-title = Boletín
digest-col-state = Estado
digest-col-sent = Enviado
digest-state-draft = Borrador
digest-state-sending = Enviando
digest-state-sent = Enviado
digest-intro = Introducción
digest-intro-hint = Markdown. Se muestra antes de las secciones, en la web y en el correo.
digest-save = Guardar la introducción
digest-saved = La introducción se ha guardado.
digest-send = Enviar a todos los suscriptores
digest-sending = El boletín va de camino a todos los suscriptores.
digest-not-draft = Este boletín ya se envió.
digest-preview = Vista previa
mail-digest-confirm-subject = Confirma tu suscripción al boletín de Heroes
mail-digest-confirm-body = Alguien (esperamos que tú) pidió recibir el boletín de Heroes en esta dirección. Abre el enlace para confirmar.
mail-digest-confirm-action = Confirmar la suscripción
mail-digest-confirm-footer = Si no fuiste tú, ignora este correo: no se envía nada sin tu confirmación.
mail-digest-read-online = Leerlo en la web
mail-digest-footer = Recibes este boletín porque te suscribiste. Date de baja con un clic: { $link }
admin-home-promotion-waiting = { $count ->
    [one] { $count } solicitud de promoción pendiente
   *[other] { $count } solicitudes de promoción pendientes
}
admin-area-promotion = Promoción
admin-area-promotion-hint = Aprueba, programa o rechaza las solicitudes de los héroes para el escaparate, el boletín y las redes sociales.
admin-area-digests = Boletines
admin-area-digests-hint = Previsualiza el boletín mensual, escribe su introducción y envíalo.
## Product feedback and office hours (issue 13)
admin-area-product-areas = Áreas de producto
admin-area-product-areas-hint = Las áreas de producto a las que los héroes envían comentarios, sus responsables y la rapidez con que responde cada una.
product-areas-title = Áreas de producto
product-areas-lead = Los héroes envían comentarios a un área de producto; sus responsables reciben aviso de cada elemento nuevo. Las medianas se cuentan desde el envío hasta la primera respuesta o cambio de estado del equipo, y hasta publicado, rechazado o duplicado.
product-areas-none = Aún no hay áreas de producto. Añade la primera abajo.
product-areas-name = Nombre
product-areas-slug = Dirección
product-areas-slug-hint = Letras minúsculas, dígitos y guiones; se usa en los filtros de la cola.
product-areas-slug-taken = Otra área de producto tiene esta dirección.
product-areas-description = Descripción (Markdown)
product-areas-owners = Responsables
product-areas-owners-hint = Correos electrónicos de miembros del equipo, uno por línea.
product-areas-owner-unknown = { $email } no es la dirección de un miembro del equipo.
product-areas-open = Elementos abiertos
product-areas-first-answer = Mediana hasta la primera respuesta
product-areas-resolution = Mediana hasta la resolución
product-areas-no-answers = aún ninguna
product-areas-actions = Acciones
product-areas-edit = Editar
product-areas-edit-label = Editar { $name }
product-areas-edit-heading = Editar área de producto
product-areas-new = Añadir un área de producto
product-areas-save = Guardar
product-areas-cancel = Cancelar
product-areas-saved = Guardado.
duration-days = { $count ->
    [one] 1 día
   *[other] { $count } días
}
duration-hours = { $count ->
    [one] 1 hora
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] 1 minuto
   *[other] { $count } minutos
}
feedback-title = Comentarios sobre productos
feedback-lead = Cuenta a los equipos de producto qué funciona, qué no y qué falta. Todos los elementos reciben respuesta y se te avisa de cada cambio.
feedback-new = Enviar comentarios
feedback-back = Volver a los comentarios sobre productos
feedback-mine = Lo que enviaste
feedback-mine-none = Aún no has enviado nada.
feedback-followed = Lo que sigues
feedback-followed-none = No sigues ningún elemento.
feedback-shared = Compartido por otros héroes
feedback-shared-none = Ningún otro héroe ha compartido un elemento abierto.
feedback-col-title = Título
feedback-col-area = Área de producto
feedback-col-kind = Tipo
feedback-col-state = Estado
feedback-col-votes = Yo también
feedback-col-filed = Enviado
feedback-no-areas = Aún no hay áreas de producto.
feedback-area = Área de producto
feedback-choose = Elige…
feedback-choose-area = Elige un área de producto.
feedback-field-title = Título
feedback-field-kind = Tipo
feedback-field-body = Qué ocurrió
feedback-field-body-hint = Markdown: pasos, lo que esperabas, lo que viste.
feedback-field-impact = Impacto
feedback-field-impact-hint = Con tus palabras: a quién afecta y qué le cuesta.
feedback-field-links = Enlaces
feedback-field-links-hint = Hasta cinco direcciones (una reproducción, una incidencia, un artículo), una por línea.
feedback-field-shared = Otros héroes pueden ver este elemento y añadir «yo también»
feedback-submit = Enviar comentarios
feedback-kind-bug = Error
feedback-kind-feature-request = Solicitud de función
feedback-kind-documentation = Documentación
feedback-kind-other = Otro
feedback-state-new = Nuevo
feedback-state-acknowledged = Recibido
feedback-state-planned = Planificado
feedback-state-in-progress = En curso
feedback-state-shipped = Publicado
feedback-state-declined = Rechazado
feedback-state-duplicate = Duplicado
feedback-transition-acknowledge = Confirmar recepción
feedback-transition-plan = Planificar
feedback-transition-start = Empezar a trabajar
feedback-transition-ship = Publicar
feedback-transition-decline = Rechazar
feedback-transition-duplicate = Marcar como duplicado
feedback-refusal-closed = Este elemento está cerrado; ya no se puede mover.
feedback-refusal-not-acknowledged = Primero confirma la recepción del elemento.
feedback-refusal-already-past = El elemento ya está en ese estado o más allá.
feedback-refusal-stale = Alguien movió este elemento mientras tanto; vuelve a mirar su estado.
feedback-decline-needs-reason = Indica por qué se rechaza.
feedback-duplicate-needs-original = Indica el número de otro elemento que no sea a su vez un duplicado.
feedback-notice-filed = Enviado. Se ha avisado al equipo de producto y se te informará de cada cambio.
feedback-notice-sent = Enviado.
feedback-notice-noted = Nota guardada; solo la ve el equipo.
feedback-notice-moved = Estado cambiado; se ha avisado al autor y a los seguidores.
feedback-visibility = Visible para
feedback-visibility-shared = ti, otros héroes y el equipo del programa
feedback-visibility-private = ti y el equipo del programa
feedback-duplicate-of = Duplicado del elemento número
feedback-duplicate-hint = Solo para «Marcar como duplicado»: sus seguidores pasarán a seguir ese elemento.
feedback-team-note = Nota del equipo
feedback-vote = Yo también
feedback-unvote = Retirar «yo también»
feedback-follow = Seguir
feedback-unfollow = Dejar de seguir
feedback-thread = Conversación
feedback-thread-empty = Aún no se ha escrito nada.
feedback-from-team = equipo del programa
feedback-internal-note = nota solo para el equipo
feedback-moved-to = Estado: { $state }
feedback-deleted-account = cuenta eliminada
feedback-reply = Tu respuesta
feedback-send = Enviar
feedback-queue-title = Cola de comentarios
feedback-queue-back = Volver a la cola
feedback-queue-count = { $count ->
    [one] 1 elemento
   *[other] { $count } elementos
}
feedback-filter-any = Cualquiera
feedback-filter-age = Enviado
feedback-filter-older = { $count ->
    [one] hace más de 1 día
   *[other] hace más de { $count } días
}
feedback-filter-apply = Mostrar
feedback-sort = Orden
feedback-sort-votes = Más «yo también»
feedback-sort-oldest = Más antiguos primero
feedback-sort-newest = Más recientes primero
feedback-author = Enviado por
feedback-followers = Seguidores
feedback-answer = Responder
feedback-message = Mensaje (Markdown)
feedback-internal-choice = Nota solo para el equipo (el autor nunca la ve)
feedback-change-state = Cambiar el estado
feedback-next-state = Nuevo estado
feedback-note = Nota para el autor y los seguidores
feedback-note-hint = Obligatoria para rechazar; se envía con el estado (indica qué se publicó y dónde).
feedback-move = Cambiar estado
feedback-mail-filed-subject = Nuevos comentarios en { $area }: { $title }
feedback-mail-filed-body = Un héroe envió comentarios a { $area }, de la que eres responsable. Confirma su recepción.
feedback-mail-answered-subject = Nueva respuesta en «{ $title }»
feedback-mail-answered-body = Hay una nueva respuesta en la conversación.
feedback-mail-moved-subject = «{ $title }» ahora está en estado: { $state }
feedback-mail-moved-body = Los comentarios «{ $title }» están ahora en estado: { $state }.
feedback-mail-note = Nota del equipo: { $note }
office-hours-title = Horas de consulta
office-hours-lead = Media hora con alguien de un equipo de producto: reserva un hueco libre y recibirás un archivo de calendario y un recordatorio el día anterior.
office-hours-booked = Tus reservas
office-hours-booked-none = No has reservado ningún hueco.
office-hours-free = Huecos libres
office-hours-free-none = Ahora mismo no hay huecos libres.
office-hours-minutes = { $count ->
    [one] 1 minuto
   *[other] { $count } minutos
}
office-hours-with = con { $name }
office-hours-join = Unirse a la llamada
office-hours-ics = Añadir al calendario (.ics)
office-hours-cancel = Cancelar
office-hours-cancel-label = Cancelar el hueco de { $when }
office-hours-book = Reservar
office-hours-book-label = Reservar el hueco de { $when }
office-hours-notice-booked = Reservado. El archivo de calendario está abajo; te lo recordaremos el día anterior.
office-hours-notice-taken = Otra persona reservó ese hueco antes. Elige otro.
office-hours-notice-past = Ese hueco ya ha empezado; elige otro.
office-hours-notice-cancelled = Cancelado; el hueco queda libre para otras personas.
office-hours-notice-published = Publicado.
office-hours-staff-title = Tus horas de consulta
office-hours-yours = Tus huecos
office-hours-yours-none = No has publicado ningún hueco.
office-hours-booked-by = reservado por { $name }
office-hours-open = libre
office-hours-publish = Publicar un hueco
office-hours-starts = Empieza (hora local)
office-hours-zone = Zona horaria
office-hours-zone-hint = Una zona horaria IANA como Europe/Madrid o America/Mexico_City.
office-hours-length = Duración en minutos
office-hours-link = Enlace a la llamada
office-hours-ics-summary = Hora de consulta: { $area }
office-hours-ics-description = Unirse: { $link }
office-hours-mail-reminder-subject = Se acerca tu hora de consulta de { $area }
office-hours-mail-reminder-body = Tu hora de consulta de { $area } empieza { $starts }. Únete en { $link }.
## Credits
credits-title = Tus créditos
credits-available = Disponibles para solicitar
credits-held = Retenidos por solicitudes pendientes de decisión
credits-request-title = Solicitar créditos
credits-purpose = Finalidad
credits-purpose-workshop = Un taller
credits-purpose-demo = Una demo o una charla
credits-purpose-open-source = Un proyecto de código abierto
credits-purpose-other = Otra cosa (indica cuál en la nota)
credits-amount = Cantidad ({ $unit })
credits-amount-hint = Un número entero. Se retiene de tu saldo hasta que el equipo decida.
credits-note = Para qué es
credits-request-submit = Enviar la solicitud
credits-requested = Tu solicitud se ha enviado; su cantidad queda retenida hasta que el equipo decida.
credits-withdrawn = Tu solicitud se ha retirado y su cantidad ha vuelto a tu saldo.
credits-requests = Tus solicitudes
credits-no-requests = Aún no hay solicitudes.
credits-col-requested = Solicitado el
credits-col-amount = Cantidad
credits-col-state = Estado
credits-col-actions = Acciones
credits-col-code = Código
credits-col-value = Valor
credits-col-expires = Caduca
credits-col-reveals = Mostrado
credits-col-date = Fecha
credits-col-entry = Movimiento
credits-col-hero = Héroe
credits-col-balance = Saldo actual
credits-col-decision = Decisión
credits-col-specialization = Especialización
credits-col-quarter = Trimestre
credits-col-codes = Códigos
credits-approved-amount = aprobado: { $amount }
credits-state-requested = Pendiente de decisión
credits-state-approved = Aprobada
credits-state-partly-approved = Aprobada en parte
credits-state-declined = Rechazada
credits-state-withdrawn = Retirada
credits-withdraw = Retirar
credits-codes = Tus códigos
credits-codes-lead = Los códigos están ocultos hasta que muestras uno; cada vez que se muestra queda registrado. Nadie más puede verlos.
credits-no-codes = Aún no se te ha emitido ningún código.
credits-code-hidden = código oculto
credits-reveals = { $count ->
    [0] nunca
    [one] una vez
   *[other] { $count } veces
}
credits-reveal = Mostrar
credits-history = Historial
credits-no-history = Aún no ha habido movimientos en tu saldo.
credits-entry-allotment = Asignación anual
credits-entry-hold = Retenido para una solicitud
credits-entry-issue = Código emitido
credits-entry-release = Retención liberada
credits-entry-expiry = Caducado
credits-entry-revocation = Revocado
credits-request-ref = solicitud n.º { $id }
credits-revealed-title = Tu código
credits-revealed-lead = Cópialo ahora; esta página no se guarda. Siempre puedes volver a mostrarlo, y cada vez queda registrado.
credits-back = Volver a tus créditos
credits-refusal-decided = Esta solicitud ya se decidió (quizá otra persona lo hizo hace un momento).
credits-refusal-more-than-requested = Aprueba como máximo la cantidad solicitada.
credits-refusal-balance = Tu saldo no cubre esta cantidad.
credits-refusal-pool = La reserva no tiene códigos que sumen esta cantidad. Aprueba otra cantidad o importa códigos primero.
credits-mail-subject = Tu solicitud de créditos n.º { $id }
credits-mail-approved = Tu solicitud de créditos se ha aprobado: { $amount }. Tus códigos están en tu cuenta.
credits-mail-partly = Tu solicitud de créditos se ha aprobado en parte: { $amount } de los { $requested } que pediste. Tus códigos están en tu cuenta y el resto ha vuelto a tu saldo.
credits-mail-declined = Tu solicitud de créditos se ha rechazado y su cantidad ha vuelto a tu saldo. El motivo: { $reason }
credits-admin-title = Créditos
credits-admin-waiting = { $count ->
    [one] { $count } solicitud pendiente de decisión
   *[other] { $count } solicitudes pendientes de decisión
}
credits-admin-unit = Unidad
credits-admin-unit-label = En qué se cuentan los créditos
credits-admin-unit-hint = Por ejemplo, «USD en créditos de nube». Las cantidades son números enteros de esta unidad.
credits-admin-unit-saved = La unidad se ha guardado.
credits-admin-save = Guardar
credits-admin-allotments = Asignaciones de { $year }
credits-admin-year = Año
credits-admin-show-year = Mostrar
credits-admin-allotment-col = Asignación ({ $unit })
credits-admin-allotments-saved = Las asignaciones se han guardado.
credits-admin-exceptions = Excepciones para una persona
credits-admin-no-exceptions = No hay excepciones este año.
credits-admin-hero = Héroe (el nombre de la dirección de su página)
credits-admin-hero-hint = Por ejemplo, ana-souza para /heroes/ana-souza. Su excepción sustituye a la asignación de su especialización.
credits-admin-no-such-hero = Ningún héroe tiene este nombre de dirección.
credits-admin-exception-saved = La excepción se ha guardado.
credits-admin-grant-title = Conceder las asignaciones de { $year }
credits-admin-grant-lead = Todos los héroes activos que aún no hayan recibido la asignación de este año la reciben ahora: su excepción o la mayor asignación entre sus especializaciones. Conceder de nuevo no concede nada dos veces a nadie.
credits-admin-grant = Conceder { $year }
credits-admin-granted = { $count ->
    [one] Se concedió la asignación a { $count } héroe.
   *[other] Se concedió la asignación a { $count } héroes.
}
credits-admin-pool = Reserva de códigos
credits-admin-pool-left = { $count ->
    [one] Se puede emitir { $count } código por valor de { $value }.
   *[other] Se pueden emitir { $count } códigos por valor de { $value }.
}
credits-admin-file = Archivo de la reserva (CSV)
credits-admin-file-hint = Un código por línea: código,valor,caducidad (AAAA-MM-DD), con o sin fila de encabezado. Se comprueban todas las líneas; si alguna es incorrecta, no se importa nada. Los códigos que ya están en la reserva se dejan como están.
credits-admin-import = Importar los códigos
credits-admin-file-missing = Elige un archivo CSV con al menos un código.
credits-admin-file-too-large = El archivo supera los 8 MB; divídelo.
credits-admin-file-row = Línea { $line }, { $field }: { $problem }
credits-admin-file-rows = { $count ->
    [one] { $count } línea necesita otra revisión; no se importó nada.
   *[other] { $count } líneas necesitan otra revisión; no se importó nada.
}
credits-queue-title = Solicitudes de créditos
credits-queue-open = { $count ->
    [one] { $count } solicitud pendiente
   *[other] { $count } solicitudes pendientes
}
credits-queue-empty = No hay solicitudes pendientes de decisión.
credits-queue-approve-amount = Cantidad que aprobar
credits-queue-approve = Aprobar
credits-queue-reason = Motivo del rechazo
credits-queue-decline = Rechazar
credits-queue-recent = Decididas recientemente
credits-queue-none-decided = Aún no se ha decidido nada.
credits-queue-decided = La solicitud n.º { $id } se ha decidido; se ha avisado a su héroe.
credits-reports-title = Informes de créditos
credits-reports-csv = Descargar los informes como CSV
credits-report-spend = Gasto por especialización y trimestre
credits-report-nothing = Aún no hay nada que mostrar.
credits-report-no-specialization = Sin especialización
credits-report-expiring = Códigos que caducan hasta el { $until }
credits-report-issued = emitidos
credits-report-in-pool = en la reserva
credits-report-pool = Reserva restante
credits-report-pool-empty = La reserva está vacía: importa códigos antes de aprobar solicitudes.
admin-home-credit-requests = { $count ->
    [one] solicitud de créditos pendiente
   *[other] solicitudes de créditos pendientes
}
admin-area-credits = Créditos
admin-area-credits-hint = La unidad, las asignaciones anuales y las excepciones, la reserva de códigos, las solicitudes y los informes.
## User groups and events (issue 15)
nav-groups = Grupos
nav-events = Eventos
groups-title = Grupos de usuarios
groups-lead = Comunidades locales y en línea en torno a las especializaciones del programa, gestionadas por sus miembros.
groups-propose-link = Proponer un grupo
groups-filters = Filtrar grupos
groups-country = País
groups-region = Región
groups-specialization = Especialización
groups-any = Cualquiera
groups-with-coming = Solo con eventos próximos
groups-filter = Mostrar
groups-count = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
}
groups-members = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
groups-coming-events = { $count ->
    [0] no hay eventos próximos
    [one] { $count } evento próximo
   *[other] { $count } eventos próximos
}
groups-online-only = Solo en línea
groups-back = Todos los grupos
group-status-proposed = Propuesto, pendiente de aprobación
group-status-active = Activo
group-status-dormant = Inactivo
group-status-closed = Cerrado
group-status-declined = Rechazado
group-founded = fundado el { $date }
group-leave = Salir del grupo
group-join = Unirse al grupo
group-edit = Editar el grupo
group-new-event = Programar un evento
group-sign-in-to-join = Inicia sesión para unirte a este grupo
group-leaders = Organizadores
group-specializations = Especializaciones
group-links = Enlaces
group-coming-events = Próximos eventos
group-no-coming = Aún no hay eventos programados.
group-past-events = Eventos pasados
group-no-past = No hay eventos pasados.
group-calendar = Suscribirse al calendario de este grupo (.ics)
group-notice-saved = Guardado.
group-notice-joined = Te damos la bienvenida: ya eres miembro.
group-notice-left = Has salido del grupo.
group-notice-last-leader = Un grupo necesita un organizador: primero haz organizador a otro miembro.
group-notice-logo = El logotipo se ha guardado.
group-notice-logo-removed = El logotipo se ha quitado.
group-logo-alt = Logotipo de { $group }
group-logo-heading = Logotipo
group-logo-current = El logotipo del grupo tal como aparece en el directorio y en su página.
group-logo-label = Logotipo
group-logo-hint = JPEG, PNG o WebP de hasta 2 MB, de al menos 32 × 32 píxeles. Lo escalamos a 256 píxeles, ponemos las partes transparentes sobre blanco y eliminamos todo lo oculto en el archivo.
group-logo-upload = Subir logotipo
group-logo-remove = Quitar el logotipo
group-logo-missing = Primero elige un archivo de imagen.
group-logo-too-large = Este archivo supera los 2 MB. Elige uno más pequeño.
group-logo-unreadable = Este archivo no es una imagen JPEG, PNG o WebP que podamos leer.
group-logo-too-small = Esta imagen mide menos de 32 × 32 píxeles; se vería borrosa.
group-notice-proposed = Gracias: el equipo del programa revisará tu propuesta. Serás organizador del grupo en cuanto se apruebe.
group-edit-title = Editar { $group }
group-propose-title = Proponer un grupo de usuarios
group-propose-lead = Háblanos del grupo. En cuanto un administrador lo apruebe, aparecerá en el directorio y tú lo organizarás.
group-field-name = Nombre
group-field-city = Ciudad
group-field-country = País
group-choose-country = Elige un país
group-field-online-only = El grupo solo se reúne en línea
group-field-description = Descripción
group-field-description-hint = Markdown: se conservan los enlaces, las listas y el énfasis.
group-field-links = Enlaces
group-field-links-hint = Direcciones web (https://…), una por línea, como máximo 8.
group-field-specializations = Especializaciones
group-field-founded = Fundado (opcional)
group-field-coordinates = Dónde está la ciudad (opcional, para el mapa)
group-field-latitude = Latitud
group-field-longitude = Longitud
group-field-status = Estado
group-save = Guardar
group-propose = Proponer el grupo
group-members-heading = Miembros
group-leader = organizador
group-make-leader = Hacer organizador
group-unmake-leader = Dejar de ser organizador
group-make-leader-label = Hacer organizador a { $name }
group-unmake-leader-label = Devolver a { $name } a miembro
group-unknown-specialization = Elige especializaciones de la lista.
group-name-taken = Elige otro nombre: este ya se ha usado demasiadas veces.
group-mail-approved-subject = Tu grupo { $group } se ha aprobado
group-mail-approved-body = El equipo del programa aprobó { $group }. Ya está en el directorio y tú lo organizas: programa su primer evento desde la página del grupo.
group-mail-declined-subject = Tu propuesta de grupo { $group }
group-mail-declined-body = El equipo del programa no aprobó { $group } esta vez. Responde a este correo si quieres saber por qué.
admin-home-group-proposals = { $count ->
    [one] propuesta de grupo pendiente
   *[other] propuestas de grupo pendientes
}
admin-area-groups = Grupos de usuarios
admin-area-groups-hint = Aprueba o rechaza los grupos que proponen los miembros.
admin-area-program-events = Eventos del programa
admin-area-program-events-hint = Programa un evento del propio programa.
admin-groups-title = Propuestas de grupos
admin-groups-none = No hay propuestas pendientes.
admin-groups-proposed-by = propuesto por { $name } ({ $email })
admin-groups-approve = Aprobar
admin-groups-decline = Rechazar
admin-groups-approve-label = Aprobar { $group }
admin-groups-decline-label = Rechazar { $group }
admin-groups-approved = Aprobado; se ha avisado a quien lo propuso.
admin-groups-declined = Rechazado; se ha avisado a quien lo propuso.
admin-groups-stale = Alguien ya decidió sobre esta propuesta.
events-title = Eventos
events-lead = Meetups, conferencias, talleres y sesiones en línea del programa y de sus grupos de usuarios.
events-filters = Filtrar eventos
events-when = Cuándo
events-coming = Próximos
events-past = Pasados
events-online = Solo con enlace en línea
events-count = { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
}
event-kind-meetup = Meetup
event-kind-conference = Conferencia
event-kind-workshop = Taller
event-kind-online-session = Sesión en línea
event-online = en línea
event-cancelled = Cancelado
event-of-the-program = Un evento del programa
event-kind = Tipo
event-when-in = Cuándo ({ $zone })
event-when-yours = Cuándo (tu zona horaria)
event-when-utc = Cuándo (UTC)
event-venue = Lugar
event-online-link = En línea
event-link-for-attendees = El enlace se muestra a quienes asisten.
event-places = Plazas
event-going-of = { $going } de { $capacity } ocupadas
event-going = { $count ->
    [one] { $count } asistirá
   *[other] { $count } asistirán
}
event-waiting = { $count ->
    [one] { $count } en espera
   *[other] { $count } en espera
}
event-attendance = Asistencia
event-attended = { $count ->
    [one] Vino { $count } persona
   *[other] Vinieron { $count } personas
}
event-you-are-going = Vas a asistir.
event-you-are-waiting = Estás en la lista de espera; recibirás un correo si queda una plaza libre.
event-cancel-rsvp = Al final no puedo ir
event-leave-waitlist = Salir de la lista de espera
event-rsvp = Voy a ir
event-sign-in-to-rsvp = Inicia sesión para confirmar que vas a ir
event-edit = Editar el evento
event-check-in = Lista de registro
event-speakers = Ponentes
event-add-to-calendar = Añadir a mi calendario (.ics)
event-notice-saved = Guardado.
event-notice-going = Tienes plaza. ¡Nos vemos allí!
event-notice-waiting = El evento está completo: estás en la lista de espera y recibirás un correo si queda una plaza libre.
event-notice-cancelled = Has cedido tu plaza.
rsvp-refused-past = Este evento ya ha empezado o ha terminado: no admite más respuestas.
rsvp-refused-deadline = Ha pasado la fecha límite de confirmación de este evento.
rsvp-refused-cancelled = Este evento se canceló.
rsvp-refused-not-coming = No tenías ninguna plaza que ceder.
rsvp-refused-not-waiting = Solo se puede dar plaza a alguien de la lista de espera.
rsvp-state-going = asistirá
rsvp-state-waiting = en lista de espera
rsvp-state-cancelled = no asistirá
event-new-title = Programar un evento
event-edit-title = Editar el evento
event-field-title = Título
event-field-starts = Empieza (hora local)
event-field-ends = Termina (hora local)
event-field-time_zone = Zona horaria (IANA, como Europe/Madrid)
event-field-venue = Lugar
event-field-online_url = Enlace en línea
event-field-capacity = Capacidad (vacío: sin límite)
event-field-rsvp_deadline = Fecha límite de confirmación (hora local, opcional)
event-field-link_for_attendees = Mostrar el enlace en línea solo a quienes asisten
event-field-kind = Tipo
event-field-specialization = Especialización
event-field-description = Descripción (Markdown)
event-field-speakers = Ponentes
event-field-speakers-hint = Uno por línea: la dirección o el nombre de un héroe, o el nombre de cualquier persona | el título de la charla.
event-save = Guardar el evento
event-unknown-specialization = Elige una especialización de la lista.
event-capacity-below-going = Hay más personas que asistirán de las que permite esta capacidad.
event-mail-promoted-subject = Ha quedado una plaza libre: vas a ir a { $event }
event-mail-promoted-body = Hola, { $name }: alguien cedió su plaza en { $event } y eras el primero de la lista de espera: la plaza es tuya.
event-mail-promoted-cancel = Si no puedes ir, cede la plaza en la página del evento para que la reciba la siguiente persona.
check-in-title = Registro: { $event }
check-in-search = Buscar por nombre o dirección
check-in-find = Buscar
check-in-count = { $count ->
    [one] { $count } persona asistirá
   *[other] { $count } personas asistirán
}
check-in-list = Personas que asistirán
check-in-name = Nombre
check-in-email = Dirección
check-in-present = Presente
check-in-here = Aquí
check-in-undo = Deshacer
check-in-mark = Registrar
check-in-undo-label = Deshacer el registro de { $name }
check-in-mark-label = Registrar a { $name }
calendar-title = Mis eventos y calendario
calendar-my-events = Mis eventos
calendar-none = No tienes eventos próximos.
calendar-address = Dirección del calendario
calendar-address-lead = Suscríbete a esta dirección secreta en tu aplicación de calendario para ver allí tus eventos. Cualquiera que tenga la dirección puede verlos: genera una nueva (la anterior deja de funcionar) o desactívala cuando quieras.
calendar-address-once = Esta es la única vez que se muestra la dirección: cópiala ahora.
calendar-address-exists = Ya tienes una dirección de calendario. No se vuelve a mostrar; genera una nueva si la perdiste.
calendar-address-make = Generar mi dirección de calendario
calendar-address-replace = Generar una nueva dirección (la anterior deja de funcionar)
calendar-address-revoke = Desactivar la dirección
calendar-mine-name = Mis eventos
calendar-waiting-summary = (lista de espera) { $event }
groups-map-title = { $count ->
    [one] Mapa de los grupos: { $count } grupo marcado
   *[other] Mapa de los grupos: { $count } grupos marcados
}
groups-map-caption = Cada marca es un grupo (elige uno para abrirlo); los grupos solo en línea y los que no tienen coordenadas solo aparecen en la lista de abajo. Datos del mapa: Natural Earth.
## Briefings under NDA (issue 13)
briefings-title = Sesiones informativas
briefings-lead = Sesiones informativas confidenciales de los equipos de producto. Lo que ves aquí es solo para ti: no lo compartas antes de que sea público.
briefings-new = Nueva sesión informativa
briefings-back = Todas las sesiones informativas
briefings-upcoming = Próximas
briefings-past = Sesiones informativas pasadas
briefings-none-upcoming = No tienes ninguna sesión informativa próxima.
briefings-none-past = No hay sesiones informativas pasadas.
briefings-nda-waiting = { $count ->
    [one] Te espera una sesión informativa en cuanto aceptes el NDA vigente.
   *[other] Te esperan { $count } sesiones informativas en cuanto aceptes el NDA vigente.
}
briefings-nda-read = Leer y aceptar el NDA
briefings-notice-created = La sesión informativa se ha publicado.
briefings-notice-calendar-revoked = Tu dirección de calendario ya no funciona.
briefings-notice-nda-accepted = Gracias: has aceptado el NDA.
briefings-calendar = Tu calendario
briefings-calendar-lead = Suscribe tu aplicación de calendario a una dirección privada que muestra las sesiones informativas a las que respondiste. Cualquiera que tenga la dirección puede verlas, así que no la compartas; puedes sustituirla o revocarla en cualquier momento.
briefings-calendar-new = Tu dirección de calendario (solo se muestra ahora, cópiala):
briefings-calendar-create = Generar una dirección de calendario
briefings-calendar-replace = Sustituir la dirección de calendario
briefings-calendar-revoke = Revocar la dirección de calendario
briefing-back = Volver a la sesión informativa
briefing-embargo-label = Bajo embargo.
briefing-embargo = No se puede compartir nada de esta sesión informativa antes del { $date }.
briefing-when = Cuándo
briefing-minutes = { $count ->
    [one] un minuto
   *[other] { $count } minutos
}
briefing-venue = Lugar
briefing-seats = Plazas
briefing-seats-taken = { $taken } de { $capacity } ocupadas
briefing-waiting = { $count ->
    [one] un héroe en espera
   *[other] { $count } héroes en espera
}
briefing-nda = Versión del NDA
briefing-edit = Editar la sesión informativa
briefing-manage = Confirmaciones, asistencia y registro de accesos
briefing-your-answer = Tu respuesta
briefing-rsvp-going = Tienes plaza.
briefing-rsvp-waiting = Estás en la lista de espera.
briefing-you-run = la diriges tú
briefing-rsvp = Asistiré
briefing-join-waitlist = Apuntarme a la lista de espera
briefing-cancel = Retirar mi respuesta
briefing-join-link = Unirse en línea
briefing-recording = Ver la grabación
briefing-ics = Añadir al calendario (.ics)
briefing-agenda = Agenda
briefing-materials = Materiales
briefing-notice-seated = Tienes plaza.
briefing-notice-waitlisted = La sesión informativa está completa: estás en la lista de espera y recibirás un correo si queda una plaza libre.
briefing-notice-cancelled = Tu respuesta se ha retirado.
briefing-notice-saved = La sesión informativa se ha guardado.
briefing-notice-already = Ya habías respondido.
briefing-notice-attendance = La asistencia se ha guardado.
briefing-notice-attendance-unmatched = { $count ->
    [one] La asistencia se ha guardado. Una dirección del archivo no coincidía con ningún héroe con plaza.
   *[other] La asistencia se ha guardado. { $count } direcciones del archivo no coincidían con ningún héroe con plaza.
}
briefing-import = Importar asistencia
briefing-import-label = Asistencia en CSV
briefing-import-hint = Pega la lista de participantes que exporta tu herramienta de reuniones. Los héroes con plaza cuya dirección aparezca en ella se marcan como presentes; los demás, como ausentes.
briefing-import-submit = Importar asistencia
briefing-unknown = No hay nada que se llame «{ $value }».
briefing-field-title = Título
briefing-field-summary = Resumen
briefing-field-audience = Público
briefing-audience-specializations = Héroes de las especializaciones de abajo
briefing-audience-all-heroes = Todos los héroes activos
briefing-audience-named = Los héroes indicados abajo
briefing-field-specializations = Especializaciones
briefing-field-heroes = Héroes indicados
briefing-field-heroes-hint = Las direcciones de sus páginas (por ejemplo, ana-souza), separadas por comas.
briefing-field-nda = Versión del NDA requerida
briefing-field-embargo = Embargo hasta
briefing-field-embargo-hint = Opcional. Hasta ese día, la sesión informativa muestra un aviso: no se puede compartir nada.
briefing-field-starts = Empieza (hora local)
briefing-field-zone = Zona horaria
briefing-field-zone-hint = Un nombre IANA como Europe/Madrid o America/Mexico_City.
briefing-field-minutes = Duración en minutos
briefing-field-join = Enlace en línea
briefing-field-join-hint = Solo se muestra a los héroes que cumplen los requisitos; cada clic queda registrado. Indica un enlace, un lugar o ambos.
briefing-field-venue = Lugar
briefing-field-capacity = Plazas
briefing-field-agenda = Agenda
briefing-field-materials = Materiales
briefing-field-recording = Enlace a la grabación
briefing-save = Guardar la sesión informativa
briefing-manage-title = Gestión de «{ $title }»
briefing-rsvps = Confirmaciones y lista de espera
briefing-rsvps-none = Aún no ha respondido nadie.
briefing-who = Quién
briefing-answer = Respuesta
briefing-attended = Asistencia
briefing-present = asistió
briefing-present-label = { $name } asistió
briefing-save-attendance = Guardar asistencia
briefing-access-log = Registro de accesos
briefing-access-log-none = Nadie ha abierto todavía la sesión informativa.
briefing-what = Qué
briefing-at = Cuándo
briefing-viewed-page = la página y los materiales
briefing-viewed-join-link = el enlace para unirse
briefing-viewed-recording = la grabación
briefing-viewed-calendar = el archivo de calendario
field-markdown-hint = Markdown: enlaces, listas, énfasis.
nda-title = Acuerdo de confidencialidad
nda-version = NDA versión { $version }
nda-effective = En vigor desde el { $date }.
nda-accepted = Aceptaste esta versión.
nda-accept = Aceptar el NDA
nda-accept-required = Marca la casilla para aceptar el NDA.
admin-nda-title = Versiones del NDA
admin-nda-lead = Publica una nueva versión y se pedirá a todos los héroes que la acepten desde su fecha de entrada en vigor; las sesiones informativas que la requieran permanecerán ocultas para los héroes hasta que lo hagan.
admin-nda-published = La versión se ha publicado.
admin-nda-label = Versión
admin-nda-effective = En vigor desde
admin-nda-acceptances = Aceptaciones
admin-nda-new = Publicar una nueva versión
admin-nda-body = Texto
admin-nda-publish = Publicar
admin-nda-label-taken = Ya hay una versión con este nombre.
admin-nda-back = Todas las versiones del NDA
admin-nda-accepted-by = { $count ->
    [one] Aceptada por una persona
   *[other] Aceptada por { $count } personas
}
admin-nda-who = Quién
admin-nda-when = Cuándo
admin-nda-from = Desde la dirección
admin-area-nda = Versiones del NDA
admin-area-nda-hint = Publica versiones del NDA y consulta quién aceptó cuál, cuándo y desde dónde.
admin-area-briefings = Sesiones informativas
admin-area-briefings-hint = Crea sesiones informativas bajo NDA, consulta las confirmaciones, marca la asistencia y lee el registro de accesos.
mail-briefing-seat-subject = Tienes plaza: { $title }
mail-briefing-seat-body = Ha quedado libre una plaza en la sesión informativa «{ $title }» y es tuya. Si al final no puedes asistir, retira tu respuesta para que la reciba el siguiente héroe.
mail-briefing-digest-subject = { $count ->
    [one] Una nueva sesión informativa para ti
   *[other] { $count } nuevas sesiones informativas para ti
}
mail-briefing-digest-body = { $count ->
    [one] Se ha publicado una sesión informativa a la que puedes asistir:
   *[other] Se han publicado sesiones informativas a las que puedes asistir:
}
mail-briefing-reminder-subject = Mañana: { $title }
mail-briefing-reminder-body = Un recordatorio: la sesión informativa «{ $title }» empieza { $start }. Tienes plaza.
## The private network and mentoring (issue 16)
network-title = La red de héroes
network-lead = Todos los héroes actuales, con los datos de contacto que comparten con los héroes, en qué trabajan ahora y qué se les puede preguntar. Solo los héroes y el equipo del programa ven esta página.
network-asks-link = Peticiones a la red
network-card-link = Tu tarjeta de la red
mentoring-home-link = Mentoría
network-search-label = Busca por nombre, tema, lugar o aquello en lo que alguien trabaja
network-filter-specialization = Especialización
network-filter-open = Abierto a
network-filter-any = Cualquiera
network-open-cospeaking = Dar charlas en pareja
network-open-collaboration = Colaboración
network-open-mentoring = Mentoría
network-search-button = Buscar
network-count = { $count ->
    [one] Un héroe
   *[other] { $count } héroes
}
network-specializations = Especializaciones
network-working-on = Trabajando ahora en
network-ask-me-about = Pregúntame sobre
network-languages = Idiomas
network-timezone = Zona horaria
network-pages = Páginas
network-previous = Anterior
network-next = Siguiente
network-page-of = Página { $page } de { $pages }
network-card-title = Tu tarjeta de la red
network-card-lead = Lo que otros héroes ven de ti en la red, además de tu perfil público. Los datos de contacto proceden de tu perfil y cada uno se muestra al público que elegiste allí.
network-card-saved = Tu tarjeta se ha guardado.
network-card-open = Abierto a
network-card-save = Guardar la tarjeta
network-back = Volver a la red
network-asks-title = Peticiones a la red
network-asks-lead = Pide a los demás héroes un compañero de charla, un revisor, un lugar o cualquier otra cosa. Las respuestas te llegan por correo; cierra la petición cuando tengas lo que necesitas.
network-asks-none = Aún no hay peticiones.
network-answers-count = { $count ->
    [one] Una respuesta
   *[other] { $count } respuestas
}
network-ask-state-closed = Cerrada
network-ask-new = Publicar una petición
network-ask-kind = Qué buscas
network-ask-kind-co-speaker = Un compañero de charla
network-ask-kind-reviewer = Un revisor
network-ask-kind-venue = Un lugar
network-ask-kind-other = Otra cosa
network-ask-title-label = En una línea
network-ask-body = Detalles
network-markdown-hint = Aquí puedes usar Markdown.
network-ask-post = Publicar la petición
network-ask-close = Cerrar esta petición
network-answer-heading = Responder
network-answer-label = Tu respuesta
network-answer-submit = Enviar la respuesta
network-ask-closed = Esta petición está cerrada; no admite más respuestas.
network-asks-back = Volver a las peticiones
mail-ask-answered-subject = Una respuesta a tu petición: { $title }
mail-ask-answered = Alguien de la red de héroes respondió a tu petición «{ $title }»:
mentoring-home-title = Mentoría
mentoring-home-lead = Pide a un héroe que sea tu mentor, sigue tus mentorías y, si eres héroe, ofrece mentoría y responde a los miembros que te lo pidan.
mentoring-as-mentor = Como mentor
mentoring-offer-summary = { $count ->
    [one] Un aprendiz de { $capacity }
   *[other] { $count } aprendices de { $capacity }
}
mentoring-offer-open = Abierto a nuevos aprendices
mentoring-offer-paused = En pausa
mentoring-offer-edit = Cambiar tu oferta
mentoring-offer-start = Ofrecer mentoría
mentoring-asks-heading = Miembros que te lo pidieron
mentoring-asks-none = Nadie te lo ha pedido todavía.
mentoring-ask-state-pending = Esperando respuesta
mentoring-ask-state-accepted = Aceptada
mentoring-ask-state-declined = Rechazada
mentoring-ask-state-withdrawn = Retirada
mentoring-accept = Aceptar
mentoring-decline = Rechazar
mentoring-mentorships-heading = Mentorías
mentoring-mentorships-none = Aún no hay mentorías.
mentoring-mentorship-line = { $mentor } es mentor de { $mentee }
mentoring-sessions-count = { $count ->
    [one] Una sesión
   *[other] { $count } sesiones
}
mentoring-ended = Finalizada
mentoring-requests-heading = Tus solicitudes de mentor
mentoring-request-new = Pedir un mentor
mentoring-request-state-open = Buscando mentor
mentoring-request-state-matched = Emparejada
mentoring-request-state-withdrawn = Retirada
mentoring-notice-accepted = Aceptaste; la mentoría ha comenzado.
mentoring-notice-declined = Tu respuesta se ha enviado.
mentoring-notice-withdrawn = Tu solicitud se ha retirado.
mentoring-offer-title = Ofrecer mentoría
mentoring-offer-lead = Los miembros que piden un mentor te verán como sugerencia, con el motivo, cuando tu trabajo, tu oferta o tu perfil coincidan con lo que quieren aprender.
mentoring-offer-saved = Tu oferta se ha guardado.
mentoring-topics = Temas
mentoring-topics-hint = En qué das mentoría, por ejemplo «Lambda, diseño orientado a eventos, hablar en público».
mentoring-specializations = Especializaciones
mentoring-languages = Idiomas en los que te reúnes
mentoring-languages-hint = Códigos de idioma separados por comas, por ejemplo en, es, pt-BR.
mentoring-time-zones = Zonas horarias en las que puedes reunirte
mentoring-time-zones-hint = Nombres IANA separados por comas, por ejemplo Europe/Madrid, America/Bogota (como máximo cinco).
mentoring-formats = Formatos
mentoring-format-calls = Llamadas
mentoring-format-code-review = Revisión de código
mentoring-format-career = Consejos profesionales
mentoring-capacity = Aprendices a la vez
mentoring-open-label = Abierto a nuevos aprendices (desmárcalo para pausar; las mentorías en curso continúan)
mentoring-offer-save = Guardar la oferta
mentoring-capacity-below-taken = Ahora mismo eres mentor de más personas; termina antes una mentoría o mantén un número mayor.
mentoring-back = Volver a mentoría
mentoring-request-title = Pedir un mentor
mentoring-request-lead = Cuenta qué quieres conseguir y aprender; te sugerimos héroes que escriben sobre ello, hablan tu idioma y comparten tu horario, cada uno con el motivo.
mentoring-goals = Tus objetivos
mentoring-request-topics = Temas que quieres aprender
mentoring-language = Idioma
mentoring-language-hint = Un código de idioma, por ejemplo en o es.
mentoring-time-zone = Tu zona horaria
mentoring-time-zone-hint = Un nombre IANA, por ejemplo America/Bogota.
mentoring-request-submit = Buscar mentores
mentoring-request-page-title = Tu solicitud de mentor
mentoring-asked-heading = Mentores a los que se lo pediste
mentoring-suggestions-heading = Mentores sugeridos
mentoring-suggestions-none = Aún no hay ningún mentor con plazas libres que coincida con estos temas. Prueba con otras palabras o vuelve más tarde.
mentoring-choose-mentors = Elige un mentor, o hasta { $max }, entre las sugerencias
mentoring-already-asked = Solicitado
mentoring-ask-submit = Pedírselo a los mentores elegidos
mentoring-withdraw = Retirar la solicitud
mentoring-reason-posts = { $count ->
    [one] un artículo sobre { $topic }
   *[other] { $count } artículos sobre { $topic }
}
mentoring-reason-offers = da mentoría en { $topic }
mentoring-reason-profile = su perfil menciona { $topic }
mentoring-reason-speaks = habla { $language }
mentoring-reason-hours = { $count ->
    [one] una hora diurna en común
   *[other] { $count } horas diurnas en común
}
mentoring-reason-places = { $count ->
    [one] queda una plaza de { $capacity }
   *[other] quedan { $count } plazas de { $capacity }
}
mentoring-refusal-answered = Esta petición ya se respondió o se retiró.
mentoring-refusal-full = Todas las plazas de este mentor están ocupadas.
mentoring-refusal-closed = Esta solicitud ya encontró a su mentor o se retiró.
mentoring-refusal-ended = Esta mentoría ha terminado, o ya dejaste tus palabras.
mentoring-refusal-not-offering = Este héroe no acepta aprendices ahora.
mentoring-refusal-paused = Tu oferta está en pausa, así que ahora no aceptas aprendices. Vuelve a abrirla para aceptar esta petición; seguirá esperando hasta entonces (o recházala).
mentorship-title = Mentoría
mentorship-since = Desde el { $date }
mentorship-ended-on = finalizada el { $date }
mentorship-private = Esta página solo la ven el mentor y el aprendiz; las sesiones cuentan como mentoría en la preparación del mentor, sin sus notas.
mentorship-goals = Objetivos
mentorship-log-heading = Registrar una sesión
mentorship-held-on = Fecha
mentorship-notes = Notas (solo las ven el mentor y el aprendiz)
mentorship-log-submit = Registrar la sesión
mentorship-words = Palabras de cierre
mentorship-end-label = Terminar la mentoría con unas palabras para la otra persona
mentorship-word-label = Tus palabras de cierre
mentorship-end-submit = Terminar la mentoría
mentorship-word-submit = Dejar tus palabras
mentorship-readiness-link = Ver tu preparación
mail-mentoring-asked-subject = { $member } te pide que seas su mentor
mail-mentoring-asked = A { $member } le gustaría que fueras su mentor en: { $topics }. Sus objetivos:
mail-mentoring-accepted-subject = { $mentor } será tu mentor
mail-mentoring-accepted = { $mentor } aceptó tu solicitud: tu mentoría ha comenzado.
mail-mentoring-declined-subject = { $mentor } no puede ser tu mentor ahora
mail-mentoring-declined = { $mentor } rechazó tu solicitud esta vez. Tu solicitud sigue abierta para otros mentores.
mail-mentorship-ended-subject = { $name } terminó tu mentoría
mail-mentorship-ended = { $name } terminó tu mentoría y dejó estas palabras:
admin-mentoring-title = Mentoría
admin-mentoring-waiting = { $count ->
    [one] Una solicitud espera desde hace más de una semana
   *[other] { $count } solicitudes esperan desde hace más de una semana
}
admin-mentoring-member = Miembro
admin-mentoring-since = Solicitado el
admin-mentoring-pending = Peticiones pendientes
admin-mentoring-loads = Carga de cada mentor
admin-mentoring-no-mentors = Aún ningún héroe ofrece mentoría.
admin-mentoring-mentor = Mentor
admin-mentoring-taken = Aprendices
admin-mentoring-state = Oferta
admin-mentoring-months = Emparejamientos por mes
admin-mentoring-no-matches = No ha comenzado ninguna mentoría en el último año.
admin-mentoring-month = Mes
admin-mentoring-matches = Mentorías iniciadas
admin-home-mentoring-waiting = { $count ->
    [one] solicitud de mentoría pendiente desde hace más de una semana
   *[other] solicitudes de mentoría pendientes desde hace más de una semana
}
admin-area-mentoring = Mentoría
admin-area-mentoring-hint = Solicitudes a la espera de mentor, carga de cada mentor, emparejamientos por mes.

## Benefits II: pool imports from the web (job with progress)
credits-import-title = Importación a la reserva n.º { $id }
credits-import-progress = { $done } de { $total } filas procesadas
credits-import-running = La importación está en curso; esta página se recarga cada pocos segundos.
credits-import-reload = Recargar ahora
credits-import-finished = La importación ha terminado.
credits-import-added = { $count ->
    [one] { $count } código añadido a la reserva
   *[other] { $count } códigos añadidos a la reserva
}
credits-import-already = { $count ->
    [one] { $count } código ya estaba en la reserva, con el mismo valor y caducidad (se dejó como estaba)
   *[other] { $count } códigos ya estaban en la reserva, con el mismo valor y caducidad (se dejaron como estaban)
}
credits-import-refused = { $count ->
    [one] { $count } fila rechazada
   *[other] { $count } filas rechazadas
}
credits-import-refused-title = Filas rechazadas
credits-import-col-line = Línea
credits-import-col-reason = Motivo
credits-import-other-terms = Este código ya está en la reserva con otro valor o caducidad; la reserva conserva el que tiene.
credits-admin-imports = Importaciones recientes
credits-admin-import-line = { $when }: { $done } de { $total } filas, { $added } añadidos

## Benefits II: the digest's period
digest-title-week = Boletín de Heroes, semana del { $day }
digest-title-quarter = Boletín de Heroes, { $quarter }
digest-cadence-title = Frecuencia
digest-cadence-label = Redactar un boletín
digest-cadence-hint = La tarea redacta el boletín de cada periodo cuando termina; un cambio se aplica a partir del siguiente periodo redactado.
digest-cadence-weekly = Cada semana
digest-cadence-monthly = Cada mes
digest-cadence-quarterly = Cada trimestre
digest-cadence-save = Guardar
digest-cadence-saved = La frecuencia del boletín se ha guardado.
credits-entry-restoration = Restablecido (se deshizo el paso a alumni)
## Briefing files, product areas of briefings, feedback from briefings (issue 13)
briefing-files = Archivos
briefing-files-none = Aún no hay archivos.
briefing-file-download = Descargar { $name }
briefing-file-size-kb = { $size } KB
briefing-file-size-mb = { $size } MB
briefing-file-add = Añadir un archivo
briefing-file-label = Archivo
briefing-file-hint = PDF, PNG, JPEG, WebP, PowerPoint, Word, Excel o texto (.txt, .md, .csv); como máximo { $max } MB. El tipo se comprueba por el contenido, no por el nombre. Los héroes que cumplen los requisitos lo descargan; cada descarga queda registrada.
briefing-file-upload = Subir el archivo
briefing-file-remove = Quitar
briefing-file-remove-label = Quitar { $name }
briefing-file-empty = Elige un archivo que no esté vacío.
briefing-file-too-large = El archivo supera los { $max } MB.
briefing-file-type = No se acepta este tipo de archivo (según su contenido): usa PDF, PNG, JPEG, WebP, PowerPoint, Word, Excel o texto.
briefing-file-name = El nombre del archivo contiene caracteres no permitidos (como NUL). Cambia el nombre del archivo y vuelve a intentarlo.
briefing-file-unreadable = No se pudo leer la subida. Se rechazan los nombres de archivo con caracteres de control (como NUL): cambia el nombre del archivo y vuelve a intentarlo.
briefing-notice-file-added = Se ha añadido el archivo.
briefing-notice-file-removed = Se ha quitado el archivo.
briefing-viewed-file = un archivo
briefing-area = Área de producto
briefing-field-area = Área de producto
briefing-field-area-none = Ninguna
briefing-feedback = Comentarios de esta sesión informativa
briefing-feedback-none = Aún no hay comentarios que mencionen esta sesión informativa.
feedback-field-briefing = Surgió en una sesión informativa
feedback-field-briefing-none = Ninguna
feedback-field-briefing-hint = Opcional: la sesión informativa en la que te enteraste de esto. Solo lo ve el equipo de producto.
feedback-unknown-briefing = No existe esa sesión informativa.
feedback-from-briefing = Surgió en la sesión informativa
feedback-from-briefing-hidden = una sesión informativa (n.º { $id }) que no diriges
briefing-file-feedback = Enviar comentarios desde esta sesión informativa
admin-area-dashboard = Panel y exportaciones
admin-area-dashboard-hint = Gráficos de héroes, contribuciones, actividad y selección; todos los héroes, contribuciones y candidaturas en CSV o JSON.
dashboard-title = Panel
dashboard-lead = Gráficos del programa, elaborados a partir de cifras que se actualizan con cada cambio. Cada gráfico se puede acotar por especialización, lugar y periodo, y descargar como CSV.
dashboard-back = ← Panel
dashboard-filters = Filtrar los gráficos
dashboard-any = Cualquiera
dashboard-from = Desde el mes
dashboard-to = Hasta el mes
dashboard-period-hint = Meses en formato AAAA-MM. Sin periodo, los últimos doce meses.
dashboard-filter = Mostrar
dashboard-period = Del { $from } al { $to }
dashboard-csv = Descargar los datos (CSV)
dashboard-table-caption = Los datos del gráfico
dashboard-listed = { $count ->
    [one] { $count } héroe al que hacer seguimiento
   *[other] { $count } héroes a los que hacer seguimiento
}
dashboard-more-in-csv = { $count ->
    [one] { $count } más en el archivo CSV.
   *[other] { $count } más en el archivo CSV.
}
dashboard-no-specialization = Sin especialización
dashboard-year = Año del primer nombramiento
dashboard-specialization = Especialización
dashboard-region = Región
dashboard-country = País
dashboard-month = Mes
dashboard-kind = Tipo
dashboard-hero = Héroe
dashboard-heroes = Héroes
dashboard-contributions = Contribuciones
dashboard-views = Visualizaciones
dashboard-attendees = Asistentes
dashboard-stars = Estrellas
dashboard-answers = Respuestas
dashboard-band = Franja
dashboard-recent = Últimos 90 días
dashboard-before = Los 90 días anteriores
dashboard-latest = Última contribución
dashboard-none-in-window = ninguna en 180 días
dashboard-follow-up = Héroes a los que hacer seguimiento
dashboard-band-active = Activo
dashboard-band-slowing = En descenso
dashboard-band-quiet = Tranquilo
dashboard-band-silent = Sin actividad
dashboard-cycle = Ciclo
dashboard-stage-nominated = Nominadas
dashboard-stage-answered = Respondidas
dashboard-stage-reviewed = Revisadas
dashboard-stage-decided = Decididas
dashboard-stage-announced = Anunciadas
dashboard-days-to-answer = Días hasta la respuesta de la persona nominada (mediana)
dashboard-days-to-decide = Días desde la respuesta hasta la decisión (mediana)
dashboard-days-to-announce = Días desde la decisión hasta el anuncio (mediana)
dashboard-reviewer = Revisor
dashboard-assigned = Asignadas
dashboard-reviewed = Revisadas
dashboard-conflicts = Conflictos declarados
dashboard-distance = Distancia media respecto a la puntuación del panel (centésimas)
dashboard-heroes-by-year = Héroes por año de primer nombramiento
dashboard-heroes-by-year-description = Los héroes nombrados por primera vez en cada año del periodo, divididos según su estado actual: activos, alumni o de baja temporal. La longitud de cada barra corresponde a los nuevos héroes del año.
dashboard-heroes-by-specialization = Héroes por especialización
dashboard-heroes-by-specialization-description = Héroes nombrados hasta el final del periodo en cada especialización, por estado. Un héroe reconocido en dos especializaciones cuenta en ambas.
dashboard-heroes-by-region = Héroes por región
dashboard-heroes-by-region-description = Héroes nombrados hasta el final del periodo en cada región, por estado.
dashboard-heroes-by-country = Héroes por país
dashboard-heroes-by-country-description = Héroes nombrados hasta el final del periodo en cada país, de más a menos, por estado.
dashboard-contributions-by-kind = Contribuciones por mes y tipo
dashboard-contributions-by-kind-description = Contribuciones públicas publicadas en cada mes del periodo, por tipo. Un filtro de especialización conserva las registradas en ella; uno de lugar, las de los héroes que viven allí.
dashboard-contributions-by-specialization = Contribuciones por mes y especialización
dashboard-contributions-by-specialization-description = Contribuciones públicas publicadas en cada mes del periodo, según la especialización en la que se registraron.
dashboard-reach = Alcance por tipo
dashboard-reach-description = Contribuciones públicas del periodo y el alcance que registraron sus héroes (visualizaciones, asistentes, estrellas, respuestas), por tipo.
dashboard-most-active = Héroes más activos
dashboard-most-active-description = Los veinte héroes con más contribuciones públicas en el periodo. Un filtro de especialización conserva a los héroes reconocidos en ella.
dashboard-activity-bands = Franjas de actividad
dashboard-activity-bands-description = Todos los héroes activos según sus contribuciones públicas a día de hoy: activo (al menos tantas en los últimos 90 días como en los 90 anteriores), en descenso (menos), tranquilo (ninguna en los últimos 90 días, alguna antes), sin actividad (ninguna en 180 días). El periodo no se aplica.
dashboard-selection-funnel = Embudo de selección
dashboard-selection-funnel-description = Candidaturas de cada ciclo de selección abierto en el periodo, según hasta dónde llegaron: nominadas, respondidas por la persona nominada, revisadas al menos una vez, decididas, anunciadas.
dashboard-selection-times = Tiempo en cada etapa de selección
dashboard-selection-times-description = Mediana de días desde la nominación hasta la respuesta de la persona nominada, desde la respuesta hasta la decisión y desde la decisión hasta el anuncio, por ciclo (0 si nada llegó tan lejos).
dashboard-reviewers = Carga y concordancia de los revisores
dashboard-reviewers-description = Por revisor, en los ciclos de selección abiertos en el periodo: candidaturas asignadas, revisadas, conflictos declarados y cuánto se alejan sus puntuaciones ponderadas de la media del panel cuando han revisado dos o más (cuanto menor, mayor concordancia).
dashboard-panel-heroes = Héroes
dashboard-panel-contributions = Contribuciones
dashboard-panel-activity = Actividad y renovación
dashboard-panel-selection = Selección
dashboard-panel-briefings = Sesiones informativas
dashboard-panel-feedback = Comentarios
dashboard-panel-credits = Créditos
dashboard-panel-events = Eventos
dashboard-panel-mentoring = Mentoría
dashboard-heroes-map = Mapa mundial de héroes
dashboard-heroes-map-description = Héroes nombrados hasta el final del periodo en cada país, representados con una marca en la posición media de las ciudades más grandes del país, cuya área es proporcional a sus héroes. Los países sin una ciudad de 100 000 habitantes en los datos del mapa solo aparecen en la tabla. Datos del mapa: Natural Earth; ciudades: GeoNames.
dashboard-renewal-readiness = Preparación para la renovación
dashboard-renewal-readiness-description = Todos los héroes activos según su preparación para la renovación a día de hoy: los puntos que la rúbrica publicada otorga a su trabajo de los últimos doce meses, como porcentaje del objetivo: listo (100 % o más), cerca (75–99 %), a mitad (50–74 %), empezado (25–49 %), lejos (menos del 25 %). El periodo no se aplica.
dashboard-readiness-level = Preparación
dashboard-readiness-ready = Listo
dashboard-readiness-near = Cerca (75–99 %)
dashboard-readiness-halfway = A mitad (50–74 %)
dashboard-readiness-started = Empezado (25–49 %)
dashboard-readiness-far = Lejos (menos del 25 %)
dashboard-briefing-attendance = Asistencia a sesiones informativas
dashboard-briefing-attendance-description = Sesiones informativas que empezaron en cada mes del periodo, con sus plazas ocupadas, listas de espera y las personas marcadas como asistentes. Solo se aplica el periodo.
dashboard-briefings = Sesiones informativas
dashboard-going = Plazas ocupadas
dashboard-waiting = Lista de espera
dashboard-attended = Asistieron
dashboard-feedback-answer-times = Tiempos de respuesta a comentarios
dashboard-feedback-answer-times-description = Elementos de comentarios abiertos en cada mes del periodo, los que ha respondido el equipo y la mediana de días completos desde la apertura hasta la primera respuesta. Solo se aplica el periodo.
dashboard-opened = Abiertos
dashboard-answered = Respondidos
dashboard-median-days-to-answer = Días hasta la primera respuesta (mediana)
dashboard-credit-spend = Gasto de créditos
dashboard-credit-spend-description = El valor de los códigos de créditos emitidos en cada mes del periodo, según la finalidad de la solicitud. Una especialización conserva los códigos emitidos en ella; un lugar, los de los héroes que viven allí.
dashboard-spend-workshop = Talleres
dashboard-spend-demo = Demos y charlas
dashboard-spend-open-source = Código abierto
dashboard-spend-other = Otros
dashboard-spend-no-request = Sin solicitud
dashboard-event-attendance = Eventos y asistencia
dashboard-event-attendance-description = Eventos que empezaron en cada mes del periodo (sin contar los cancelados), sus plazas ocupadas y las personas registradas en la entrada. Una especialización conserva sus eventos; un lugar, los eventos de los grupos de allí.
dashboard-events = Eventos
dashboard-checked-in = Registrados
dashboard-mentoring-matches = Emparejamientos de mentoría
dashboard-mentoring-matches-description = Solicitudes de mentor hechas en cada mes del periodo, las emparejadas con un mentor y la mediana de días completos desde la solicitud hasta el emparejamiento. Solo se aplica el periodo.
dashboard-requests = Solicitudes
dashboard-matched = Emparejadas
dashboard-median-days-to-match = Días hasta el emparejamiento (mediana)
dashboard-exports = Exportaciones de todo el programa
dashboard-exports-lead = Todos los héroes con todos sus campos, todas las contribuciones públicas, todas las candidaturas con su decisión. Sin filtrar.
export-heroes = Héroes
export-contributions = Contribuciones
export-candidacies = Candidaturas y decisiones
## Community projects (issue 16)
nav-projects = Proyectos
projects-title = Proyectos de la comunidad
projects-lead = Proyectos que iniciaron los héroes: código abierto, traducciones, material de aprendizaje. Pide unirte a aquellos en los que puedas ayudar.
projects-start-link = Iniciar un proyecto (héroes)
projects-filters = Filtrar proyectos
projects-text = Palabras
projects-specialization = Especialización
projects-status = Estado
projects-any = Cualquiera
projects-help-wanted = Solo proyectos que buscan ayuda
projects-filter = Mostrar proyectos
projects-count = { $count ->
    [one] Un proyecto
   *[other] { $count } proyectos
}
projects-members = { $count ->
    [one] una persona
   *[other] { $count } personas
}
projects-feed-atom = Feed Atom de estos proyectos
projects-feed-json = JSON Feed de estos proyectos
projects-back = Todos los proyectos
project-status-active = Activo
project-status-looking-for-help = Busca ayuda
project-status-paused = En pausa
project-status-done = Terminado
project-help-wanted = Se busca ayuda
project-help-wanted-list = Se busca ayuda: { $help }
project-help-skills = Habilidades buscadas
project-help-roles = Roles buscados
project-site = Repositorio o sitio web
project-specializations = Especializaciones
project-who = Quién trabaja en él
project-owner = propietario
project-make-owner = Hacer propietario
project-unmake-owner = Dejar de ser propietario
project-make-owner-label = Hacer propietario a { $name }
project-unmake-owner-label = { $name } deja de ser propietario
project-requests = Solicitudes para unirse
project-no-requests = No hay nadie esperando.
project-accept = Aceptar
project-decline = Rechazar
project-accept-label = Aceptar a { $name }
project-decline-label = Rechazar a { $name }
project-contributions = Contribuciones a este proyecto
project-no-contributions = Aún no hay ninguna contribución vinculada a este proyecto.
project-leave = Salir de este proyecto
project-edit = Editar el proyecto
project-waiting = Pediste unirte; los propietarios te responderán.
project-join = Pedir unirse
project-join-message = Qué te gustaría hacer (opcional)
project-join-hint = Los propietarios lo leen junto con tu nombre y tu dirección.
project-sign-in-to-join = Inicia sesión para pedir unirte
project-notice-started = Tu proyecto ha comenzado. Eres su propietario.
project-notice-saved = Guardado.
project-notice-asked = Tu solicitud se envió a los propietarios.
project-notice-accepted = Aceptado: ya es miembro.
project-notice-declined = Rechazado.
project-notice-left = Has salido del proyecto.
project-notice-owners = Los propietarios han cambiado.
project-refusal-answered = Esta solicitud ya se respondió.
project-refusal-member = Ya formas parte de este proyecto.
project-refusal-asked = Ya pediste unirte; los propietarios te responderán.
project-refusal-closed = Este proyecto está terminado y no admite a nadie nuevo.
project-refusal-last-owner = Un proyecto siempre conserva un propietario: primero haz propietario a otro miembro.
project-refusal-not-member = Esa persona no es miembro de este proyecto.
project-start-title = Iniciar un proyecto
project-start-lead = Serás su propietario. Otras personas piden unirse y tú las aceptas o rechazas.
project-edit-title = Editar { $project }
project-field-name = Nombre
project-field-description = Descripción
project-field-description-hint = Markdown: qué es, para quién es, cómo ayudar.
project-field-url = Repositorio o sitio web (opcional)
project-field-specializations = Especializaciones
project-field-skills = Habilidades buscadas
project-field-roles = Roles buscados
project-field-help-hint = Separados por comas, como máximo diez.
project-field-status = Estado
project-save = Guardar
project-start = Iniciar el proyecto
project-unknown-specialization = Esa especialización no está en la lista.
project-name-taken = Demasiados proyectos tienen este nombre; elige otro.
project-mail-asked-subject = { $name } pide unirse a { $project }
project-mail-asked-body = A { $name } le gustaría trabajar en { $project }. Acepta o rechaza la solicitud en la página del proyecto.
project-mail-accepted-subject = Te damos la bienvenida a { $project }
project-mail-accepted-body = Un propietario de { $project } aceptó tu solicitud: ya eres miembro.
project-mail-declined-subject = Tu solicitud para unirte a { $project }
project-mail-declined-body = Los propietarios de { $project } rechazaron tu solicitud esta vez.
own-project = Proyecto
own-project-none = Ningún proyecto
own-project-hint = Un proyecto al que perteneces y del que forma parte este trabajo.
own-project-unknown = Elige un proyecto al que pertenezcas.
## Speaker suggestions and invitations (issue 15)
speaker-reason-topics = habla sobre { $topic }
speaker-reason-distance = { $km ->
    [0] en la misma ciudad
    [one] a un km
   *[other] a { $km } km
}
speaker-reason-hours = { $count ->
    [0] misma zona horaria
    [one] a una hora de la zona horaria del evento
   *[other] a { $count } horas de la zona horaria del evento
}
speaker-reason-available = disponible para dar charlas
speaker-reason-spoke = { $count ->
    [one] dio una charla en el último año
   *[other] dio { $count } charlas en el último año
}
speaker-account-title = Charlas
speaker-account-lead = Indica a los organizadores de los eventos del programa si darías una charla y dónde. Ellos ven a los héroes clasificados como ponentes para su evento, y tú respondes a cada invitación.
speaker-account-saved = Tu configuración de charlas se ha guardado.
speaker-account-save = Guardar la configuración de charlas
speaker-open-label = Acepto invitaciones para dar charlas
speaker-topics = Sobre qué te gusta hablar
speaker-topics-hint = Unas pocas palabras, como «Lambda, diseño orientado a eventos»; se comparan con el evento.
speaker-travel-km = Hasta qué distancia viajas a un evento (km)
speaker-travel-km-hint = Déjalo vacío si la distancia no importa.
speaker-remote-only-label = Solo eventos en línea
speaker-languages = Idiomas en los que das charlas
speaker-languages-hint = Etiquetas de idioma separadas por comas, como «es, en». Vacío: los idiomas de tu perfil.
speaker-invitations-heading = Invitaciones para dar charlas
speaker-invitations-none = Aún no hay invitaciones.
speaker-invitation-title = Invitación para dar una charla
speaker-invitation-event = Evento
speaker-invitation-state = Respuesta
speaker-invitation-state-pending = esperando respuesta
speaker-invitation-state-accepted = aceptada
speaker-invitation-state-declined = rechazada
speaker-invitation-state-withdrawn = retirada
speaker-talk-title = Título de la charla
speaker-message = Mensaje
speaker-accept = Aceptar y dar la charla
speaker-decline = Rechazar
speaker-refusal-answered = Esta invitación ya se respondió.
speaker-suggestions-link = Buscar ponentes
speaker-suggestions-title = Ponentes sugeridos
speaker-suggestions-heading = Héroes que podrían dar una charla
speaker-suggestions-none = Aún no hay ningún héroe cuyo trabajo coincida con el título, la descripción o las especializaciones de este evento.
speaker-suggestions-refresh = Volver a sugerir
speaker-event-languages = Idiomas de la charla
speaker-event-languages-hint = Etiquetas de idioma separadas por comas; por defecto, los idiomas que más hablan los héroes del país del evento.
speaker-invited-heading = Invitados
speaker-invite = Invitar a dar una charla
speaker-invite-submit = Enviar la invitación
speaker-choose-suggested = Elige uno de los héroes sugeridos.
speaker-already-invited = Este héroe ya fue invitado a este evento.
speaker-notice-invited = Se ha enviado la invitación.
speaker-mail-invited-subject = { $organizer } te invita a dar una charla en { $event }
speaker-mail-invited-body = Hola, { $name }: a { $organizer } le gustaría que dieras la charla «{ $talk }» en { $event }.
speaker-mail-invited-answer = Abre la invitación para aceptarla o rechazarla.
speaker-mail-accepted-subject = { $hero } dará una charla en { $event }
speaker-mail-accepted-body = Hola, { $name }: { $hero } aceptó tu invitación para dar «{ $talk }» en { $event } y ya figura entre sus ponentes.
speaker-mail-declined-subject = { $hero } no puede dar una charla en { $event }
speaker-mail-declined-body = Hola, { $name }: { $hero } rechazó tu invitación para dar «{ $talk }» en { $event }.

## Leaders' mail to their group's members (issue 15)
group-mail-title = Escribir a los miembros
group-mail-lead = Todos los miembros reciben el correo, salvo quienes se dieron de baja de los correos de este grupo; cada correo incluye un enlace para darse de baja con un clic.
group-mail-limit = { $count ->
    [one] Un grupo puede enviar un correo cada { $days } días.
   *[other] Un grupo puede enviar { $count } correos cada { $days } días.
}
group-mail-subject = Asunto
group-mail-body = Mensaje
group-mail-send = Enviar a los miembros
group-mail-sent = { $count ->
    [one] El correo se puso en cola para un miembro.
   *[other] El correo se puso en cola para { $count } miembros.
}
group-mail-sent-heading = Correos enviados
group-mail-recipients = { $count ->
    [one] un miembro
   *[other] { $count } miembros
}
group-mail-limited = Este grupo ya ha enviado todos los correos que puede por ahora. { $limit } El siguiente podrá enviarse el { $next }.
group-mail-from = { $name } escribió esto a los miembros de { $group }.
group-mail-open-group = Abrir el grupo
group-mail-footer = Recibes este correo como miembro del grupo. Date de baja de sus correos: { $link }
group-unsubscribe-title = Darse de baja de los correos de este grupo
group-unsubscribe-body = Sigues siendo miembro; los organizadores del grupo ya no te enviarán correos.
group-unsubscribe-action = Darme de baja
group-unsubscribed-title = Baja realizada
group-unsubscribed = Ya no recibirás correos de los organizadores de este grupo.
list-text-filter = Palabras del nombre o la descripción

## Added later: webhooks, the language switcher, validation messages, candidates, time zones, Latin spellings
status-candidate = Candidato, aún no público
language-switcher-label = Idioma del sitio
language-switcher-submit = Cambiar
language-unknown-title = Idioma no disponible
language-unknown-body = No hay páginas en «{ $tag }». Elige un idioma de la lista.
language-back = Volver
account-language-heading = Idioma
account-language-label = Idioma de las páginas y los correos
account-language-browser = El que pida mi navegador
account-language-hint = Los correos que te enviamos también se escriben en este idioma.
account-language-submit = Guardar idioma
account-language-saved = Tu idioma se ha guardado.
account-language-unknown = Elige un idioma de la lista.
expected-4-100-printable-characters = de 4 a 100 caracteres imprimibles sin espacios
expected-8-64-letters-digits = de 8 a 64 letras, dígitos, - o _
expected-acknowledge-plan-start-ship = acknowledge, plan, start, ship, decline o duplicate
expected-active-alumni-leave = active, alumni u on-leave
expected-active-dormant-closed = active, dormant o closed
expected-active-looking-help-paused = active, looking-for-help, paused o done
expected-address-someone-other-yourself = la dirección de otra persona que no seas tú
expected-americas-emea-apj = americas, emea o apj
expected-among-channels-hero-asked = uno de los canales que pidió el héroe
expected-blog-github-x-linkedin = blog, github, x, linkedin, youtube, mastodon, bluesky o website
expected-bug-feature-request-documentation = bug, feature-request, documentation u other
expected-calls-code-review-career = calls, code-review o career
expected-co-speaker-reviewer-venue = co-speaker, reviewer, venue u other
expected-contribution-kind-blog-post = un tipo de contribución, como blog-post, talk o video
expected-country-code = un código de país ISO 3166-1 alfa-2, como ES o MX
expected-criterion-line-name-weight = un criterio por línea: nombre | peso | qué significan las puntuaciones 1, 2, 3, 4 y 5
expected-date-2026-03-14 = una fecha como 2026-03-14
expected-date-2027-03-28 = una fecha como 2027-03-28
expected-date-after-opening-date = una fecha igual o posterior a la de apertura
expected-date-between-1990-year = una fecha entre 1990 y un año a partir de hoy
expected-date-since-1970-not = una fecha desde 1970 que no sea futura, como 2019-05-14
expected-date-since-mentorship-began = una fecha desde el inicio de la mentoría que no sea futura
expected-date-time-2027-03 = una fecha y hora como 2027-03-28T18:30
expected-date-yyyy-mm-dd = una fecha en formato AAAA-MM-DD
expected-day-after-first-most = un día igual o posterior al primero, como máximo 60 días después
expected-deadline-later-start = una fecha límite que no sea posterior al inicio
expected-degrees-52-52-latitude = grados, como 52.52 (latitud) y 13.40 (longitud)
expected-email-address-name-example = una dirección de correo como nombre@example.org
expected-empty-kind-contribution = un valor vacío para este tipo de contribución
expected-end-after-start = un final posterior al inicio
expected-http-https-address = una dirección http:// o https://
expected-webhook-address = una dirección http:// o https:// sin nombre de usuario ni contraseña
expected-webhook-events = al menos un evento
expected-iana-time-zone-europe = una zona horaria IANA, como Europe/Madrid
expected-language-codes-en-de = códigos de idioma, como en, es o pt-BR
expected-line-character = una sola línea sin el carácter |
expected-listed-purposes = uno de los usos de la lista
expected-lowercase-letters-digits-single = letras minúsculas, dígitos y guiones sueltos (64 como máximo)
expected-meetup-conference-workshop-online = meetup, conference, workshop u online-session
expected-most-10-criteria = 10 criterios como máximo
expected-most-10-links = 10 enlaces como máximo
expected-most-link-kind = como máximo un enlace de cada tipo
expected-name-other-criterion-has = un nombre que no tenga ningún otro criterio
expected-online-link-venue-both = un enlace en línea o un lugar (o ambos)
expected-password-not-your-email = una contraseña que no sea tu correo electrónico ni una contraseña común
expected-phone-number-49-30 = un número de teléfono como +49 30 1234567
expected-public-members-heroes-staff = public, members, heroes o staff
expected-read-write = read o write
expected-rose-amber-blue-violet = uno de estos valores: rose, amber, blue, violet, teal, green, red, navy
expected-selection-renewal = selection o renewal
expected-speaker-line-name-hero = un ponente por línea: nombre o dirección del héroe | título de la charla
expected-specialization-most-once = cada especialización una sola vez como máximo
expected-specializations-all-heroes-named = especializaciones, todos los héroes o héroes concretos
expected-spotlight-digest-social = spotlight, digest o social
expected-staff-reviewer-admin = uno de estos valores: staff, reviewer, admin
expected-tags-lowercase-letters-digits = etiquetas de letras minúsculas, dígitos y guiones
expected-text-control-characters-unicode = texto sin caracteres de control ni no-caracteres Unicode
expected-three-fields-code-value = tres campos: código,valor,caducidad
expected-time-after-start-most = una hora posterior al inicio, como máximo 60 días después
expected-time-exists-chosen-time = una hora que exista en la zona horaria elegida (los relojes se saltan esa hora)
expected-time-future = una hora en el futuro
expected-time-still-come = una hora que aún no haya pasado
expected-today-later-day-within = hoy o un día posterior dentro del próximo año
expected-up-down = up o down
expected-venue-online-link-both = un lugar, un enlace en línea o ambos
expected-weekly-monthly-quarterly = weekly, monthly o quarterly
expected-whole-number = un número entero
expected-whole-number-weight-between = un peso entero entre 1 y 100
role-candidate = Candidato aceptado
field-latin-name = Nombre en alfabeto latino
field-latin-name-hint = Opcional. Cómo se escribe tu nombre en letras latinas, si se escribe en otro sistema de escritura (Yamada Tarō para 山田太郎): se muestra debajo de tu nombre y la búsqueda lo encuentra.
answer-complete-profile = Completa tu perfil de héroe
admin-area-webhooks = Webhooks
admin-area-webhooks-hint = Avisa a otros sistemas cuando se anuncian héroes, pasan a alumni, cambian su perfil o publican.
admin-webhooks-title = Webhooks
admin-webhooks-lead = Cada endpoint recibe los eventos a los que está suscrito como JSON firmado, con reintentos cada vez más espaciados cuando falla.
admin-webhooks-none = No hay ningún endpoint registrado.
admin-webhooks-url = Dirección
admin-webhooks-url-hint = Una dirección http:// o https:// a la que el programa pueda llegar desde internet, sin nombre de usuario ni contraseña.
admin-webhooks-url-private = Esta dirección apunta a una red privada o de loopback, a la que el programa no envía nada.
admin-webhooks-events = Eventos
admin-webhooks-events-needed = Elige al menos un evento.
admin-webhooks-event-hero-announced = se anuncia un nuevo héroe
admin-webhooks-event-hero-moved-to-alumni = un héroe pasa a alumni
admin-webhooks-event-hero-profile-changed = un héroe cambia su perfil público
admin-webhooks-event-contribution-published = se registra una contribución pública
admin-webhooks-description = Descripción
admin-webhooks-active = Activo (las entregas de los endpoints en pausa quedan en espera)
admin-webhooks-state = Estado
admin-webhooks-state-active = Activo
admin-webhooks-state-paused = En pausa
admin-webhooks-waiting = En espera
admin-webhooks-failed = Fallidas
admin-webhooks-new = Nuevo endpoint
admin-webhooks-add = Añadir endpoint
admin-webhooks-too-many = Se pueden registrar como máximo { $max } endpoints. Quita uno primero.
admin-webhooks-created = Endpoint añadido.
admin-webhooks-removed = Endpoint quitado.
admin-webhooks-saved = Guardado.
admin-webhooks-rotated = Se ha creado un nuevo secreto; el anterior ya no firma las entregas.
admin-webhooks-ping-queued = Un ping de prueba está en camino.
admin-webhooks-replay-queued = La entrega se enviará de nuevo.
admin-webhooks-back = Todos los webhooks
admin-webhooks-endpoint-title = Endpoint de webhook
admin-webhooks-secret = Secreto de firma
admin-webhooks-secret-once = Copia este secreto ahora: solo se muestra una vez. Úsalo para comprobar la cabecera Heroes-Signature de cada entrega.
admin-webhooks-settings = Configuración
admin-webhooks-save = Guardar
admin-webhooks-ping = Enviar un ping de prueba
admin-webhooks-rotate = Crear un nuevo secreto
admin-webhooks-remove = Quitar endpoint
admin-webhooks-deliveries = Entregas
admin-webhooks-no-deliveries = Aún no se ha enviado nada a este endpoint.
admin-webhooks-delivery = entrega { $id }
admin-webhooks-delivery-pending = en espera
admin-webhooks-delivery-delivered = entregada
admin-webhooks-delivery-failed = fallida
admin-webhooks-delivery-skipped = omitida (ya no es pública)
admin-webhooks-next = próximo intento { $at }
admin-webhooks-replay = Enviar de nuevo
admin-webhooks-replay-label = Enviar de nuevo la entrega { $id }
admin-webhooks-attempts-label = Intentos de la entrega { $id }
admin-webhooks-attempt-at = Cuándo (UTC)
admin-webhooks-attempt-status = Estado
admin-webhooks-attempt-duration = Duración
admin-webhooks-attempt-answer = Respuesta o error
admin-webhooks-ms = { $ms } ms
# $there: the time where it happens, with its zone; $here: the same moment in the reader's zone.
time-two-zones = { $there } · { $here } para ti
# The reader's zone is unknown, so the second time is UTC (named in $here), not "for you".
time-two-zones-utc = { $there } · { $here }
time-zone-title = Zona horaria
time-zone-lead = Todas las fechas y horas de estas páginas se muestran en esta zona.
time-zone-saved = Tu zona horaria se ha guardado.
# $time: the date and time now, as these pages show it.
time-zone-now = Fecha y hora actuales: { $time }.
time-zone-default = Sin elegir: la zona de tu navegador, o UTC
# $zone: the IANA name of the zone on the person's hero profile.
time-zone-default-hero = Sin elegir: la zona de tu perfil ({ $zone })
time-zone-hint = Los eventos y las sesiones informativas también muestran su propia zona.
time-zone-submit = Guardar zona horaria
candidate-banner-title = Tu perfil se hace público el { $date }
candidate-banner-lead = Hasta entonces, solo tú ves tu perfil de héroe y tus contribuciones. Complétalo ahora para que esté listo ese día.
candidate-banner-missing = Aún falta:
candidate-banner-complete = Todo está listo: tu biografía, foto, enlaces y contribuciones.
candidate-missing-bio = una biografía que cuente a qué te dedicas
candidate-missing-photo = una foto
candidate-missing-links = enlaces a tu blog, GitHub u otros perfiles
candidate-missing-contributions = tus contribuciones de los últimos doce meses
candidate-banner-edit = Edita tu perfil y tu foto
candidate-banner-contributions = Añade contribuciones
candidate-banner-sources = Añade fuentes
candidate-banner-preview = Vista previa de tu página
candidate-preview-notice = Vista previa: esta página aún no es pública. Los visitantes ven «Página no encontrada» hasta el anuncio.
admin-candidate-record = Ficha de héroe preparada (no es pública hasta el anuncio)
