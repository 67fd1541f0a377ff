# Las palabras de las pantallas del sitio, en español, en el formato de Project Fluent
# (https://projectfluent.org/fluent/guide/). Las preguntas y las palabras de la ley están en
# rules/ms/*.toml; sus traducciones están en rules/text/<language>/rules.ftl.
#
# Cada mensaje del archivo en inglés (rules/text/en/site.ftl) debe estar aquí, y ningún
# otro: el servidor se detiene al arrancar, con el nombre de este archivo y la línea, si
# falta uno o sobra uno. Cada mensaje usa los mismos { $name } que el inglés.
#
# Un mensaje se nombra por su grupo y su palabra: `frame-back` es la palabra `back` del
# grupo `frame`. { $n } y los demás los llena el sitio. Un texto que empieza o termina
# con un espacio lo escribe como {" "}. Los párrafos se separan con una línea en blanco.
#
# El glosario está al principio de rules/text/es/rules.ftl.

## page
page-title = { $heading } – Revise sus antecedentes – Clear My Record Mississippi
page-error_prefix = Error:{" "}
page-cannot_start_heading = Algo salió mal
page-cannot_start = No pudimos empezar las preguntas. Por favor, vuelva a cargar la página.

# Alrededor de cada pantalla.
## frame
frame-offline = No pudimos conectarnos con el sitio. Revise su conexión y vuelva a presionar el botón. Sus respuestas todavía están aquí.
frame-problem = Hay un problema
frame-back = Atrás
frame-save = Guardar mis respuestas
frame-print = Imprimir estos resultados
frame-start_over = Empezar de nuevo
frame-back_hint = Para volver a una pregunta anterior, use el botón "Atrás" de arriba. El botón de regresar de su navegador puede pedirle que vuelva a enviar el formulario.
frame-optional = {" "}(opcional)
frame-change = Cambiar
frame-remove = Quitar
# Lo leen los lectores de pantalla después de "Cambiar" y "Quitar" en la lista de cargos.
frame-which_charge = {" "}cargo { $n }
frame-free_help = La ayuda legal gratuita puede hacer esto más fácil.{" "}
frame-free_help_link = Buscar ayuda legal gratuita

## common
common-next = Continuar
common-yes = Sí
common-no = No
common-unsure = No sé
common-dont_know = No lo sé
common-not_given = No se dio
common-about_you = Sobre usted
common-new_charge = un cargo nuevo
common-charge_context = Cargo { $n } de { $count }: { $name }
common-charge_title = Cargo { $n }: { $name }
common-too_long = Esto es demasiado largo. Use { $max } caracteres como máximo.
common-unreadable = No pudimos leer sus respuestas, así que empezamos de nuevo. Si guardó sus respuestas, puede cargarlas abajo.
common-form_too_big = Este formulario traía más de lo que envía este paso, así que no se guardó nada de él. Sus respuestas anteriores se conservan. Por favor, intente este paso otra vez.
common-court_required = Escoja el tipo de tribunal, o "No sé".

## start
start-heading = Revise sus antecedentes
start-lead =
    Le vamos a preguntar sobre cada arresto, cargo o caso de sus antecedentes, una pregunta a la vez. Después verá, cargo por cargo, si quizás pueda pedirle a un tribunal que lo borre de los registros públicos (en inglés, "expungement").

    Toma unos 5 minutos por cada cargo. Los papeles del tribunal ayudan: el papel de los cargos (charging paper) y la orden que terminó el caso. Si no los tiene, el secretario del tribunal (court clerk) le puede decir lo que dicen.

    Este sitio no guarda ninguna de sus respuestas. Se quedan en esta página hasta que la cierre. Para volver más tarde, use "Guardar mis respuestas" para guardar un archivo en su propio aparato.
start-button = Empezar

## load
load-heading = Seguir con respuestas guardadas
load-lead = Si guardó sus respuestas antes, escoja el archivo aquí.
load-label = Su archivo de respuestas guardadas
load-button = Seguir con respuestas guardadas
load-not_saved_file = Este archivo no es un archivo de respuestas guardadas de este sitio. Escoja el archivo que guardó con "Guardar mis respuestas".
load-damaged = Este archivo de respuestas guardadas está dañado, así que no pudimos leerlo. ({ $problem })
load-too_large = Este archivo es demasiado grande para ser un archivo de respuestas guardadas.
load-choose_file = Escoja su archivo de respuestas guardadas y después presione "Seguir con respuestas guardadas".

## place
place-heading = ¿Dónde estaba el tribunal?
place-county_label = Condado
place-county_help = El condado aparece en los papeles del tribunal. Es donde está el tribunal, no donde usted vive.
place-county_unknown = Escoja un condado de la lista.
place-city_label = Ciudad o pueblo, para un tribunal municipal (Municipal Court)
place-city_help = La ciudad o el pueblo cuyo tribunal llevó el caso, por ejemplo Jackson. Déjelo vacío para otros tribunales.
place-city_required = Escriba la ciudad o el pueblo cuyo tribunal llevó el caso.
place-court_label = Tipo de tribunal

## details
details-heading = Sobre el cargo
details-lead = Estos datos están en su papel de los cargos (charging paper), su orden de sentencia (sentencing order) o su orden de desestimación (dismissal order). Ahora solo se necesita el nombre del cargo; lo demás ayuda cuando llene los papeles del tribunal.
details-copied = Llenamos el número de caso, la fecha del arresto y la agencia con los datos de su último cargo. Cámbielos si este cargo es diferente.
details-offence_label = ¿Cuál fue el cargo?
details-offence_help = Tal como lo escriben sus papeles, en inglés; por ejemplo "petit larceny" o "possession of marijuana".
details-offence_required = Escriba el nombre del cargo tal como lo escriben sus papeles. Por ejemplo: petit larceny.
details-statute_label = Sección del código (si la tiene)
details-statute_help = Un número como 97-17-43. Nos dice exactamente qué ley era.
details-case_number_label = Número de caso (si lo tiene)
details-case_number_help = También se llama "cause number" o "docket number".
details-arrest_date_label = Fecha del arresto (si la sabe)
details-match_lead = Revise el cargo: buscamos "{ $name }" en nuestra lista de cargos. Escójalo abajo.
details-match_one = ¿Es este el cargo?
details-match_several = ¿Cuál de estos es el cargo?
details-match_none = No encontramos "{ $name }" en nuestra lista de cargos.
details-match_help = O cambie el nombre de arriba y después presione Continuar.
details-match_general_hint = Escoja esto si sus papeles no dicen de qué tipo es.
# { $number } es el número de la ofensa: 2 para la segunda vez. Los papeles dicen "2nd offense".
details-match_number = ({ $number }.ª vez)
details-not_listed = No está en la lista
details-not_listed_hint = Vamos a guardar el nombre como lo escribió y a preguntarle la sección del código. Puede que un abogado tenga que revisar este cargo.
details-arrest_date_help = Aparece en el registro de arresto o en la hoja de ingreso a la cárcel (booking sheet).
details-agency_label = Quién hizo el arresto (si lo sabe)
details-agency_help = Por ejemplo "Jackson Police Department" o "Hinds County Sheriff's Office".

# Una de las preguntas de rules/ms/facts.toml.
## fact
fact-date_required = Escriba la fecha, o escoja "No sé la fecha".
fact-bac_required = Escriba el resultado de la prueba, como 0.09.
fact-answer_required = Escoja una respuesta. Si no sabe, escoja "No sé".
fact-section_required = Escriba la sección del código, como 97-17-41, o escoja "No encuentro la sección del código".
fact-skip_date = No sé la fecha
fact-skip_section = No encuentro la sección del código
fact-month = Mes
fact-day = Día
fact-year = Año
fact-date_hint = Por ejemplo, 3 14 2021 para el 14 de marzo de 2021.
fact-day_needed = La respuesta depende del día exacto. Por favor escriba también el día, si lo puede encontrar.
fact-date_hint_rough = Por ejemplo, 3 14 2021 para el 14 de marzo de 2021. Si no sabe el día, déjelo en blanco. Si solo sabe el año, escriba solo el año.
fact-only_if = Conteste esto solo si escogió "{ $answer }" arriba.

# Un cargo que va a otro lugar, no a una petición para borrar antecedentes.
## stop
stop-lead = Todavía puede revisar sus otros cargos.
stop-change = Cambiar este cargo
stop-remove = Quitar este cargo

## charges
charges-heading = { $n ->
        [one] Usted anotó 1 cargo
       *[other] Usted anotó { $n } cargos
    }
charges-none = Usted no ha anotado ningún cargo
charges-lead = Agregue cada arresto, cargo o caso de sus antecedentes, aunque haya sido desestimado. Cada cargo recibe su propia respuesta.
charges-not_finished = Cargo sin terminar
charges-case_number = Número de caso { $number }
charges-done = Ya anoté todos los cargos
charges-add_same_court = Agregar un cargo del mismo tribunal
charges-add_other_court = Agregar un cargo de otro tribunal
charges-add_first = Agregar un cargo
charges-too_many = Aquí puede anotar hasta { $max } cargos. Si sus antecedentes son más largos, hable con un abogado o con una clínica de ayuda legal gratuita (legal aid).

## review
review-heading = Revise sus respuestas
review-lead = Revise sus respuestas. Use "Cambiar" para corregir algo. Después vea sus resultados.
review-see_results = Ver mis resultados
review-court = Tribunal
review-charge = Cargo
review-statute = Sección del código
review-case_number = Número de caso
review-arrest_date = Fecha del arresto
review-agency = Quién hizo el arresto

## results
results-heading = Sus resultados
results-lead = Esto es lo que la ley de Mississippi quizás permita para cada cargo, y por qué. Esto no es asesoría legal: un juez decide cada petición.
results-get_papers = Obtener mis papeles del tribunal
results-change_answers = Cambiar mis respuestas
results-in_short = En resumen
results-checked = Revisado para una petición presentada el { $date }, con las reglas { $version }.
results-next_heading = Qué hacer ahora
results-next_steps = Para cada cargo que quizás pueda borrar ahora, usted presenta una petición en el tribunal que aparece en su tarjeta.{" "}
results-after_you_file = Lea qué pasa después de presentar la petición
results-bring_heading = Qué llevar
results-bring_lead = Para los cargos por los que puede presentar una petición, lleve estos papeles al secretario del tribunal (court clerk). Cada uno aparece una sola vez.

# "En resumen": la línea de cada cargo termina con su resultado en pocas palabras.
## results.summary
results-summary-eligible = puede presentar la petición ahora
results-summary-eligible_after = puede presentar la petición desde el { $date }
results-summary-needs_attorney_review = hable con un abogado
results-summary-needs_more_information = necesitamos algunas respuestas más
results-summary-not_eligible = no se puede borrar
results-summary-not_yet = todavía no: vea por qué

# La tarjeta de resultado de cada cargo.
## card
card-route = La ley que se aplica:{" "}
card-why = Por qué
card-good_to_know = Es bueno saber
card-find_out = Qué debe averiguar
card-still_need = Todavía necesitamos saber { $about }.
card-not_sure = Usted no sabía con seguridad { $about }.
card-if_you_file = Si presenta la petición
card-where_to_file = Dónde presentarla
card-fee = Cuota
card-who_gets_copy = Quién recibe una copia
card-what_to_bring = Qué llevar
card-other_ways = Otros caminos
card-also_applies = Quizás también se aplique: { $route } ({ $citation }).
card-cannot_headline = La ley de Mississippi no permite borrar este cargo.
card-else_heading = Qué más puede hacer
card-else_help = Un abogado puede revisar todo su historial y decirle de otras formas de conseguir ayuda.{" "}
card-else_help_link = Busque ayuda legal gratis
card-else_pardon = Puede pedirle un perdón (pardon) al Gobernador. Un perdón es una forma en que el Estado le perdona. Por sí solo, no borra (expunge) el antecedente.
card-else_firearms = Si es un delito grave (felony), puede pedirle al tribunal que lo condenó un "certificado de rehabilitación" (certificate of rehabilitation, § 97-37-5(3)). Puede devolverle el derecho a tener un arma. No borra el antecedente.
card-notes_heading = Notas
card-how_sure_secondary = De una fuente confiable que explica la ley, como una oficina del tribunal o una guía escrita por abogados. No son las palabras de la ley misma.
card-how_sure_inferred = Nuestra propia lectura de la ley. Un abogado debería confirmarla.

# Los datos de la persona para los papeles.
## person
person-heading = Sus datos para los papeles del tribunal
person-lead = Los papeles necesitan su nombre y una manera en que el tribunal pueda comunicarse con usted. Imprimimos en sus papeles lo que usted escribe, y no guardamos nada.
person-button = Ver mis papeles
person-full_name_label = Su nombre legal completo
person-full_name_help = Como debe aparecer en los papeles.
person-full_name_required = Escriba su nombre completo. El tribunal lo necesita en los papeles.
person-other_names_label = Otros nombres con los que lo arrestaron (si hay)
person-other_names_help = Por ejemplo, un apellido de soltera. Ponga un punto y coma (;) entre los nombres.
person-other_names_too_long = Cada nombre puede tener como máximo { $max } caracteres. Ponga un punto y coma (;) entre los nombres.
person-other_names_too_many = Escriba como máximo 10 nombres más.
person-birth_date_label = Su fecha de nacimiento (si quiere que aparezca en los papeles)
person-birth_date_help = Ayuda al secretario y a las agencias a encontrar el antecedente correcto. En la petición pública solo aparece el año; la fecha completa va en una hoja confidencial para el secretario.
person-birth_date_future = Esta fecha está en el futuro. Escriba su fecha de nacimiento.
person-address_label = Su dirección postal
person-address_help = Donde el tribunal le puede mandar correo.
person-phone_label = Su número de teléfono
person-phone_invalid = Escriba un número de teléfono con su código de área, como 601-555-0142.
person-email_label = Su correo electrónico (si tiene)
person-email_invalid = Escriba un correo electrónico como nombre@example.com, o déjelo en blanco.
person-case_number_label = Número de caso del cargo { $n }: { $name } (si lo tiene)
person-case_number_help = También se llama "cause number". Si lo deja en blanco, los papeles tienen una línea para que el secretario lo llene.
person-cannot_pay_label = ¿No puede pagar la cuota de presentación (filing fee) del tribunal?
person-cannot_pay_help = Si contesta que sí, sus papeles incluyen una declaración de pobreza (pauper's affidavit: un juramento de que no puede pagar). Puede que el secretario la acepte o no para la cuota de expungement: pregúntele al secretario.
person-rehabilitation_label = En sus propias palabras: ¿qué ha hecho desde la condena? (si quiere que se escriba en la petición)
person-rehabilitation_help = El juez debe encontrar que usted se ha rehabilitado. Diga, en pocas palabras y con la verdad, lo que ha hecho desde entonces: trabajo, escuela o capacitación, familia, tratamiento o recuperación, iglesia o servicio comunitario, tiempo sin ningún arresto. Traiga cartas y certificados que lo muestren. Si deja esto en blanco, la petición tiene líneas para escribirlo a mano.
person-dui_justification_label = En sus propias palabras: ¿por qué debe el tribunal borrar su DUI? (si quiere que se escriba en la petición)
person-dui_justification_help = La ley pide una justificación. Diga, en pocas palabras y con la verdad, lo que ha hecho desde entonces, qué le impide la condena (un trabajo, una licencia, una vivienda), y por qué no volverá a pasar. Si deja esto en blanco, la petición tiene líneas para escribirlo a mano.
person-facts_needed = Sus papeles dicen que estos hechos son ciertos, así que primero necesitamos sus respuestas. Conteste solo lo que sabe; si no está seguro, escoja "No sé" y hable con un abogado.
person-about_charge = Cargo { $n } ({ $name }):

## papers
papers-heading = Revise sus papeles
papers-lead = Lea cada palabra antes de descargarlos. Estos son los papeles que usted va a firmar y presentar: primero las instrucciones para presentarlos, después una petición y una orden propuesta (proposed order) para cada tribunal. Si un hecho está mal, cambie sus respuestas.
papers-change_details = Cambiar mis datos
papers-back_to_results = Volver a mis resultados
papers-download = Descargar mis papeles (PDF)
papers-nothing_to_file = Ahora no se puede borrar ningún cargo, así que no hay papeles que preparar. Sus resultados le dan las fechas y las razones.
papers-did_not_check = No pudimos preparar sus papeles: no pasaron nuestra revisión. Es un error nuestro. Por favor, intente más tarde, o pida ayuda a una clínica de ayuda legal gratuita (legal aid).
papers-answer_questions = Contestar las preguntas
papers-missing_facts = Sus papeles dicen hechos sobre usted, y todavía faltan algunas respuestas. Contéstelas en la página de sus datos y después vea sus papeles.
# Por qué la descarga no dio un PDF.
papers-nothing_drawn = Ahora no se puede borrar ningún cargo, así que no hay papeles que hacer. Sus resultados le dan las fechas y las razones.
papers-too_large = Estos papeles irían a más de 20 tribunales, más de los que hacemos de una vez. Guarde sus respuestas, quite los cargos de algunos tribunales, descargue esos papeles, y después vuelva a cargar sus respuestas para los demás. Una clínica de ayuda legal gratuita (legal aid) también le puede ayudar.
papers-busy = Muchas personas están haciendo sus papeles en este momento. Espere unos segundos y vuelva a intentarlo. Sus respuestas se conservan.
papers-failed = No se pudieron hacer los papeles. Es un error nuestro; por favor, avísenos.

## start_over
start_over-heading = ¿Empezar de nuevo?
start_over-lead = { $n ->
        [one] Esto borra todas las respuestas que ha dado. No las podrá recuperar.
       *[other] Esto borra todas las respuestas que ha dado, de los { $n } cargos. No las podrá recuperar.
    }
start_over-save_first = Si quizás las quiera más tarde, presione primero "Guardar mis respuestas". Así guarda un archivo en su propio aparato.
start_over-keep = No, conservar mis respuestas
start_over-clear = Sí, borrar mis respuestas

# El archivo de calendario (.ics) para la fecha desde la que un cargo quizás se pueda
# borrar, en los resultados. Una persona puede guardarlo en un calendario que otros ven
# o que se guarda en internet: estas palabras nunca nombran el cargo, el delito, el
# tribunal ni el caso.
## calendar
calendar-add = Agregar el { $date } a mi calendario
calendar-add_all = { $n ->
        [2] Agregar las dos fechas a mi calendario
       *[other] Agregar las { $n } fechas a mi calendario
    }
calendar-summary = Quizás pueda borrar un antecedente
# La dirección de las preguntas del sitio termina el texto, así que no le sigue un punto.
calendar-description = Desde el { $date }, quizás pueda pedirle a un tribunal que borre un antecedente. Esto no es asesoría legal. La ley o sus respuestas pueden haber cambiado, así que vuelva a revisar antes de presentar la petición: { $site }
calendar-reminder = Mañana quizás pueda pedirle a un tribunal que borre un antecedente.
calendar-no_date = Ese cargo no tiene una fecha para agregar a un calendario. Sus respuestas se conservan.


# Alrededor de cada página: el encabezado, el pie de página y el título del navegador.
## site
site-name = Clear My Record Mississippi
site-description = Ayuda gratis para saber si sus antecedentes penales de Mississippi se pueden borrar (expungement).
site-skip = Ir al contenido principal
site-nav_label = Sitio
site-nav_check = Revise sus antecedentes
site-nav_learn = Aprenda
site-nav_help = Busque ayuda
site-nav_how = Cómo funciona
site-nav_privacy = Privacidad
# Lo leen los lectores de pantalla antes del enlace al otro idioma.
site-language_label = Idioma
# Se muestra arriba de cada página de una traducción hasta que un hablante nativo la revise.
site-review_notice = Un hablante nativo todavía no ha revisado esta traducción. Si algo no está claro, las páginas en inglés dicen lo mismo.
site-footer_advice = Este sitio da información, no asesoría legal. Un tribunal decide cada petición.
site-footer_free = Gratis y de código abierto. No guarda ninguna de sus respuestas.
site-rules_missing = No se pudieron cargar las reglas. Por favor, vuelva a cargar la página.
site-title = { $title }: Clear My Record Mississippi

# La página de inicio.
## home
home-title = Clear My Record Mississippi: ayuda gratis para borrar antecedentes (expungement)
home-heading = Averigüe si puede borrar sus antecedentes en Mississippi
home-lead =
    Conteste preguntas sobre cada arresto, cargo o condena de sus antecedentes. Le decimos, cargo por cargo, si quizás la ley de Mississippi permita que un tribunal lo borre (expungement). Para un cargo que puede presentar ahora, llenamos los papeles del tribunal.
home-start = Empezar ahora
home-need_heading = Qué necesita
home-need_papers = Sus papeles del tribunal, si los tiene: el cargo, el tribunal, el número de caso y las fechas. Puede empezar sin ellos.
home-need_time = Unos 5 a 10 minutos por cada cargo.
home-promise_heading = Gratis y privado
home-promise_free = Es gratis. No necesita cuenta ni registrarse.
home-promise_private = Este sitio no guarda ninguna de sus respuestas. Usted puede guardarlas en su propio teléfono o computadora.
home-promise_advice = No es asesoría legal. Un tribunal decide cada petición.{" "}
home-promise_help_link = Hay ayuda legal gratis si la quiere.
home-learn_link = Aprenda sobre las formas de borrar antecedentes en Mississippi

# Las páginas para aprender.
## learn
learn-title = Aprenda sobre el expungement (borrar antecedentes)
learn-heading = Aprenda sobre el expungement (borrar antecedentes)
learn-lead = Respuestas cortas a preguntas comunes. Explican la ley con palabras sencillas; no son asesoría legal sobre su caso.
learn-ways_heading = Formas de borrar antecedentes en Mississippi
learn-how_link = Vea las reglas detrás de cada respuesta, con la ley de donde vienen
learn-version = Versión de las reglas:{" "}
learn-check = Revise sus antecedentes
learn-law = La ley:{" "}
learn-papers_heading = Los papeles
learn-disclaimer = Esto explica la ley en general. No es asesoría legal sobre su caso. Un juez decide cada petición.

# "Cómo funciona": las reglas detrás de cada respuesta.
## how
how-title = Cómo funciona
how-heading = Cómo funciona
how-lead =
    Cada respuesta de este sitio viene de las reglas de abajo. Cada regla nombra la ley de donde viene y dice qué tan seguros estamos de ella.

    Cuando la ley no está clara, no adivinamos: le decimos que hable con un abogado.
how-notes_in_english = Las notas y las fuentes de esta página están en inglés.
how-sure = Qué tan seguros estamos:{" "}
how-primary = del texto de la ley
how-secondary = de un informe confiable sobre la ley
how-inferred = nuestra interpretación; un abogado debe confirmarla
how-verify = {" "}Se basa en una ley de 2026 que no hemos leído completa; falta revisarlo.
how-status_heading = Sobre estas reglas
how-researched = La investigación está al día hasta el { $date }. Las reglas dan respuestas para peticiones presentadas desde el { $from }.
how-version = Versión de las reglas:{" "}
how-every_result = Cada resultado muestra la versión que usó.
how-routes_heading = Formas de borrar antecedentes
how-referral = Esto lo mandamos a un abogado o a otro proceso.
how-must = La ley dice que el tribunal debe concederlo cuando se demuestran los hechos.
how-may = El juez decide.
how-bring = Traiga:{" "}
how-source = Fuente:{" "}
how-open_questions = Preguntas abiertas para un abogado:
how-times_heading = Tiempos de espera, límites y cuotas
how-times_lead = Cuando la legislatura cambia un número, el número anterior se queda aquí con sus fechas. El que cuenta es el número vigente el día en que usted presenta la petición.
how-filed_from = Peticiones presentadas desde el { $date }
how-filed_between = Peticiones presentadas del { $from } al { $until }
how-years = { $value ->
        [one] { $value } año
       *[other] { $value } años
    }
how-months = { $value ->
        [one] { $value } mes
       *[other] { $value } meses
    }
how-days = { $value ->
        [one] { $value } día
       *[other] { $value } días
    }
how-below = menos de { $value }%
how-fee = ${ $amount } ({ $shares })
how-share = ${ $amount } para { $to }
how-excluded_heading = Delitos graves (felonies) que no se pueden borrar
how-excluded_lead = La ley de Mississippi deja estos delitos graves fuera de la única oportunidad de borrar un delito grave (Miss. Code Ann. § 99-19-71(2)(a)):
how-violence_heading = Delitos violentos (crimes of violence)
how-violence_lead = Los delitos violentos del punto (i) están en la lista de { $citation }. Un juez también puede decir que otro delito grave es un delito violento cuando da la sentencia.

# Lo que el sitio guarda y lo que anota en su registro.
## privacy
privacy-title = Privacidad
privacy-heading = Privacidad
privacy-lead = Sus antecedentes son privados. Este sitio está hecho para que sigan así.
privacy-keep_heading = Lo que guardamos
privacy-keep =
    Nada de lo que usted escribe. El sitio no guarda sus respuestas, su nombre, su fecha de nacimiento ni sus resultados. No hay cuentas ni cookies.

    Cuando revisa sus antecedentes, sus respuestas viajan dentro de la misma página. Cada vez que presiona un botón, su navegador se las manda al servidor; el servidor calcula la siguiente pregunta y se las devuelve. El servidor las olvida en cuanto responde. No las escribe en un disco ni en una base de datos.
privacy-papers_heading = Sus papeles del tribunal
privacy-papers = Para hacer sus papeles del tribunal, usted escribe su nombre y cómo puede comunicarse con usted el tribunal. Estos datos viajan en la página con sus respuestas. Cuando presiona "Descargar mis papeles", el servidor prepara el PDF, se lo manda y lo olvida. No guarda ninguna copia de sus papeles ni de sus datos.
privacy-saving_heading = Guardar sus respuestas
privacy-saving =
    "Guardar mis respuestas" descarga un archivo pequeño en su propio teléfono o computadora. Nosotros no guardamos una copia. Cualquier persona que pueda abrir ese archivo puede leer sus respuestas, así que guárdelo en un lugar seguro, y bórrelo cuando ya no lo necesite.

    "Seguir con respuestas guardadas" lee el archivo y le devuelve las respuestas en la página; el servidor no guarda nada.

    Un archivo de calendario para una fecha de sus resultados se hace de la misma forma, y no se guarda. Solo dice que desde esa fecha quizás pueda pedir que se borre un antecedente. No nombra su cargo, el tribunal ni su caso. Aun así, cualquier persona que pueda ver su calendario puede leerlo.
privacy-log_heading = Lo que anota el servidor
privacy-log = Por cada página que usted abre, el servidor escribe una línea en su registro (log). Dice qué tipo de solicitud fue, la dirección de la página (nunca lo que usted escribió), si funcionó y cuánto tardó. Por ejemplo:
privacy-log_after = No se anota nada más sobre usted: ni sus respuestas, ni su nombre, ni la fecha que escogió.
privacy-others_heading = Otras compañías
privacy-others = Este sitio no carga nada de ninguna otra compañía ni sitio web: no hay anuncios, ni rastreadores, ni letras (fuentes) ni programas de otros lugares. Su navegador no les dice a otros sitios de qué página viene usted.
privacy-device_heading = Su propio aparato
privacy-device = Si imprime o guarda sus resultados, esa copia es suya para guardarla o borrarla. En una computadora compartida o de una biblioteca, presione "Empezar de nuevo" y cierre la ventana del navegador cuando termine, y borre cualquier archivo de respuestas que haya guardado.

## not_found
not_found-title = Página no encontrada
not_found-heading = No pudimos encontrar esa página
not_found-home = Ir a la página de inicio

# "Busque ayuda": ayuda legal gratis o de bajo costo.
## help
help-title = Busque ayuda legal gratis
help-heading = Busque ayuda legal gratis
help-lead = Usted puede pedir un expungement (borrar un antecedente) sin un abogado. Pero un abogado puede revisar sus antecedentes, encontrar problemas y hablar por usted ante el tribunal. Estos grupos ayudan a personas en Mississippi, muchos de ellos gratis.
help-website = Sitio web:{" "}
help-clinics_heading = Clínicas gratuitas para borrar antecedentes
help-danger_heading = Si usted está en peligro
help-clerk_heading = Hable con el secretario del tribunal
help-clerk = La oficina del secretario del tribunal de circuito (circuit clerk) de su condado le puede decir qué muestran sus antecedentes, darle copias de sus papeles y decirle cuánto cuesta la cuota. Los secretarios no pueden darle asesoría legal, pero conocen los pasos en su tribunal.
help-sources = Solo mostramos datos de contacto que aparecen en una fuente, con la fecha en que los revisamos. Los números y las direcciones pueden cambiar: si uno no funciona, use el sitio web del grupo.
help-phone = Teléfono:{" "}
help-address = Dirección:{" "}
help-source = Fuente:{" "}
help-checked = revisado el { $date }.

# Mensajes junto a un campo cuya respuesta no se puede usar.
## errors
errors-unknown_fact = Este formulario preguntó sobre algo que este sitio no conoce. Por favor, empiece de nuevo.
errors-choose = Escoja una de las respuestas.
errors-required = Esto se necesita para seguir.
errors-section_too_long = La sección del código debe tener menos de 60 caracteres, como 97-17-41.
errors-section_shape = Escriba la sección del código con números y guiones, como 97-17-41.
errors-bac = Escriba el resultado de la prueba como un número, como 0.09.
errors-date = Escriba una fecha real: el mes, el día y el año, como 3 14 2021.
errors-day_without_month = Escriba también el mes, o deje el día en blanco.
errors-no_year = Escriba el año, como 2021.
errors-day_needed = Escriba también el día. Si no lo encuentra, escoja "No sé la fecha".
errors-exact_day = Los papeles del tribunal necesitan el día, el mes y el año exactos. Aparecen en sus papeles del tribunal, o se los puede decir el secretario del tribunal (court clerk).
errors-year = Escriba el año con cuatro números, como 2021.
errors-future = Esta fecha está en el futuro. Escriba una fecha de hoy o de antes.
errors-too_old = Escriba una fecha después de 1900.
# { $characters } son las marcas que no se pueden imprimir, como "☺".
errors-cannot_print = Los papeles del tribunal solo pueden imprimir las letras de la A a la Z (los acentos están bien, como en José o Nguyễn), números y marcas como - o #. Escríbalo como aparece en sus papeles del tribunal, sin { $characters }.
errors-hidden_character = Esto tiene un carácter escondido, como un salto de línea o una tabulación que vino al copiar y pegar. Vuelva a escribirlo en una sola línea.

# Una página corta aparte, para cuando el sitio no puede responder una solicitud.
## fault
fault-title = { $heading } – Clear My Record Mississippi
fault-too_large_heading = Este formulario es demasiado grande
fault-too_large = Era más grande que cualquier página que manda este sitio.
fault-slow_heading = Esto tardó demasiado en llegar
fault-slow = Puede que su conexión esté lenta en este momento.
fault-busy_heading = El sitio está ocupado
fault-busy = Por favor, espere unos segundos.
fault-ours_heading = Algo salió mal
fault-ours = Es un error nuestro, no suyo.
fault-go_back = Sus respuestas todavía están en la página de donde vino: vuelva a ella e intente otra vez. Si esto sigue pasando,{" "}
fault-help_link = busque ayuda legal gratis

## Modo clínica: las páginas que usa el personal de una clínica de ayuda legal (no el sitio público).

clinic-title = { $title } – Clínica
clinic-brand = Clear My Record MS: Clínica
clinic-footer = Modo clínica. Los casos se guardan cifrados y se borran cuando termina el plazo de su evento.
clinic-nav_label = Clínica
clinic-nav_events = Eventos
clinic-nav_users = Cuentas
clinic-nav_audit = Registro de auditoría
clinic-nav_account = Segundo paso
clinic-signed_in_as = Entró como { $name }.
clinic-sign_out = Salir
clinic-back_home = Ir a los eventos de la clínica
clinic-forbidden_heading = No está abierto para su cuenta
clinic-forbidden = Su cuenta no puede abrir esta página. Si la necesita para su trabajo, pídala a quien creó las cuentas de la clínica.
clinic-stale_form_heading = Mande el formulario otra vez
clinic-stale_form = Este formulario es viejo o no vino de esta página. Regrese, vuelva a cargar la página y mándelo otra vez.
clinic-not_found_heading = No se encontró
clinic-not_found = Aquí no hay nada. Puede que se haya borrado al terminar su plazo.
clinic-fault_heading = La clínica no puede funcionar ahora
clinic-fault = No podemos llegar a los registros de la clínica. No se guardó nada de lo que escribió. Espere un minuto y vuelva a intentarlo.
clinic-sign_in_heading = Entrar
clinic-sign_in_lead = Esta parte del sitio es para el personal de la clínica.
clinic-username = Nombre de usuario
clinic-password = Contraseña
clinic-sign_in = Entrar
clinic-sign_in_missing = Escriba su nombre de usuario y su contraseña.
clinic-sign_in_wrong = El nombre de usuario o la contraseña no es correcto.
clinic-sign_in_locked = Demasiados intentos fallaron. Espere 15 minutos y vuelva a intentarlo.
clinic-code_heading = Escriba el código de su aplicación
clinic-code_label = Código
clinic-code_hint = Seis números de su aplicación de autenticación.
clinic-code_submit = Seguir
clinic-code_wrong = Ese código no es correcto o es muy viejo. Escriba el código que muestra su aplicación ahora.
clinic-enrol_heading = Configure el segundo paso
clinic-enrol_required = Su cuenta necesita un segundo paso para entrar. Configúrelo ahora.
clinic-enrol_replace = Ya tiene una aplicación configurada. Una nueva toma su lugar.
clinic-enrol_step_app = Abra una aplicación de autenticación en su teléfono.
clinic-enrol_step_scan = Escanee este código con la aplicación, o escriba en ella la clave de abajo.
clinic-enrol_qr_alt = Un código cuadrado para su aplicación de autenticación
clinic-enrol_secret = Clave:
clinic-enrol_step_code = Escriba el código que muestra la aplicación.
clinic-enrol_submit = Configurar
clinic-events_heading = Eventos
clinic-no_events = Todavía no hay eventos para su cuenta.
clinic-new_event_heading = Nuevo evento
clinic-event_name = Nombre del evento
clinic-event_name_error = Dé un nombre al evento (como máximo 120 letras).
clinic-event_date = Fecha del evento
clinic-event_date_error = Dé la fecha del evento.
clinic-event_county = Condado
clinic-event_county_error = Escriba el nombre de un condado de Mississippi, como Hinds o DeSoto.
clinic-event_retention = Días que se guardan sus casos después del evento
clinic-event_retention_error = Dé un número de días de 1 a 3650.
clinic-new_event_submit = Crear el evento
clinic-event_lead = { $date }, condado de { $county }. { $n ->
        [one] 1 caso.
       *[other] { $n } casos.
    } Los casos se borran { $days } días después del evento, salvo si están retenidos.
clinic-staff_heading = Personal en este evento
clinic-no_staff = Nadie todavía.
clinic-assign_label = Añadir a una persona
clinic-assign_submit = Añadir
clinic-matter_person = Persona
clinic-matter_status = Estado
clinic-no_name = (todavía sin nombre)
clinic-held = retenido
clinic-new_matter_heading = Nuevo caso
clinic-new_matter_name = Nombre completo de la persona
clinic-new_matter_name_error = Dé el nombre de la persona, o elija su archivo de respuestas guardadas.
clinic-new_matter_file = Archivo de respuestas guardadas (si lo tiene)
clinic-new_matter_file_hint = El archivo que guarda el sitio público. Llena sus respuestas.
clinic-new_matter_submit = Empezar el caso
clinic-file_too_large = El archivo es demasiado grande. No es un archivo de respuestas guardadas.
clinic-file_unreadable = No pudimos leer este archivo. No es un archivo de respuestas guardadas, o se cambió.
clinic-matter_birth = Fecha de nacimiento
clinic-charges_heading = Cargos
clinic-notes = Notas
clinic-notes_too_long = Las notas son demasiado largas. Use menos de 5000 letras.
clinic-save = Guardar
clinic-stale_save = Otra persona guardó este caso mientras usted lo tenía abierto. Sus cambios no se guardaron. Siguen abajo. Revise el caso y guarde otra vez.
clinic-back_to_event = Volver al evento
clinic-status_intake = Entrevista
clinic-status_needs_review = Necesita revisión
clinic-status_ready = Listo
clinic-status_papers_printed = Papeles impresos
clinic-status_filed = Presentado
clinic-status_granted = Concedido
clinic-status_denied = Negado
clinic-status_withdrawn = Retirado
clinic-hold_heading = Guardar después de la fecha de borrado
clinic-hold_on = Se guarda después de la fecha de borrado: { $reason }
clinic-hold_off = No se guarda más tiempo. Se borrará cuando termine el plazo del evento.
clinic-hold_reason = Por qué guardarlo más tiempo
clinic-hold_reason_error = Diga por qué hay que guardar el caso (como máximo 500 letras).
clinic-hold_place = Guardarlo más tiempo
clinic-hold_release = Dejar que se borre a tiempo
clinic-users_heading = Cuentas
clinic-display_name = Nombre completo
clinic-display_name_error = Dé el nombre de la persona (como máximo 120 letras).
clinic-role = Función
clinic-role_admin = Administrador
clinic-role_attorney = Abogado
clinic-role_volunteer = Voluntario
clinic-second_factor = Segundo paso configurado
clinic-bar_number = Número de colegiado (abogados)
clinic-bar_number_error = El número de colegiado es demasiado largo.
clinic-yes = Sí
clinic-no = No
clinic-new_user_heading = Nueva cuenta
clinic-new_password = Contraseña de la cuenta
clinic-password_short = Use al menos { $n } letras, números o signos.
clinic-password_long = La contraseña es demasiado larga.
clinic-username_error = Dé un nombre de usuario sin espacios (como máximo 60 letras).
clinic-username_taken = Otra cuenta tiene este nombre de usuario.
clinic-new_user_submit = Crear la cuenta
clinic-audit_heading = Registro de auditoría
clinic-audit_lead = Quién hizo qué, y cuándo. Nunca muestra los datos de una persona.
clinic-audit_when = Cuándo
clinic-audit_who = Quién
clinic-audit_what = Qué
clinic-audit_matter = Caso
clinic-audit_event = Evento
clinic-audit_older = Entradas más viejas
clinic-nav_queue = Revisión pendiente
clinic-intake_heading = Cuestionario
clinic-intake_lead = Repase las preguntas con la persona. Cada paso se guarda al seguir.
clinic-intake_start = Repase cada arresto, cargo o caso del historial de la persona, una pregunta a la vez. Cada paso se guarda en este asunto al seguir. Se guarda cifrado y se borra con los demás asuntos del evento cuando se cumple su plazo.
clinic-status_notes_heading = Estado y notas
clinic-intake_open = Empezar el cuestionario
clinic-intake_continue = Seguir con el cuestionario
clinic-intake_stale = Otra persona guardó este asunto mientras usted estaba en este paso, así que sus respuestas en él no se guardaron. Este es el paso como está guardado ahora. Revíselo y responda otra vez.
clinic-reopened = Las respuestas cambiaron después de que el abogado aprobó, y con ellas cambió un resultado. Un abogado tiene que revisarlo otra vez.
clinic-back_to_matter = Volver al asunto
clinic-rules_version = Revisado con las reglas de { $version }.
clinic-no_answers = El cuestionario no se ha empezado.
clinic-review_heading = Revisión de un abogado
clinic-review_not_needed = Por ahora no hace falta la revisión de un abogado.
clinic-review_waiting = Este asunto espera la revisión de un abogado. Sus papeles se pueden imprimir cuando un abogado lo apruebe.
clinic-review_signed = Aprobado por { $name }, número de colegiado { $bar }, el { $date }.
clinic-flag_on = Se pidió la revisión de un abogado: { $reason }
clinic-flag_label = ¿Por qué debe revisar este asunto un abogado?
clinic-flag_submit = Pedir la revisión de un abogado
clinic-flag_clear = Cerrar la petición de revisión
clinic-flag_error = Diga en pocas palabras por qué debe revisarlo un abogado (500 letras como máximo).
clinic-decision_legend = Cargo { $n }: { $name }
clinic-choice_file = Presentarlo si los papeles lo permiten
clinic-choice_hold = Esperar: no presentarlo ahora
clinic-choice_advise_against = Aconsejar a la persona que no lo presente
clinic-decision_reason = Motivo (necesario para esperar o aconsejar no presentarlo)
clinic-decision_reason_error = Dé un motivo para esperar o para aconsejar no presentar este cargo (500 letras como máximo).
clinic-decision_held = El abogado lo dejó en espera: { $reason }
clinic-decision_advised_against = El abogado aconsejó no presentarlo: { $reason }
clinic-sign_off_lead = Solo van en los papeles los cargos que, según las preguntas, se pueden borrar ahora. Para aclarar una respuesta dudosa, cámbiela primero en el cuestionario y después apruebe.
clinic-sign_off_bar = Su número de colegiado
clinic-sign_off_bar_error = Dé su número de colegiado para aprobar (30 letras como máximo).
clinic-sign_off_submit = Aprobar la revisión
clinic-papers_wait = Un abogado debe aprobar este asunto antes de imprimir sus papeles.
clinic-queue_heading = Revisión pendiente
clinic-queue_lead = Asuntos que esperan a un abogado, primero los que más llevan esperando.
clinic-queue_empty = Ningún asunto espera la revisión de un abogado.
clinic-queue_flagged = Se pidió revisión
clinic-queue_needed = Un cargo necesita a un abogado. El asunto muestra cuál y por qué.
clinic-queue_why = Por qué
clinic-next_page = Página siguiente
clinic-previous_page = Página anterior
clinic-pages_label = Páginas
clinic-entry_open = Escribir los cargos en una tabla
clinic-entry_heading = Escribir los cargos de un historial
clinic-entry_lead = Escriba un cargo en cada fila, como aparece en la verificación de antecedentes. Deje vacíos el tribunal, el condado o la ciudad para usar los de la fila de arriba. Deje vacías las fechas o "Arrestado por" para usar también los de arriba, pero solo en un cargo del mismo caso (el mismo número de caso, o ninguno). Después solo responde las preguntas que la tabla deja abiertas.
clinic-entry_dates = Escriba las fechas así: 3/14/2021 (mes/día/año). Si solo sabe el mes o el año, escriba 2021-03 o 2021.
clinic-entry_row_label = Fila
clinic-entry_row = Fila { $n }
clinic-entry_offence = Cargo
clinic-entry_statute = Sección del código
clinic-entry_level = Delito grave o menor
clinic-entry_court = Tribunal
clinic-entry_county = Condado
clinic-entry_city = Ciudad (solo tribunal municipal)
clinic-entry_case_number = Número de caso
clinic-entry_arrest_date = Fecha del arresto
clinic-entry_agency = Arrestado por
clinic-entry_outcome = Cómo terminó
clinic-entry_disposition_date = Fecha en que terminó
clinic-entry_blank = (no se dio)
clinic-entry_more = Agregar más filas
clinic-entry_submit = Guardar y seguir
clinic-entry_errors = Hay filas que corregir, así que no se guardó nada. Cada problema aparece junto a su casilla.
clinic-entry_none = Escriba al menos un cargo.
clinic-entry_stale = Otra persona guardó este asunto mientras usted escribía, así que la tabla no se guardó. Sus filas siguen aquí. Compárelas con el asunto y guarde otra vez.
clinic-import_open = Importar una lista
clinic-import_heading = Importar personas y cargos
clinic-import_lead = Suba un archivo CSV guardado desde una hoja de cálculo, las mismas filas en JSON, o archivos de respuestas guardadas del sitio público. Puede elegir varios archivos a la vez. Si algún archivo tiene un problema, no se importa nada, y se muestran todos los problemas.
clinic-import_template = Descargar la plantilla CSV
clinic-import_columns_heading = Las columnas
clinic-import_columns_lead = Cada fila lleva un cargo. Las filas con el mismo "person" son una persona. Escriba los datos de la persona en una de sus filas; si los repite, deben ser iguales. Las columnas pueden ir en cualquier orden, y las vacías se pueden quitar. Una importación JSON es una lista de objetos con estos nombres.
clinic-import_column = Columna
clinic-import_means = Qué escribir
clinic-import_values = Use uno de estos: { $values }.
clinic-import_col_person = Una etiqueta corta, igual en todas las filas de una persona, como 1, 2, 3.
clinic-import_col_full_name = El nombre completo de la persona, como debe salir en los papeles del tribunal. Se necesita una vez por persona.
clinic-import_col_other_names = Otros nombres que la persona ha usado, como el de soltera. Ponga punto y coma (;) entre los nombres.
clinic-import_col_date_of_birth = Fecha de nacimiento, como 3/14/1990.
clinic-import_col_address = Dirección postal.
clinic-import_col_phone = Número de teléfono.
clinic-import_col_email = Correo electrónico.
clinic-import_col_offence = El cargo, como lo nombra el historial, por ejemplo petit larceny.
clinic-import_col_code_section = La sección del código, como 97-17-43, si el historial la da.
clinic-import_col_level = Delito grave (felony) o menor (misdemeanor).
clinic-import_col_court = El tipo de tribunal que tuvo el caso.
clinic-import_col_county = El condado del tribunal, como Hinds.
clinic-import_col_city = Para un tribunal municipal, la ciudad.
clinic-import_col_case_number = El número de caso del tribunal.
clinic-import_col_arrest_date = La fecha del arresto, como 3/14/2021, o 2021-03, o 2021.
clinic-import_col_arrested_by = El departamento de policía o la oficina del alguacil que hizo el arresto.
clinic-import_col_outcome = Cómo terminó el caso.
clinic-import_col_disposition_date = La fecha en que terminó el caso, como 3/14/2021.
clinic-import_files = Archivos para importar
clinic-import_files_hint = Archivos CSV o JSON, hasta 8 MB en total.
clinic-import_submit = Importar
clinic-import_failed_heading = No se importó nada
clinic-import_failed_lead = Corrija estos problemas en los archivos y vuelva a importarlos.
clinic-import_file = Archivo
clinic-import_row = Fila
clinic-import_problem = Problema
clinic-import_none = Elija al menos un archivo.
clinic-import_too_large = Los archivos son demasiado grandes. Importe como máximo 8 MB a la vez.
clinic-import_not_text = Este archivo no está guardado como texto. En su hoja de cálculo, guárdelo como "CSV UTF-8" y vuelva a importarlo.
clinic-import_unknown_file = Esto no es un archivo CSV, una importación JSON ni un archivo de respuestas guardadas.
clinic-import_bad_line = Esta línea no se puede leer. Busque comillas sueltas o una coma de más.
clinic-import_unknown_column = Esta columna no es una que la importación conozca. Compare su nombre con la plantilla.
clinic-import_repeated_column = Esta columna aparece dos veces.
clinic-import_no_person_column = El archivo necesita una columna "person", para decir qué filas son de la misma persona.
clinic-import_person_missing = Diga de qué persona es esta fila, en la columna "person".
clinic-import_differs = Esto es distinto de lo que dice la fila { $n } para la misma persona.
clinic-import_too_many_charges = Una persona puede tener como máximo { $n } cargos.
clinic-import_too_many_people = Una importación puede tener como máximo { $n } personas. Divida la lista en archivos más pequeños.
clinic-import_json_row = Cada fila de una importación JSON debe ser un objeto de nombres de columna y valores.
clinic-import_json_value = Esto debe ser texto o un número.
clinic-import_empty = Este archivo no tiene filas para importar.
clinic-import_name_missing = Escriba el nombre completo de esta persona en una de sus filas. Los papeles del tribunal lo necesitan.

# Recordatorios (issue 14, parte 7): las personas cuyos cargos se podrán borrar pronto.
# El archivo de calendario y el correo los lee la persona, y quizá otros que ven su
# teléfono: nunca nombran un cargo, un delito, un tribunal ni un caso.
clinic-nav_reminders = Recordatorios
clinic-reminders_heading = Recordatorios
clinic-reminders_lead = Estas personas tienen un cargo que se podrá borrar desde una fecha que aún no llega, o desde una fecha que ya llegó después de imprimir sus papeles. Dé a cada persona un archivo de calendario, o envíele un correo. Ninguno de los dos nombra el cargo.
clinic-reminders_days = Días por delante
clinic-reminders_days_error = Dé un número de días del 1 al 366.
clinic-reminders_show = Mostrar
clinic-reminders_come_heading = La fecha ya llegó
clinic-reminders_come_lead = Sus papeles no se imprimieron en esta fecha ni después.
clinic-reminders_coming_heading = { $n ->
        [one] En el próximo día
       *[other] En los próximos { $n } días
    }
clinic-reminders_none = Nadie.
clinic-reminders_date = Fecha
clinic-reminders_person = Persona
clinic-reminders_event = Evento
clinic-reminders_reminder = Recordatorio
clinic-reminders_sent = Correo enviado el { $date }
clinic-reminders_not_sent = Aún no se envió un correo
clinic-reminders_calendar = Archivo de calendario
clinic-reminders_mail = Enviar correo
clinic-reminders_mail_off = El correo no está configurado en este servidor, así que no se puede enviar un correo desde aquí. Dé a cada persona su archivo de calendario, o llámela. Quien maneja el servidor puede configurar el correo.
clinic-reminders_more = Solo se muestran los primeros { $n }.
clinic-reminders_mail_done = Se envió el correo a { $name }.
clinic-reminders_mail_twice = Ya se envió un correo a { $name } para esta fecha. No se envió nada más.
clinic-reminders_no_address = No hay correo electrónico. Dele el archivo de calendario, o llámela.
clinic-reminders_mail_no_address = No hay correo electrónico de { $name }. Dele el archivo de calendario, o llámela.
clinic-reminders_bad_address = No podemos enviar al correo de { $name }. Revíselo en el cuestionario y vuelva a intentarlo.
clinic-reminders_mail_failed = No se pudo enviar el correo a { $name }, así que no se envió nada. Vuelva a intentarlo más tarde, o llame a la persona.
clinic-reminders_no_date = Esta persona no tiene ahora una fecha para un recordatorio.
clinic-reminder_contact = la clínica que le ayudó
clinic-reminder_calendar = Desde el { $date }, quizá pueda pedir a un tribunal que borre un antecedente. Esto no es asesoría legal. Antes de presentar la petición, comuníquese con { $clinic }.
clinic-reminder_mail_subject = Una fecha para borrar un antecedente
clinic-reminder_mail_coming =
    Hola:

    Desde el { $date }, quizá pueda pedir a un tribunal que borre un antecedente.

    Esto no es asesoría legal. Sus respuestas o la ley pueden cambiar. Antes de presentar la petición, comuníquese con { $clinic }. Podemos ayudarle con el siguiente paso.
clinic-reminder_mail_come =
    Hola:

    Desde el { $date }, quizá pueda pedir a un tribunal que borre un antecedente.

    Esto no es asesoría legal. Sus respuestas o la ley pueden cambiar. Antes de presentar la petición, comuníquese con { $clinic }. Podemos ayudarle con el siguiente paso.
# Papeles en lote (issue 14, parte 3): la portada impresa y la lista de cada pila (en
# inglés en el papel, como los papeles del tribunal), el formulario de la página del
# evento y la página del trabajo de impresión.
clinic-cover_title = Portada
clinic-cover_name = Papeles de { $name }
clinic-cover_event = Clínica: { $event }. Preparados el { $date }.
clinic-cover_court = Para { $court }
clinic-cover_contents = Qué hay en este paquete
clinic-cover_instructions = Cómo presentar: las instrucciones, para que { $name } las guarde
clinic-cover_petition = La petición: { $cases }
clinic-cover_no_case_number = sin número de caso
clinic-cover_order = La orden propuesta, para que la firme el juez
clinic-cover_identification = La hoja de identificación: llénela a mano. El secretario la deja fuera del expediente público.
clinic-cover_pauper = La declaración de pobreza: una declaración jurada de que la persona no puede pagar la tarifa
clinic-cover_other_courts = { $name } también tiene papeles para { $courts }. { $n ->
    [one] Están en la pila de ese tribunal, detrás de su propia portada.
   *[other] Están en las pilas de esos tribunales, cada uno detrás de su propia portada.
}
clinic-cover_where = Dónde y cuándo presentarlos
clinic-cover_where_text = En la oficina del secretario de { $court }, lo antes posible. Llame antes y pregunte cómo reciben las peticiones de borrado. Los papeles tienen fecha del { $date }.
clinic-cover_where_each = En la oficina del secretario de cada tribunal de arriba, lo antes posible. Llame antes y pregunte cómo reciben las peticiones de borrado. Los papeles tienen fecha del { $date }.
clinic-cover_bring = Qué llevar
clinic-cover_bring_id = Una identificación con foto, como la licencia de conducir o una tarjeta de identificación del estado.
clinic-cover_bring_pauper = Si no puede pagar: la declaración de pobreza de este paquete, firmada ante un notario. Pregunte antes al secretario si el tribunal la acepta.
clinic-cover_bring_copies = Los papeles para presentar, y dos copias de cada uno: una para el fiscal y otra para que usted la guarde.
clinic-cover_left_out = Algunos cargos no están en estos papeles. Las instrucciones dicen por qué, y desde cuándo se pueden presentar.
clinic-cover_filed_on = Presentados el
clinic-cover_filed_by = Presentados por
clinic-cover_page = Portada, página { $n } de { $total }
clinic-cover_stack_title = Pila para { $court }
clinic-cover_stack_lead = { $n ->
    [one] Papeles de 1 persona, detrás de una portada:
   *[other] Papeles de { $n } personas, cada una detrás de una portada, en este orden:
}
clinic-cover_stack_item = { $name }: { $cases }
clinic-cover_stack_page = Lista de la pila, página { $n } de { $total }
clinic-batch_heading = Imprimir los papeles de este evento
clinic-batch_lead = Un trabajo de impresión hace una portada y los papeles de cada persona, en una pila por tribunal, y un archivo zip con un PDF por persona. Quien todavía no puede tener sus papeles queda fuera y aparece en una lista, con la razón.
clinic-batch_everyone = Todas las personas cuyos papeles no se han impreso
clinic-batch_ticked = Solo las personas marcadas en la lista de arriba
clinic-batch_tick = Imprimir
clinic-batch_tick_label = Imprimir los papeles de { $name }
clinic-batch_submit = Imprimir papeles
clinic-batch_none_ticked = Marque al menos a una persona en la lista, o elija a todas.
clinic-batch_none_waiting = Nadie en este evento espera sus papeles. Para imprimir otra vez los papeles de alguien, márquelo en la lista.
clinic-batch_busy_heading = Se están haciendo los papeles
clinic-batch_busy = Los papeles de este evento se están haciendo ahora. Cuando estén listos, puede empezar otro trabajo de impresión.
clinic-batch_open = Ver el trabajo de impresión
clinic-batch_jobs = Trabajos de impresión (se guardan 24 horas)
clinic-batch_job_running = Empezado { $time }: en curso, { $done } de { $total } personas listas
clinic-batch_job_done = Empezado { $time }: listo, { $total } personas
clinic-batch_job_failed = Empezado { $time }: se detuvo
clinic-batch_title = Papeles de { $event }
clinic-batch_running = Haciendo los papeles: { $done } de { $total } personas listas. Esta página se actualiza sola cada pocos segundos. Puede irse y volver.
clinic-batch_done = { $n ->
    [one] Listo: papeles de 1 persona.
   *[other] Listo: papeles de { $n } personas.
}
clinic-batch_failed = No se pudieron hacer los papeles, así que no se imprimió nada. Empiece otro trabajo de impresión desde la página del evento.
clinic-batch_stack = Todos los papeles, ordenados por tribunal (PDF)
clinic-batch_zip = Un PDF por persona (archivo zip)
clinic-batch_kept = Estos archivos se borran 24 horas después de empezar el trabajo de impresión.
clinic-batch_left_out = Quedaron fuera
clinic-batch_left_out_lead = Los papeles de estas personas no se imprimieron:
clinic-batch_none_left_out = Nadie quedó fuera.
clinic-batch_why_review = Un abogado debe aprobar este asunto antes.
clinic-batch_why_missing = Todavía faltan respuestas a las preguntas de los papeles.
clinic-batch_why_nothing = Ningún cargo se puede presentar ahora.
clinic-batch_why_failed = No se pudieron hacer los papeles. Es un error nuestro; por favor, avísenos.
clinic-batch_why_gone = El asunto se borró.

## Tracking (issue 14, parts 4-6): what the court did, the tracking sheet, statistics.
clinic-outcomes_heading = Lo que hizo el tribunal
clinic-outcomes_lead = Para cada petición presentada, anote lo que hizo el tribunal. El estado del asunto sigue lo que guarde aquí.
clinic-outcomes_none = Todavía no hay papeles que presentar, así que no hay nada que anotar.
clinic-outcome_charges = Cargos: { $charges }
clinic-outcome_filed_on = Presentada el
clinic-outcome_hearing_on = Audiencia el
clinic-outcome_granted_on = Concedida el
clinic-outcome_denied_on = Negada el
clinic-outcome_denied_reason = Por qué el tribunal la negó
clinic-outcome_denied_reason_hint = Si la orden no da una razón, escríbalo.
clinic-outcome_withdrawn_on = Retirada el
clinic-outcome_save = Guardar lo que hizo el tribunal
clinic-outcome_errors = Hay respuestas que corregir. Mire los campos marcados abajo.
clinic-outcome_gone = Los papeles de este asunto cambiaron desde que abrió la página. Revíselos y guarde de nuevo.
clinic-outcome_date_error = Escriba la fecha así: 2026-11-28.
clinic-outcome_future_error = Este día todavía no ha llegado.
clinic-outcome_needs_filed_error = Escriba primero el día en que se presentó.
clinic-outcome_before_filed_error = Este día es anterior al día en que se presentó.
clinic-outcome_both_error = Una petición se concede o se niega, no las dos cosas.
clinic-outcome_reason_error = Escriba por qué el tribunal la negó, en 500 letras o menos.
clinic-outcome_reason_needs_denial = Escriba el día en que el tribunal la negó, o deje la razón vacía.
clinic-export_heading = Hoja de seguimiento
clinic-export_lead = Obtenga todos los asuntos de este evento, una fila por cargo, para cargarlos en un sistema de casos. Cada vez que la obtiene, el registro de auditoría lo anota.
clinic-export_lead_admin = Obtenga todos los asuntos de este evento, una fila por cargo, sin nombres, fechas de nacimiento, números de caso ni cargos. Cada vez que la obtiene, el registro de auditoría lo anota.
clinic-export_csv = Obtenerla en CSV (para una hoja de cálculo)
clinic-export_json = Obtenerla en JSON
clinic-nav_statistics = Cifras
clinic-stats_heading = Cifras para los financiadores
clinic-stats_lead = Son solo cuentas, sin nombres. No cambian cuando se borran los asuntos.
clinic-stats_period = Del { $from } al { $to }
clinic-stats_from = Desde
clinic-stats_to = Hasta
clinic-stats_show = Mostrar
clinic-stats_date_error = Escriba la fecha así: 2026-11-28.
clinic-stats_order_error = El primer día no puede ser posterior al último.
clinic-stats_totals = En total
clinic-stats_people = Personas atendidas
clinic-stats_charges = Cargos revisados
clinic-stats_filed = Peticiones presentadas
clinic-stats_granted = Peticiones concedidas
clinic-stats_denied = Peticiones negadas
clinic-stats_withdrawn = Peticiones retiradas
clinic-stats_by_outcome = Cargos según el resultado
clinic-stats_by_route = Cargos según la ley que puede borrarlos
clinic-stats_by_county = Cargos por condado
clinic-stats_by_court = Cargos por tribunal
clinic-stats_by_event = Personas por evento
clinic-stats_chart_desc = Una barra por línea: { $charges }.
clinic-stats_column_what = Qué
clinic-stats_column_number = Número
clinic-stats_none = No se contó nada en estos días.
clinic-stats_download = Obtener estas cifras en CSV
clinic-result_eligible = Puede presentar ahora
clinic-result_eligible_after = Puede presentar más adelante
clinic-result_not_eligible = No se puede borrar ahora
clinic-result_needs_attorney_review = Un abogado debe revisarlo
clinic-result_needs_more_information = Faltan respuestas
clinic-result_not_assessed = Sin revisar todavía
clinic-not_given = Sin dato
clinic-no_route = Aún no se encontró una ley
clinic-import_col_pending_charges = ¿Tiene la persona algún cargo todavía abierto, en cualquier tribunal?
clinic-import_col_other_convictions = ¿Tiene la persona alguna condena que no está en la lista, en cualquier tribunal o estado? Las multas de tránsito no cuentan.
clinic-import_col_prior_misdemeanor_expunction = ¿Un tribunal ya borró antes uno de sus delitos menores?
clinic-import_col_prior_felony_expunction = ¿Un tribunal ya borró antes uno de sus delitos graves?
clinic-import_too_many_rows = Un archivo puede tener como máximo { $n } filas. Divida la lista en archivos más pequeños.
clinic-entry_carried = Esta casilla estaba vacía, así que tomó “{ $values }” de la fila de arriba.
clinic-intake_person_lead = Los documentos necesitan el nombre de la persona y una forma en que el tribunal pueda comunicarse con ella. Lo que escriba se guarda en este asunto, cifrado, y se imprime en sus documentos.
clinic-intake_unfit = Algunas respuestas no concuerdan. Este paso no se guardó. { $problem } Corríjalas en la tabla de cargos o en la pantalla que las pregunta.
clinic-outcomes_keep_charges = Hay un resultado del tribunal registrado en este asunto, así que no se puede quitar ningún cargo: los resultados se guardan según el lugar de cada cargo en la lista. Para cambiar los cargos, primero borre los resultados en la página del asunto.
clinic-import_already_in = { $name } ya está en este evento, o dos veces en estos archivos. Importe a cada persona una sola vez. Para agregar cargos a alguien que ya está aquí, abra su asunto.
clinic-import_done_notice = { $n ->
    [one] Se importó 1 persona. Está en la lista de abajo, con lo que necesita después.
   *[other] Se importaron { $n } personas. Están en la lista de abajo, con lo que necesitan después.
}
clinic-status_help = El estado sigue la revisión del abogado, los documentos impresos y lo que hizo el tribunal. Elija "Retirado" si la persona no sigue adelante.
clinic-status_by_hand = El estado sigue la revisión del abogado, los documentos impresos y lo que hizo el tribunal. Solo puede marcar el asunto como retirado, o hacer volver un asunto retirado.
clinic-batch_why_questions = Las preguntas no están terminadas: algunos cargos necesitan más respuestas antes de poder revisarlos.
clinic-papers_questions_open = Las preguntas no están terminadas: algunos cargos necesitan más respuestas antes de poder revisarlos. Siga primero con las preguntas.
clinic-event_date_past = Con esta fecha, los asuntos del evento se borrarían de inmediato: han pasado más de { $n } días desde ella. Revise el año.
clinic-event_date_far = Esta fecha está a más de un año. Revise el año.
clinic-entry_date_error = Escriba una fecha real, como 3/14/2021, o solo el mes (2021-03) o el año (2021).
clinic-entry_county_error = Escriba el nombre de un condado de Mississippi, como Hinds o DeSoto.
clinic-bar_number_needed = Escriba el número de colegiado del abogado. Se imprime con su aprobación.
clinic-bar_number_not_attorney = Solo la cuenta de un abogado tiene número de colegiado. Déjelo vacío o elija el rol de abogado.
