# Las palabras de los archivos de reglas, en español. Traducción de `expunge-ms texts`; el inglés está en rules/ms/.
#
# GLOSARIO (se usa igual en rules.ftl y site.ftl)
#   expungement ............ "expungement (borrar un antecedente)" la primera vez en una página; después, el verbo "borrar"
#   expunge ................ borrar
#   expungement order ...... orden para borrar (order of expungement)
#   record ................. antecedente (un caso en su historial); registro (lo que guarda una oficina)
#   criminal record ........ antecedentes penales
#   driving record ......... historial de manejo (driving record)
#   petition ............... petición
#   order / proposed order . orden / orden propuesta (proposed order)
#   file (a petition) ...... presentar (la petición)
#   court clerk / clerk .... secretario del tribunal (court clerk) / el secretario
#   circuit court .......... tribunal de circuito (Circuit Court)
#   county court ........... tribunal del condado (County Court)
#   justice court .......... tribunal de juez de paz (Justice Court)
#   municipal court ........ tribunal municipal (Municipal Court)
#   youth court ............ tribunal de menores (Youth Court)
#   felony ................. delito grave (felony)
#   misdemeanor ............ delito menor (misdemeanor)
#   crime of violence ...... delito violento (crime of violence)
#   traffic offense ........ infracción de tránsito
#   DUI .................... DUI (manejar bajo la influencia)
#   conviction / convicted . condena / recibir una condena
#   charge ................. cargo; charged = le presentaron cargos
#   dismissed .............. desestimado (el juez cerró el caso sin condena)
#   dropped ................ retirado (el fiscal retiró el cargo)
#   nolle prosequi ......... nolle prosequi (el fiscal retiró el cargo)
#   no bill ................ "no bill" (el gran jurado decidió no presentar una acusación formal)
#   indictment / indict .... acusación formal (indictment) / presentar una acusación formal
#   grand jury ............. gran jurado
#   no disposition ......... sin resultado final ("no disposition")
#   passed to the file ..... "passed to the file" (archivado sin resultado final)
#   nonadjudication ........ no adjudicación (nonadjudication)
#   pretrial intervention .. intervención antes del juicio (pretrial intervention)
#   intervention court ..... tribunal de intervención (intervention court); drug court = tribunal de drogas (drug court)
#   conditional discharge .. conditional discharge (libertad a prueba sin condena)
#   first offender ......... infractor por primera vez (first offender)
#   sentence ............... sentencia; sentencing order = orden de sentencia (sentencing order)
#   probation / parole ..... libertad a prueba (probation) / libertad condicional (parole)
#   post-release supervision  supervisión después de salir de prisión (post-release supervision)
#   fines and court costs .. multas y costos del tribunal (court costs)
#   fee / filing fee ....... cuota / cuota de presentación (filing fee)
#   pauper's affidavit ..... declaración de pobreza (pauper's affidavit)
#   zero-balance sheet ..... hoja de saldo cero (zero-balance sheet)
#   hearing / open court ... audiencia / audiencia pública (open court)
#   prosecutor ............. fiscal; district attorney = fiscal de distrito (District Attorney)
#   county prosecuting attorney  fiscal del condado (county prosecuting attorney)
#   city prosecutor ........ fiscal de la ciudad (city prosecutor)
#   public defender ........ defensor público (public defender)
#   legal aid .............. ayuda legal gratuita (legal aid)
#   background check ....... revisión de antecedentes (background check)
#   code section ........... sección del código (code section)
#   charging paper ......... el papel de los cargos (charging paper)
#   certified copy ......... copia certificada
#   certificate of service . certificado de entrega (certificate of service)
#   notary ................. notario público (notary public). En EE. UU. no es abogado: se explica una vez, en papers-instructions-where
#   rehabilitated .......... rehabilitado; "que usted se ha rehabilitado"
#   human trafficking ...... trata de personas (human trafficking)
#   waiting period ......... tiempo de espera
#   "It is not settled" .... "No está claro" (ni la ley ni los tribunales lo han decidido)
#   "I'm not sure" ......... No sé
# Nombres de leyes (Miss. Code Ann. § …), de organizaciones, de oficinas del estado y
# de delitos tal como salen en los papeles del tribunal se dejan en inglés, a veces
# entre paréntesis.

## rulebook.toml
rulebook-disclaimer = Esto no es asesoría legal. Es una revisión basada en sus respuestas y en la ley de Mississippi, según la entendemos. El tribunal decide cada petición. Ayuda gratis: Mississippi Volunteer Lawyers Project, Mississippi Center for Justice y el servicio de referencia de abogados del Mississippi Bar (lawyer referral service).
rulebook-review_status = Escribimos estas reglas con nuestra propia investigación de la ley de Mississippi. Todavía ningún abogado de Mississippi las ha revisado. Los puntos marcados con "falta revisarlo" se basan en fuentes secundarias sobre una reforma de 2026 (HB 1546), y no hemos leído su texto final.
rulebook-words-date = { $day } de { $month } de { $year }
rulebook-words-month_year = { $month } de { $year }
rulebook-words-on_day = el { $date }
rulebook-words-in_month = en { $date }
rulebook-words-in_year = en { $date }
rulebook-words-months-1 = enero
rulebook-words-months-2 = febrero
rulebook-words-months-3 = marzo
rulebook-words-months-4 = abril
rulebook-words-months-5 = mayo
rulebook-words-months-6 = junio
rulebook-words-months-7 = julio
rulebook-words-months-8 = agosto
rulebook-words-months-9 = septiembre
rulebook-words-months-10 = octubre
rulebook-words-months-11 = noviembre
rulebook-words-months-12 = diciembre
rulebook-words-eligible = Quizás pueda pedirle al tribunal que borre esto ahora.
rulebook-words-eligible_judge = Quizás pueda pedirle al tribunal que borre esto ahora. El juez decide.
rulebook-words-eligible_after = Quizás pueda pedirle al tribunal que borre esto a partir del { $date }.
rulebook-words-not_eligible = La ley de Mississippi no permite borrar esto ahora.
rulebook-words-lawyer = Hable con un abogado sobre este caso.
rulebook-words-more = Necesitamos algunas respuestas más sobre este caso.
rulebook-words-this_crime = Este delito
rulebook-words-county_court = el tribunal del condado (County Court)
rulebook-words-circuit_court = el tribunal de circuito (Circuit Court)
rulebook-words-underage_event = usted terminó su sentencia y pagó su multa
rulebook-words-another_state = otro estado
rulebook-words-felony = delito grave (felony)
rulebook-words-misdemeanor = delito menor (misdemeanor)
rulebook-words-covers_from = Estas reglas dan respuestas para fechas de presentación desde el { $date }.
rulebook-words-latest = Escoja una fecha de presentación del { $date } o antes.
rulebook-words-and = y

## parameters.toml
parameters-felony_waiting_years-description = Años que deben pasar, después de cumplir todas las partes de una sentencia por delito grave, antes de que se pueda borrar la condena.
parameters-dui_waiting_years-description = Años que deben pasar, después de cumplir todas las partes de la sentencia por un primer DUI, antes de que se pueda borrar la condena.
parameters-misdemeanor_arrest_uncharged_months-description = Meses que deben pasar después de un arresto por delito menor, sin cargos formales, antes de que se pueda borrar el arresto.
parameters-underage_alcohol_waiting_years-description = Años que deben pasar después de la desestimación, o después de cumplir la sentencia y pagar la multa, antes de que se pueda borrar un cargo de alcohol de menores de 21 años.
parameters-good_conduct_years-description = Años de buena conducta desde la última condena en cualquier tribunal, antes de que un tribunal de juez de paz o un tribunal municipal pueda borrar más de un delito menor.
parameters-felony_notice_days-description = Días de aviso por escrito al fiscal de distrito (district attorney) antes de cualquier audiencia sobre una petición por delito grave.
parameters-felony_never_indicted_review_years-description = Años después de un arresto por delito grave sin acusación formal (indictment) en los que, en muchos casos, el Estado todavía puede presentar la acusación: si la petición se presenta antes, la revisa un abogado.
parameters-dui_bac_limit_percent-description = Un primer DUI solo se puede borrar si la prueba de alcohol en la sangre o en el aliento, si hubo una, dio menos de este porcentaje.
parameters-filing_fee-description = La cuota de presentación (filing fee) que cobra el secretario del tribunal de circuito por cada petición para borrar un delito bajo § 99-19-71, y cómo se reparte.
parameters-filing_fee-periods-1-value-shares-1-to = el fondo para el funcionamiento del sistema judicial (Judicial System Operation Fund)
parameters-filing_fee-periods-1-value-shares-2-to = el fondo para el funcionamiento de las fiscalías de distrito (District Attorneys Operation Fund)
parameters-filing_fee-periods-1-value-shares-3-to = el secretario del tribunal de circuito, para la administración

## exclusions.toml
exclusions-exclusion-crime_of_violence-explanation = La ley llama a este delito un "delito violento" ("crime of violence"). Mississippi no permite borrar un delito violento.
exclusions-exclusion-crime_of_violence-name = un delito violento (crime of violence)
exclusions-exclusion-arson_first_degree-explanation = El incendio provocado en primer grado (first-degree arson: prenderle fuego a una casa u otra vivienda) no se puede borrar en Mississippi.
exclusions-exclusion-arson_first_degree-name = incendio provocado en primer grado (first-degree arson)
exclusions-exclusion-drug_trafficking-explanation = El tráfico de drogas (grandes cantidades de una sustancia controlada) no se puede borrar en Mississippi.
exclusions-exclusion-drug_trafficking-name = tráfico de sustancias controladas (trafficking in controlled substances)
exclusions-exclusion-felony_dui-explanation = Un DUI que es delito grave (felony DUI: un tercer, cuarto o posterior DUI) no se puede borrar en Mississippi.
exclusions-exclusion-felony_dui-name = un tercer, cuarto o posterior DUI
exclusions-exclusion-felon_in_possession-explanation = Tener un arma de fuego después de una condena por delito grave no se puede borrar en Mississippi. Un "certificado de rehabilitación" (certificate of rehabilitation) aparte, bajo § 97-37-5(3), puede devolverle el derecho a tener armas, pero eso no borra el antecedente.
exclusions-exclusion-felon_in_possession-name = posesión de un arma de fuego por una persona con condena por delito grave (possession of a firearm by a convicted felon)
exclusions-exclusion-sex_offender_registration-explanation = No registrarse como agresor sexual (sex offender) no se puede borrar en Mississippi.
exclusions-exclusion-sex_offender_registration-name = no registrarse como agresor sexual (failure to register as a sex offender)
exclusions-exclusion-voyeurism-explanation = El voyerismo que es delito grave (felony voyeurism: espiar a alguien en un lugar privado) no se puede borrar en Mississippi.
exclusions-exclusion-voyeurism-name = voyerismo (voyeurism)
exclusions-exclusion-witness_intimidation-explanation = Intimidar a un testigo no se puede borrar en Mississippi.
exclusions-exclusion-witness_intimidation-name = intimidación de un testigo (witness intimidation)
exclusions-exclusion-vulnerable_person_abuse-explanation = El abuso, el descuido o la explotación de una persona vulnerable no se puede borrar en Mississippi.
exclusions-exclusion-vulnerable_person_abuse-name = abuso, descuido o explotación de una persona vulnerable (abuse, neglect or exploitation of a vulnerable person)
exclusions-exclusion-embezzlement-explanation = La malversación (embezzlement: quedarse con dinero o bienes que le confiaron) no se puede borrar en Mississippi.
exclusions-exclusion-embezzlement-name = malversación (embezzlement)
exclusions-exclusion-procuring_prostitution-explanation = Desde el 1 de julio de 2026, conseguir personas para la prostitución, cuando es delito grave (felony procuring prostitution), no se puede borrar en Mississippi.
exclusions-exclusion-procuring_prostitution-name = conseguir personas para la prostitución, como delito grave (felony procuring prostitution)
exclusions-exclusion-promoting_prostitution-explanation = Desde el 1 de julio de 2026, promover la prostitución (promoting prostitution) no se puede borrar en Mississippi.
exclusions-exclusion-promoting_prostitution-name = promover la prostitución (promoting prostitution)

## crimes_of_violence.toml
crimes_of_violence-item-a-name = DUI agravado, que causó una muerte o una lesión grave (aggravated DUI)
crimes_of_violence-item-b-name = asesinato o intento de asesinato (murder or attempted murder)
crimes_of_violence-item-c-name = agresión agravada (aggravated assault)
crimes_of_violence-item-d-name = homicidio sin premeditación (manslaughter)
crimes_of_violence-item-e-name = matar a un niño por nacer (killing of an unborn child)
crimes_of_violence-item-f-name = secuestro (kidnapping)
crimes_of_violence-item-g-name = trata de personas (human trafficking)
crimes_of_violence-item-h-name = envenenamiento (poisoning)
crimes_of_violence-item-i-name = violación (rape)
crimes_of_violence-item-j-name = robo con violencia o amenaza (robbery)
crimes_of_violence-item-k-name = agresión sexual (sexual battery)
crimes_of_violence-item-l-name = disparar o lanzar una bomba desde un vehículo (drive-by shooting or drive-by bombing)
crimes_of_violence-item-m-name = robo de un vehículo con violencia (carjacking)
crimes_of_violence-item-n-name = descuido, abuso o agresión grave a un niño (felonious neglect, abuse or battery of a child)
crimes_of_violence-item-o-name = entrar sin permiso a una vivienda para cometer un delito (burglary of a dwelling)
crimes_of_violence-item-p-name = uso de explosivos o de armas de destrucción masiva (use of explosives or weapons of mass destruction)
crimes_of_violence-item-q-name = relaciones sexuales con un menor de edad (statutory rape)
crimes_of_violence-item-r-name = explotación de un niño (exploitation of a child)
crimes_of_violence-item-s-name = tocar a un menor con fines sexuales (gratification of lust)
crimes_of_violence-item-t-name = disparar contra una vivienda (shooting into a dwelling)

## routes.toml
routes-fee-none_stated-explain = La ley no fija ninguna cuota para este tipo de petición, pero el secretario del tribunal (court clerk) puede cobrar por presentarla, por copias o por certificaciones. Pregúntele al secretario cuánto debe pagar antes de presentar la petición.
routes-fee-statutory-explain = La ley fija una cuota de presentación (filing fee) de ${ $amount } para esta petición (§ 99-19-72). El secretario también puede cobrar por copias y por copias certificadas. Si no puede pagar, pregúntele al secretario si puede presentar una declaración de pobreza (pauper's affidavit); la ley no dice nada sobre esto.
routes-fee-unclear-explain = La cuota de presentación de ${ $amount } que fija la ley es para las peticiones bajo § 99-19-71. No está claro si se cobra en un caso que terminó sin condena. Pregúntele al secretario cuánto debe pagar antes de presentar la petición. Si no puede pagar, pregunte por una declaración de pobreza (pauper's affidavit).
routes-fee-unclear_court-explain = La ley fija una cuota de ${ $amount } para las peticiones bajo § 99-19-71 y dice que la cobra el secretario del tribunal de circuito (circuit clerk) (§ 99-19-72). No está claro si la cobra un tribunal del condado, un tribunal de juez de paz o un tribunal municipal. Pregúntele al secretario cuánto debe pagar antes de presentar la petición. Si no puede pagar, pregunte por una declaración de pobreza (pauper's affidavit).
routes-notice-copy_by_practice-explain = La ley no fija un plazo para avisar sobre esta petición. Los secretarios esperan que usted envíe por correo o entregue una copia de su petición y de la orden propuesta a { $prosecutor }.
routes-notice-felony_da-explain = Usted debe darle aviso por escrito de su petición a { $prosecutor } por lo menos { $days } días antes de cualquier audiencia.
routes-notice-prior_notice-explain = Usted debe darle aviso a { $prosecutor } antes de la audiencia. En la audiencia, usted le demuestra al juez, en audiencia pública (open court), que ha cambiado su vida.
routes-route-non_conviction-explanation = Si usted tuvo un arresto y después quedó libre, y luego el caso fue desestimado (el juez lo cerró sin condena), le retiraron los cargos, el caso nunca tuvo un resultado final, o el veredicto del juicio fue "no culpable", el tribunal debe borrar el antecedente cuando usted lo pida. No hay tiempo de espera. No importa cuál fue el cargo, y no gasta su única oportunidad de borrar un delito grave (felony).
routes-route-non_conviction-name = Casos que terminaron sin condena
routes-route-arrest_not_charged-explanation = Si usted tuvo un arresto, recibió una citación (ticket) o estuvo bajo custodia por un delito menor (misdemeanor), y no le presentaron cargos formales en 12 meses, o el cargo fue desestimado, puede pedirle al tribunal que lo borre.
routes-route-arrest_not_charged-name = Arrestos por delitos menores que nunca llegaron a cargos
routes-route-misdemeanor_first_offender-explanation = Si usted recibió una condena por un solo delito menor (misdemeanor) que no es una infracción de tránsito, y no tiene ninguna otra condena, puede pedirle al tribunal que le dio la condena que la borre. No hay tiempo de espera. El juez decide. Una condena borrada sigue contando más adelante: esto se puede usar solo una vez.
routes-route-misdemeanor_first_offender-name = Una primera condena por delito menor
routes-route-justice_municipal_misdemeanors-explanation = Un tribunal de juez de paz (Justice Court) o un tribunal municipal (Municipal Court) puede borrar una o todas sus condenas por delitos menores en ese tribunal, aunque tenga más de una, si usted le demuestra al juez en audiencia pública (open court) que ha cambiado su vida, que no ha tenido ninguna condena en ningún lugar durante dos años, y que borrar su antecedente es lo mejor para la sociedad. La orden no cambia su historial de manejo (driving record).
routes-route-justice_municipal_misdemeanors-name = Más de un delito menor en un tribunal de juez de paz o municipal
routes-route-felony-explanation = Usted puede pedirle al tribunal que le dio la condena que borre una condena por delito grave (felony), una sola vez en su vida, si el delito no está en la lista de delitos graves que no se pueden borrar, si pagó todas las multas y costos del tribunal (court costs), y si ya pasó suficiente tiempo desde que cumplió todas las partes de su sentencia. Las condenas que vienen de los mismos hechos cuentan como una sola. El juez decide, y debe encontrar que usted se ha rehabilitado.
routes-route-felony-name = Una condena por delito grave
routes-route-first_dui-explanation = Usted puede pedirle al tribunal de circuito (Circuit Court) del condado donde recibió la condena que borre una primera condena por DUI (manejar bajo la influencia), cinco años después de cumplir todas las partes de la sentencia, si: no tenía licencia de conducir comercial, no se negó a la prueba de aliento o de sangre, su resultado fue menor de .16% si le hicieron la prueba, y no tiene ninguna otra condena por DUI, ni un DUI abierto, ni un DUI anterior que terminó en no adjudicación (nonadjudication) o que ya fue borrado. Usted debe explicarle al tribunal por qué debe hacerlo. Esto se puede hacer solo una vez.
routes-route-first_dui-name = Una primera condena por DUI
routes-route-dui_nonadjudication-explanation = Una no adjudicación (nonadjudication) de DUI quiere decir que usted no recibió una condena, pero el Departamento de Seguridad Pública (Department of Public Safety) guarda un registro confidencial. La ley no dice si el resto del antecedente se puede borrar, así que hable con un abogado sobre este caso.
routes-route-dui_nonadjudication-name = No adjudicación (nonadjudication) de DUI
routes-route-nonadjudication-explanation = Si usted se declaró culpable, el juez dejó en espera la declaración de culpabilidad (no adjudicación, o nonadjudication), y usted cumplió todas las condiciones y por eso el caso fue desestimado, el tribunal debe borrar el antecedente cuando usted lo pida.
routes-route-nonadjudication-name = No adjudicación (nonadjudication: el juez dejó en espera la declaración de culpabilidad)
routes-route-pretrial_intervention-explanation = Si usted terminó un programa de intervención antes del juicio (pretrial intervention) y el tribunal registró una decisión no penal (noncriminal disposition), el tribunal debe borrar el antecedente cuando usted lo pida.
routes-route-pretrial_intervention-name = Intervención antes del juicio (pretrial intervention)
routes-route-intervention_court-explanation = Si usted cumplió todos los requisitos de un tribunal de intervención de drogas, de salud mental o de veteranos (intervention court), incluidas las multas y cuotas, el cargo se desestima; o, si le dieron una sentencia cuando se declaró culpable, la condena se debe borrar. Pregúntele al secretario si ya se registró una orden para borrarla (expungement order). Un DUI no se puede borrar de esta manera.
routes-route-intervention_court-name = Tribunal de drogas (drug court) u otro tribunal de intervención
routes-route-conditional_discharge-explanation = Si el tribunal le dio libertad a prueba (probation) por un primer cargo de posesión de drogas o de objetos para usar drogas (paraphernalia), sin declarar su culpabilidad, y usted terminó la libertad a prueba y por eso el caso fue desestimado, puede pedir que lo borren. Después de una audiencia, el tribunal debe concederlo si usted terminó la libertad a prueba (discharge) y el caso fue desestimado. Esto se puede usar solo una vez.
routes-route-conditional_discharge-name = Primera posesión de drogas: libertad a prueba sin condena
routes-route-underage_alcohol-explanation = Si le presentaron un cargo por comprar o tener cerveza, vino ligero o bebidas alcohólicas ligeras cuando tenía menos de 21 años, o por usar una identificación falsa para hacerlo, puede pedirle al tribunal que lo borre un año después de que el caso fue desestimado, o un año después de que terminó su sentencia y pagó su multa. El tribunal debe concederlo cuando se demuestra esto.
routes-route-underage_alcohol-name = Cargos de alcohol de menores de 21 años
routes-route-trafficking_survivor-explanation = Desde el 1 de julio de 2026, un tribunal puede borrar un delito menor, o un delito grave que no sea un delito violento, en cualquier momento, si usted lo cometió mientras era víctima de trata de personas (human trafficking) y a causa de eso. Esta es una protección fuerte, y usted merece ayuda con ella: un abogado de ayuda legal gratuita (legal aid) o una persona que apoya a sobrevivientes (survivor-services advocate) puede prepararla con usted.
routes-route-trafficking_survivor-headline = Quizás un tribunal pueda borrar esto en cualquier momento. Busque ayuda para pedirlo.
routes-route-trafficking_survivor-name = Sobrevivientes de trata de personas
routes-route-youth_court-explanation = Los antecedentes del tribunal de menores (Youth Court) tienen sus propias reglas para sellarlos (ocultarlos del público) y destruirlos; no siguen la ley de expungement (borrar antecedentes) para adultos. Hable con un abogado o pregúntele al secretario del tribunal de menores cómo sellarlos.
routes-route-youth_court-headline = Los antecedentes del tribunal de menores tienen sus propias reglas para sellarlos. Pida ayuda.
routes-route-youth_court-name = Antecedentes del tribunal de menores (Youth Court)
routes-route-identity_theft-explanation = Si otra persona usó su nombre o su identidad y ahora aparece un cargo a su nombre, Mississippi tiene un proceso aparte para borrarlo, y el Procurador General (Attorney General) puede darle un "Identity Theft Passport" (pasaporte de robo de identidad). Hable con un abogado sobre este caso.
routes-route-identity_theft-name = Antecedentes causados por robo de identidad
routes-route-passed_to_file-explanation = Un caso "passed to the file" (o "retired to the file") se puso a un lado sin un resultado final, y quizás el Estado pueda volver a abrirlo. La ley no dice si cuenta como un caso "sin resultado final" ("no disposition"), que se podría borrar. Algunos fiscales de distrito (district attorneys) lo tratan como algo que se puede borrar. Hable con un abogado sobre este caso.
routes-route-passed_to_file-name = Casos "passed to the file" (archivados sin resultado final)
routes-route-federal-explanation = Las leyes de Mississippi para borrar antecedentes cubren los antecedentes de los tribunales estatales de Mississippi. Un tribunal de Mississippi no puede borrar un caso de un tribunal federal. Hable con un abogado sobre las opciones federales, como un perdón (pardon).
routes-route-federal-headline = Un tribunal de Mississippi no puede borrar un caso federal.
routes-route-federal-name = Casos federales
routes-route-other_state-explanation = Un tribunal de Mississippi solo puede borrar sus propios antecedentes: la ley manda las peticiones a "el tribunal donde se dio la condena" ("the court in which the conviction was had"). Un caso de otro estado se borra bajo la ley de ese estado. La ayuda legal gratuita (legal aid) de ese estado puede ayudarle.
routes-route-other_state-headline = Un tribunal de Mississippi no puede borrar un caso de otro estado.
routes-route-other_state-name = Casos de otro estado

## reasons.toml
reasons-reason-case_pending-text = Este caso todavía está abierto. Un caso solo se puede borrar después de que termina. Vuelva a revisar cuando haya terminado.
reasons-reason-court_kind_decides-text = Usted no sabía qué tribunal llevó este caso, y aquí eso decide la respuesta. Si fue un tribunal de juez de paz (Justice Court) o un tribunal municipal, de la ciudad (Municipal Court), quizás ese tribunal pueda borrarlo, aun con sus otras condenas, cuando usted lleve dos años sin ninguna condena. Si fue un tribunal del condado (County Court) o un tribunal de circuito (Circuit Court), la ley no lo permite, porque usted no es un infractor por primera vez (first offender). El secretario del tribunal (court clerk) puede decirle qué tribunal fue.
reasons-reason-discharge_done-text = Usted terminó su libertad a prueba (probation) sin una declaración de culpabilidad, y el caso fue desestimado. Después de una audiencia, el tribunal debe borrar el antecedente. Esto se puede usar solo una vez en la vida de una persona.
reasons-reason-dismissed_in_convicted_case-text = Este cargo estaba en el mismo caso que { $other }, que terminó en condena. La ley dice que un tribunal debe borrar un caso que fue desestimado. No está claro si eso incluye un solo cargo desestimado dentro de un caso que terminó en condena, así que un abogado debe revisarlo.
reasons-reason-dismissed_misdemeanor-text = El cargo fue desestimado. Por eso también puede pedir que lo borren bajo la ley para arrestos por delitos menores (misdemeanors).
reasons-reason-driving_record_unchanged-text = Esta es una infracción de tránsito. Si el tribunal la borra, su historial de manejo (driving record) no cambia: la ley dice que este tipo de orden no afecta el historial de manejo.
reasons-reason-dui_bac_high-text = El resultado de su prueba fue { $bac }%. Un DUI solo se puede borrar si el resultado fue menor de { $limit }%.
reasons-reason-dui_cdl-text = En ese momento usted tenía una licencia de conducir comercial (CDL) o un permiso comercial de aprendiz (commercial learner's permit). En ese caso, la ley para borrar un DUI no lo permite.
reasons-reason-dui_circuit_court-text = La petición para borrar un DUI se presenta en el tribunal de circuito (Circuit Court) del condado donde recibió la condena, aunque el DUI haya sido en un tribunal municipal o de juez de paz.
reasons-reason-dui_felony-text = Este DUI fue un delito grave (felony). Un tercer DUI o uno posterior, y un DUI que causó una muerte o una lesión grave, no se pueden borrar.
reasons-reason-dui_nonadjudication-text = Este DUI terminó en una no adjudicación (nonadjudication). No está claro si el resto del antecedente se puede borrar, ni dónde.
reasons-reason-dui_not_completed-text = Usted todavía no ha cumplido todas las partes de su sentencia por DUI. La espera de { $years } años empieza cuando la cumpla toda.
reasons-reason-dui_not_misdemeanor_law-text = Un DUI es una infracción de tránsito, así que la ley para un primer delito menor no lo cubre. Solo lo cubre la ley de DUI.
reasons-reason-dui_other_conviction-text = Usted tiene otra condena por DUI. Solo se puede borrar un primer DUI, y solo si no hay ninguna otra condena por DUI.
reasons-reason-dui_pending-text = Usted tiene otro cargo por DUI que todavía está abierto. En ese caso, la ley para borrar un DUI no lo permite.
reasons-reason-dui_prior_relief-text = Usted ya tuvo antes una no adjudicación (nonadjudication) de DUI, o ya le borraron un DUI. La ley permite solo una vez.
reasons-reason-dui_refused-text = Usted se negó a una prueba de aliento o de sangre. En ese caso, la ley para borrar un DUI no lo permite.
reasons-reason-dui_wait-text = Usted terminó su sentencia por DUI { $completed }. La ley pide que pasen { $years } años desde entonces, así que la primera fecha en que puede pedirlo es el { $date }.
reasons-reason-dui_waited-text = Usted terminó su sentencia por DUI { $completed }. La ley pide que pasen { $years } años desde entonces, y se cumplieron el { $date }. Puede pedirle al tribunal de circuito (Circuit Court) que lo borre. Usted debe explicarle al tribunal por qué debe hacerlo (una "justificación", o "justification"). El juez decide. Esto se puede hacer solo una vez.
reasons-reason-ended_acquitted-text = En el juicio, el veredicto fue "no culpable". La ley dice que ese antecedente se debe borrar cuando usted lo pida.
reasons-reason-ended_dismissed-text = El tribunal desestimó este cargo (lo cerró sin condena). Después de un arresto y de quedar libre, un caso desestimado se debe borrar cuando usted lo pida.
reasons-reason-ended_dropped-text = Le retiraron los cargos. Después de un arresto y de quedar libre, un caso con cargos retirados se debe borrar cuando usted lo pida.
reasons-reason-ended_never_indicted-text = Usted tuvo un arresto por un delito grave (felony), quedó libre, y nunca le presentaron una acusación formal (indictment). Lo tratamos como un caso "sin resultado final" ("no disposition"), que se debe borrar cuando usted lo pida. Presente la petición en el tribunal de circuito (Circuit Court) de ese condado. Si todavía no se ha vencido el plazo que tiene el Estado para presentar cargos, todavía podría presentar una acusación formal contra usted; un abogado puede decirle.
reasons-reason-ended_no_bill-text = El gran jurado decidió no presentar una acusación formal contra usted (un "no bill"). Lo tratamos igual que "le retiraron los cargos", y eso se debe borrar cuando usted lo pida. Presente la petición en el tribunal de circuito (Circuit Court) de ese condado.
reasons-reason-ended_no_disposition-text = El caso nunca tuvo un resultado final ("no disposition"). Después de un arresto y de quedar libre, ese antecedente se debe borrar cuando usted lo pida.
reasons-reason-ended_nolle_prosequi-text = El fiscal retiró el cargo ("nolle prosequi"). Lo tratamos igual que "le retiraron los cargos", y eso se debe borrar cuando usted lo pida.
reasons-reason-fact_unsure-text = Usted no sabía con seguridad { $about }. Esa respuesta decide el resultado, así que un abogado o el secretario del tribunal (court clerk) deben ayudarle a averiguarlo.
reasons-reason-federal_court-text = Este fue un caso federal. Las leyes de Mississippi para borrar antecedentes solo cubren los antecedentes de los tribunales estatales de Mississippi, así que un tribunal de Mississippi no puede borrarlo.
reasons-reason-felony_allowance_not_used-text = La ley le permite borrar un solo delito grave (felony) en toda su vida. Borrar este caso no gasta esa oportunidad, porque terminó sin condena.
reasons-reason-felony_choose_one-text = Usted tiene más de una condena por delito grave (felony) que se podría borrar ({ $others }), y no vienen del mismo incidente. La ley permite borrar un solo delito grave en toda la vida, así que tendrá que escoger uno. Un abogado puede ayudarle a escoger.
reasons-reason-felony_cov_designated-text = Su orden de sentencia (sentencing order) dice que el juez encontró que esto fue un delito violento (crime of violence). Por eso es un delito grave que no se puede borrar.
reasons-reason-felony_fines_unpaid-text = Usted todavía debe multas o costos del tribunal (court costs) por esta condena. La ley pide que todas las multas y costos del tribunal estén pagados. Cuando los pague, vuelva a revisar.
reasons-reason-felony_incident_one_date-text = Este delito grave viene del mismo incidente que { $others }. Los delitos graves de un mismo incidente cuentan como una sola vez para borrar, así que preséntelos todos juntos. El primer día en que puede presentarlos todos es el { $date }. Si presenta uno solo antes, podría gastar su única oportunidad de borrar un delito grave.
reasons-reason-felony_incident_unsettled-text = Este delito grave viene del mismo incidente que { $others }. Los delitos graves de un mismo incidente cuentan como una sola vez para borrar y se presentan juntos, pero no todos se pueden borrar el mismo día: por lo menos uno de ellos no está permitido o necesita la revisión de un abogado. Si presenta uno solo, podría gastar su única oportunidad de borrar un delito grave. Un abogado debe revisarlos juntos.
reasons-reason-felony_incident_waiting-text = Este delito grave viene del mismo incidente que { $others }. Los delitos graves de un mismo incidente se presentan juntos, así que primero necesitamos las respuestas sobre { $others }.
reasons-reason-felony_law_changed-text = El tiempo de espera cambió de 5 años a 3 años el 1 de julio de 2026. El tiempo más corto se aplica a las peticiones presentadas desde ese día.
reasons-reason-felony_name_ambiguous-text = "{ $offence }" puede ser más de un delito, y la ley los trata de manera diferente. Busque la sección del código (code section) en sus papeles, o hable con un abogado.
reasons-reason-felony_not_completed-text = Usted todavía no ha cumplido todas las partes de su sentencia. El tiempo de espera empieza solo cuando la cumpla toda.
reasons-reason-felony_not_completed_expected-text = Usted todavía no ha cumplido todas las partes de su sentencia. Si termina el { $expected }, como está previsto, la primera fecha en que podría pedirlo es el { $date }, según la ley como está ahora.
reasons-reason-felony_not_excluded-text = { $offence } no está en la lista de delitos graves que no se pueden borrar.
reasons-reason-felony_offence_review-text = { $explanation }
reasons-reason-felony_offence_unknown-text = No pudimos relacionar "{ $offence }" con un delito que conozcamos. Algunos delitos graves nunca se pueden borrar, así que no vamos a adivinar. Si encuentra la sección del código en sus papeles (un número como 97-17-41), agréguela y podremos compararla con las listas de la ley. Sin ese número, un abogado puede decirle si este delito se puede borrar.
reasons-reason-felony_prior_old_law-text = Un tribunal ya le borró un delito grave el { $date }, bajo la ley como era antes del 1 de julio de 2019. No está claro si eso gasta la única oportunidad de borrar un delito grave que la ley permite ahora.
reasons-reason-felony_prior_used-text = A usted ya le borraron una condena por delito grave. La ley permite borrar un solo delito grave en la vida de una persona. Si ese delito se borró antes del 1 de julio de 2019, hable con un abogado: no está claro si cuenta.
reasons-reason-felony_rebuttable-text = La ley pone { $offence } en la lista de delitos violentos, que no se pueden borrar, pero también dice que se puede cuestionar esa clasificación ("rebutted") en una audiencia ante un juez. Un abogado debe revisar este caso.
reasons-reason-felony_same_occurrence-text = Este delito grave viene del mismo incidente que { $others }. Las condenas que vienen de los mismos hechos cuentan como una sola condena y una sola vez para borrar. Pídale al tribunal que las borre juntas; el juez decide.
reasons-reason-felony_section_not_listed-text = { $section } no está en la lista de la ley de delitos graves que no se pueden borrar, ni en la lista de delitos violentos. Asegúrese de que este número sea igual al de su orden de sentencia (sentencing order): un número diferente puede cambiar la respuesta.
reasons-reason-felony_subsection_needed-text = Las distintas partes de { $section } se tratan de manera diferente: algunas se pueden borrar y otras no. Busque la sección completa del código en sus papeles (por ejemplo { $example }), o hable con un abogado.
reasons-reason-felony_wait-text = Usted terminó su sentencia { $completed }. Con el tiempo de espera que pone la ley para las peticiones presentadas en esa fecha, la primera fecha en que puede pedirlo es el { $date }.
reasons-reason-felony_waited-text = Usted terminó su sentencia { $completed }. La ley pide que pasen { $years } años desde entonces, y se cumplieron el { $date }. Puede pedirle al tribunal que le dio la condena que la borre. El juez decide, y debe encontrar que usted se ha rehabilitado.
reasons-reason-first_offender-text = Esta es una condena por delito menor (misdemeanor), no es una infracción de tránsito, y es su única condena. Puede pedirle al tribunal que le dio la condena que la borre. No hay tiempo de espera. El juez decide.
reasons-reason-good_conduct_met-text = Su última condena fue { $last_date }, hace por lo menos { $years } años. { $court } puede borrar sus delitos menores en ese tribunal si usted le demuestra al juez, en audiencia pública (open court), que ha cambiado su vida y que borrarlos es lo mejor para la sociedad. El juez decide.
reasons-reason-good_conduct_wait-text = { $court } puede borrar sus delitos menores en ese tribunal a partir del { $date }, { $years } años después de su última condena ({ $last_date }), si para entonces no tiene ninguna condena nueva. Tendrá que demostrarle al juez, en audiencia pública (open court), que ha cambiado su vida.
reasons-reason-identity_theft-text = Usted dijo que otra persona usó su nombre o su identidad para este cargo. Eso se borra con un proceso aparte para el robo de identidad, no con el proceso normal para borrar antecedentes.
reasons-reason-intervention_dismissed-text = Usted terminó el tribunal de intervención (intervention court) y el cargo fue desestimado. Pregúntele al secretario si ya se registró una orden para borrarlo (expungement order). Si no, el caso desestimado se debe borrar cuando usted lo pida.
reasons-reason-intervention_dui-text = Terminar el tribunal de intervención no permite borrar un DUI. (Aquí la ley llama al DUI una violación de "consentimiento implícito", o "implied consent".)
reasons-reason-intervention_sentenced-text = Le dieron una sentencia cuando se declaró culpable, y usted terminó el tribunal de intervención. La ley dice que por eso la condena se borra. Pregúntele al secretario si se registró la orden. Si no, pídale al tribunal que la registre.
reasons-reason-law_on_filing_date-text = El primer día en que podría presentar esto es el { $date }. Este resultado sigue la ley vigente ese día.
reasons-reason-misdemeanor_fines_unpaid-text = Usted todavía debe multas o costos del tribunal. La ley para un primer delito menor no dice que tenga que pagar primero, pero los secretarios y los fiscales piden una hoja de saldo cero (zero-balance sheet). Pague el saldo primero, o pregúntele al secretario o a un abogado.
reasons-reason-never_indicted_recent-text = Usted tuvo un arresto { $arrest_date } y nunca le presentaron una acusación formal (indictment). La ley no pone un tiempo de espera para esto. Pero para la mayoría de los delitos graves, el Estado tiene { $years } años para presentar cargos, y para algunos no hay límite. Como su arresto es reciente, hable con un abogado antes de presentar la petición.
reasons-reason-no_route-text = No encontramos ninguna ley de Mississippi que permita borrar este tipo de antecedente.
reasons-reason-no_waiting_period-text = No hay tiempo de espera, y no importa cuál fue el cargo.
reasons-reason-nonadjudication_done-text = Usted terminó la no adjudicación (nonadjudication) y el caso fue desestimado. El tribunal debe borrar el antecedente cuando usted lo pida.
reasons-reason-nonadjudication_dui-text = La no adjudicación bajo § 99-15-26 no se permite para un DUI. Un abogado debe revisar cómo se manejó realmente este caso.
reasons-reason-not_first_offender_charge-text = Usted tiene otra condena ({ $other }). La ley para un primer delito menor es solo para personas con una sola condena.
reasons-reason-not_first_offender_expunged-text = A usted ya le borraron antes una condena por delito menor. Una condena borrada sigue contando cuando el tribunal decide si usted es un infractor por primera vez (first offender), así que esta ley se puede usar solo una vez.
reasons-reason-not_first_offender_felony_expunged-text = A usted ya le borraron antes una condena por delito grave. Una condena borrada sigue contando cuando el tribunal decide si usted es un infractor por primera vez (first offender).
reasons-reason-not_first_offender_history-text = Usted dijo que tiene otra condena. La ley para un primer delito menor es solo para personas con una sola condena, y una condena que fue borrada sigue contando.
reasons-reason-offence_matched-text = Entendimos este cargo como { $offence } ({ $section }). Revise que coincida con sus papeles.
reasons-reason-only_justice_municipal-text = Los tribunales pueden borrar más de un delito menor solo en un tribunal de juez de paz (Justice Court) o en un tribunal municipal (Municipal Court), y esta condena está en { $court }.
reasons-reason-other_state_court-text = Este caso fue en un tribunal de { $state }. Un tribunal de Mississippi solo puede borrar sus propios antecedentes. Pregúntele a un abogado o a la ayuda legal gratuita (legal aid) de { $state } sobre la ley de ese estado.
reasons-reason-outcome_unsure-text = Usted no sabía con seguridad cómo terminó este caso. El secretario del tribunal (court clerk) puede decirle, y puede darle una copia del papel que terminó el caso.
reasons-reason-passed_to_file-text = Este caso fue "passed to the file" (archivado sin resultado final). La ley no dice si se puede borrar como un caso "sin resultado final" ("no disposition").
reasons-reason-pending_charges-text = Usted tiene un cargo que todavía está abierto. Debe decírselo al tribunal: ya ha pasado que un tribunal anule la orden que borraba un antecedente porque la persona no lo dijo. Un cargo abierto también puede hacer que el juez diga que no. Un abogado debe revisar su caso antes de que usted presente la petición.
reasons-reason-pending_open_case-text = Usted tiene un cargo que todavía está abierto. La ley dice que este antecedente se debe borrar cuando usted lo pida, pero un caso abierto puede afectarlo, y se le debe informar al tribunal. Hable con un abogado antes de presentar la petición; si tiene un abogado o un defensor público (public defender) para el caso abierto, pregúntele a esa persona.
reasons-reason-program_not_done-text = Usted todavía no ha terminado el programa. Cuando lo termine y el caso sea desestimado, vuelva a revisar.
reasons-reason-program_revoked-text = El programa se terminó antes de que usted lo completara. Si después recibió una condena, anote este cargo como una condena y vuelva a revisar.
reasons-reason-pti_done-text = Usted terminó el programa de intervención antes del juicio (pretrial intervention). Después, el tribunal cerró el caso sin declararlo culpable de un delito (una decisión no penal, o "noncriminal disposition"). El tribunal debe borrar el antecedente cuando usted lo pida.
reasons-reason-public_official-text = Usted dijo que esta condena tuvo que ver con sus deberes como funcionario público. La ley para borrar antecedentes no lo permite.
reasons-reason-rough_date_decides-text = La respuesta depende del día exacto de { $dates }. Si fue a principios de ese tiempo: { $sooner } Si fue después: { $later } Por favor busque el día exacto. Aparece en sus papeles del tribunal, o se lo puede decir el secretario del tribunal (court clerk).
reasons-reason-rough_date_maybe_now-text = Usted dio { $dates } sin el día. Por eso usamos el último día que podría ser cada una. Si fueron antes, tal vez pueda pedírselo al tribunal ahora. Sus papeles del tribunal muestran los días exactos, o se los puede decir el secretario del tribunal (court clerk).
reasons-reason-rough_date_now-text = Usted dio { $about } como { $when }, sin el día. Si fue el { $boundary } o antes, tal vez pueda pedírselo al tribunal ahora. Si fue después, tal vez pueda pedirlo a partir de la fecha de arriba. Sus papeles del tribunal muestran el día exacto, o se lo puede decir el secretario del tribunal (court clerk).
reasons-reason-rough_date_sooner-text = Usted dio { $dates } sin el día. Por eso usamos el último día que podría ser cada una. Si fueron antes, tal vez pueda pedirlo antes, desde el { $date }. Sus papeles del tribunal muestran los días exactos, o se los puede decir el secretario del tribunal (court clerk).
reasons-reason-same_occurrence_misdemeanors-text = Usted tiene otra condena del mismo incidente ({ $other }). La ley no dice si, con dos condenas de un mismo incidente, usted todavía cuenta como "infractor por primera vez" ("first offender"). Los abogados dicen que los tribunales muchas veces borran las dos juntas, pero un abogado debe revisarlo.
reasons-reason-traffic_offence-text = Esta es una infracción de tránsito. La ley para un primer delito menor no cubre las infracciones de tránsito.
reasons-reason-traffic_title_unlisted-text = { $section } está en la parte de la ley de Mississippi sobre vehículos de motor y tránsito, pero no sabemos si es una infracción de manejo. La ley para un primer delito menor no cubre las infracciones de tránsito, así que un abogado debe revisarlo.
reasons-reason-trafficking-text = Usted dijo que esto pasó mientras era víctima de trata de personas (human trafficking). Desde el 1 de julio de 2026, un tribunal puede borrarlo en cualquier momento si encuentra que fue así. Un abogado o una persona que apoya a sobrevivientes (survivor-services advocate) puede ayudarle a pedirlo.
reasons-reason-trafficking_violent-text = La ley para sobrevivientes de trata de personas no cubre un delito grave que sea un delito violento, pero aun así un abogado debe revisar su caso.
reasons-reason-uncharged_wait-text = Usted tuvo un arresto por un delito menor { $arrest_date }. Si para el { $date }, { $months } meses después del arresto, todavía no le han presentado cargos formales, puede pedirle al tribunal que lo borre en ese momento.
reasons-reason-uncharged_waited-text = Usted tuvo un arresto por un delito menor { $arrest_date } y no le presentaron cargos formales en { $months } meses. Puede pedirle al tribunal que borre el arresto.
reasons-reason-underage_wait-text = Este es un cargo de alcohol de menores de 21 años. Puede pedirlo { $years } año después de la fecha en que { $event } ({ $since }), es decir, a partir del { $date }.
reasons-reason-underage_waited-text = Este es un cargo de alcohol de menores de 21 años. Ya pasó por lo menos { $years } año desde la fecha en que { $event } ({ $since }). Puede pedirle al tribunal que lo borre, y el tribunal debe concederlo cuando se demuestre esto.
reasons-reason-violence_item-text = La lista de delitos violentos incluye { $offence }, en el punto ({ $item }).
reasons-reason-youth_court-text = Este fue un caso del tribunal de menores (Youth Court). Los antecedentes del tribunal de menores se sellan bajo sus propias reglas, no bajo la ley para borrar antecedentes de adultos.
reasons-reason-zero_balance_expected-text = La ley para esta petición no dice que tenga que pagar primero, pero los secretarios y los fiscales piden una hoja del secretario que muestre que usted no debe nada en el caso. Si puede, pague primero lo que deba.

## facts.toml
facts-page-charge-heading = Algunas preguntas sobre este cargo
facts-page-charge-lead = Su orden de sentencia (sentencing order) y los registros del secretario pueden contestar la mayoría de estas preguntas.
facts-page-program-heading = Sobre el programa
facts-page-dui-heading = Sobre el arresto por DUI
facts-page-dui-lead = El reporte de arresto o la multa (ticket) pueden contestar estas preguntas.
facts-page-history-heading = Sobre sus antecedentes
facts-page-history-lead = Estas preguntas son sobre usted, no sobre un solo cargo. Cuente todos los tribunales y todos los estados.
facts-fact-charge_arrest_date-about = la fecha de su arresto
facts-fact-charge_arrest_date-help = El registro de arresto o la hoja de ingreso a la cárcel (booking sheet) muestra la fecha. Una fecha cercana es mejor que nada, pero lo mejor es la fecha exacta.
facts-fact-charge_arrest_date-question = ¿En qué fecha fue su arresto?
facts-fact-charge_court_kind-about = qué tribunal llevó este caso
facts-fact-charge_court_kind-help = La mayoría de los delitos graves (felonies) están en el tribunal de circuito (Circuit Court). La mayoría de los delitos menores (misdemeanors) están en el tribunal de juez de paz (Justice Court, del condado) o en el tribunal municipal (Municipal Court, de la ciudad).
facts-fact-charge_court_kind-options-circuit-hint = El tribunal principal de juicios de cada condado. Aquí van la mayoría de los delitos graves.
facts-fact-charge_court_kind-options-circuit-label = Tribunal de circuito (Circuit Court)
facts-fact-charge_court_kind-options-county-hint = Algunos condados grandes tienen uno.
facts-fact-charge_court_kind-options-county-label = Tribunal del condado (County Court)
facts-fact-charge_court_kind-options-justice-hint = El tribunal del condado para delitos menores y demandas pequeñas.
facts-fact-charge_court_kind-options-justice-label = Tribunal de juez de paz (Justice Court)
facts-fact-charge_court_kind-options-municipal-hint = El tribunal de una ciudad o pueblo, para multas de la ciudad y delitos menores.
facts-fact-charge_court_kind-options-municipal-label = Tribunal municipal, de la ciudad (Municipal Court)
facts-fact-charge_court_kind-options-youth-hint = El tribunal para personas menores de 18 años.
facts-fact-charge_court_kind-options-youth-label = Tribunal de menores (Youth Court)
facts-fact-charge_court_kind-options-federal-hint = Un tribunal federal de distrito (United States District Court).
facts-fact-charge_court_kind-options-federal-label = Tribunal federal
facts-fact-charge_court_kind-options-other_state-label = Un tribunal de otro estado
facts-fact-charge_court_kind-options-unsure-hint = Los papeles del tribunal tienen el nombre del tribunal arriba.
facts-fact-charge_court_kind-options-unsure-label = No sé
facts-fact-charge_court_kind-question = ¿Qué tribunal llevó este caso?
facts-fact-charge_cov_designated-about = si su orden de sentencia dice que esto es un delito violento
facts-fact-charge_cov_designated-help = El juez puede marcar un delito como violento en la orden de sentencia (sentencing order). Busque las palabras "crime of violence" o "Section 97-3-2".
facts-fact-charge_cov_designated-question = ¿Su orden de sentencia dice que esto es un "delito violento" ("crime of violence")?
facts-fact-charge_disposition_date-about = la fecha en que terminó el caso
facts-fact-charge_disposition_date-help = La fecha está en el último papel que recibió del tribunal. Puede ser la orden que desestimó el caso (dismissal order), el veredicto o la orden de sentencia (sentencing order).
facts-fact-charge_disposition_date-question = ¿En qué fecha terminó el caso?
facts-fact-charge_dui-about = si esto fue un DUI
facts-fact-charge_dui-help = A un DUI también se le llama DWI, o manejar borracho.
facts-fact-charge_dui-question = ¿Fue un DUI (manejar bajo la influencia de alcohol o drogas)?
facts-fact-charge_dui_facts_bac-about = el resultado de su prueba de aliento o de sangre
facts-fact-charge_dui_facts_bac-help = El reporte de arresto o la multa (ticket) muestra el resultado.
facts-fact-charge_dui_facts_bac-question = ¿Cuál fue el resultado de la prueba (por ejemplo 0.09)?
facts-fact-charge_dui_facts_bac_tested-about = si usted se hizo una prueba de aliento o de sangre
facts-fact-charge_dui_facts_bac_tested-help = El reporte de arresto o la multa (ticket) muestra el resultado de la prueba.
facts-fact-charge_dui_facts_bac_tested-question = ¿Se hizo una prueba de aliento o de sangre?
facts-fact-charge_dui_facts_cdl-about = si usted tenía una licencia de conducir comercial en ese momento
facts-fact-charge_dui_facts_cdl-help = La CDL es la licencia para manejar camiones y autobuses como trabajo. Un permiso comercial de aprendiz (commercial learner's permit) también cuenta.
facts-fact-charge_dui_facts_cdl-question = En el momento de su arresto, ¿tenía una licencia de conducir comercial (CDL)?
facts-fact-charge_dui_facts_refused_test-about = si usted se negó a una prueba de aliento o de sangre
facts-fact-charge_dui_facts_refused_test-help = El reporte de arresto o la multa (ticket) dice si usted se negó.
facts-fact-charge_dui_facts_refused_test-question = ¿Se negó a hacerse una prueba de aliento o de sangre?
facts-fact-charge_fines_costs_paid-about = si ya pagó todas las multas y los costos del tribunal
facts-fact-charge_fines_costs_paid-help = El secretario puede imprimir una hoja de saldo (balance sheet). Lo que usted quiere es que muestre un saldo de cero.
facts-fact-charge_fines_costs_paid-question = ¿Ya pagó todas las multas, cuotas y costos del tribunal (court costs) de este caso?
facts-fact-charge_identity_theft-about = si otra persona usó su identidad para este cargo
facts-fact-charge_identity_theft-help = Por ejemplo, un cargo del que usted nunca supo nada, de un lugar donde nunca ha estado. Esto se llama robo de identidad (identity theft).
facts-fact-charge_identity_theft-question = ¿Otra persona usó su nombre cuando la arrestaron por esto?
facts-fact-charge_level-about = si este cargo fue un delito grave o un delito menor
facts-fact-charge_level-help = Un delito grave (felony) puede significar más de un año en prisión. El papel de los cargos (charging paper) o el secretario le pueden decir.
facts-fact-charge_level-options-felony-hint = Un delito que puede significar más de un año en prisión.
facts-fact-charge_level-options-felony-label = Delito grave (felony)
facts-fact-charge_level-options-misdemeanor-hint = Un delito menos serio: hasta un año en la cárcel del condado, o una multa.
facts-fact-charge_level-options-misdemeanor-label = Delito menor (misdemeanor)
facts-fact-charge_level-options-unsure-label = No sé
facts-fact-charge_level-question = ¿Este cargo fue un delito grave o un delito menor?
facts-fact-charge_offence-about = cuál fue el cargo (su nombre o su sección del código)
facts-fact-charge_offence-help = El papel de los cargos (charging paper) o la orden de sentencia muestra el cargo y un número como 97-17-41. Escriba el nombre en inglés, como aparece en sus papeles.
facts-fact-charge_offence-question = ¿Cuál fue el cargo? Escriba la sección del código (code section) si la tiene.
facts-fact-charge_outcome-about = cómo terminó este caso
facts-fact-charge_outcome-help = El secretario del tribunal (court clerk) puede decirle, o mire el último papel que recibió del tribunal.
facts-fact-charge_outcome-options-dismissed-hint = El juez cerró el caso sin una condena.
facts-fact-charge_outcome-options-dismissed-label = El cargo fue desestimado (dismissed)
facts-fact-charge_outcome-options-dropped-hint = El fiscal (el abogado del Estado) decidió no seguir adelante.
facts-fact-charge_outcome-options-dropped-label = Retiraron el cargo (dropped)
facts-fact-charge_outcome-options-nolle_prosequi-hint = Un papel del fiscal que termina el caso. Es una forma de retirar el cargo.
facts-fact-charge_outcome-options-nolle_prosequi-label = Nolle prosequi ("nol pros")
facts-fact-charge_outcome-options-no_bill-hint = Solo para delitos graves. Un gran jurado (grand jury) es un grupo de personas del condado. Decidieron que no había suficientes pruebas para presentarle cargos.
facts-fact-charge_outcome-options-no_bill-label = El gran jurado no presentó una acusación formal (un "no bill")
facts-fact-charge_outcome-options-acquitted-label = Me encontraron no culpable en el juicio
facts-fact-charge_outcome-options-not_charged-hint = Hubo un arresto o un registro en la cárcel (booking), pero nunca se presentó ningún cargo.
facts-fact-charge_outcome-options-not_charged-label = Hubo arresto, pero nunca hubo cargos
facts-fact-charge_outcome-options-no_disposition-hint = El registro muestra un arresto o un cargo, pero no una desestimación ni una condena.
facts-fact-charge_outcome-options-no_disposition-label = El caso nunca tuvo un resultado final
facts-fact-charge_outcome-options-passed_to_file-hint = El caso se puso en pausa y nunca se terminó.
facts-fact-charge_outcome-options-passed_to_file-label = "Passed" o "retired to the file" (archivado)
facts-fact-charge_outcome-options-pending-hint = Todavía no se ha desestimado ni decidido.
facts-fact-charge_outcome-options-pending-label = El caso todavía está abierto
facts-fact-charge_outcome-options-convicted-hint = Esto incluye declararse culpable.
facts-fact-charge_outcome-options-convicted-label = Me encontraron culpable, o me declaré culpable
facts-fact-charge_outcome-options-program-hint = Por ejemplo: tribunal de drogas (drug court), no adjudicación (nonadjudication) o intervención antes del juicio (pretrial intervention). Usted hace lo que le piden, y después el caso puede terminar sin condena.
facts-fact-charge_outcome-options-program-label = Me mandaron a un programa en lugar de una condena
facts-fact-charge_outcome-options-unsure-hint = El secretario del tribunal de circuito o del tribunal de juez de paz puede decirle.
facts-fact-charge_outcome-options-unsure-label = No sé
facts-fact-charge_outcome-question = ¿Cómo terminó este caso?
facts-fact-charge_program_kind-about = en qué programa estuvo
facts-fact-charge_program_kind-help = Su papel de declaración de culpabilidad (plea paper) o el secretario le pueden decir el nombre del programa.
facts-fact-charge_program_kind-options-nonadjudication-hint = El juez dejó en espera la condena mientras usted cumplía condiciones (§ 99-15-26).
facts-fact-charge_program_kind-options-nonadjudication-label = No adjudicación (nonadjudication)
facts-fact-charge_program_kind-options-pretrial_intervention-hint = Un programa que maneja el fiscal de distrito (§ 99-15-101 y siguientes).
facts-fact-charge_program_kind-options-pretrial_intervention-label = Intervención antes del juicio (pretrial intervention)
facts-fact-charge_program_kind-options-intervention_court-label = Tribunal de drogas, de salud mental o de veteranos
facts-fact-charge_program_kind-options-conditional_discharge-hint = El tribunal le dio libertad a prueba (probation) sin declararlo culpable. Esto también se llama "conditional discharge" (§ 41-29-150(d)).
facts-fact-charge_program_kind-options-conditional_discharge-label = Libertad a prueba por una primera posesión de drogas
facts-fact-charge_program_kind-options-dui_nonadjudication-label = No adjudicación (nonadjudication) de DUI
facts-fact-charge_program_kind-options-unsure-label = No sé
facts-fact-charge_program_kind-question = ¿En qué programa estuvo?
facts-fact-charge_program_sentenced_at_plea-about = si el juez le dio una sentencia cuando usted se declaró culpable para entrar al programa
facts-fact-charge_program_sentenced_at_plea-help = Algunos tribunales de drogas, de salud mental y de veteranos le dan una sentencia cuando usted se declara culpable, y la sentencia se borra cuando termina el programa. Otros dejan en espera cualquier sentencia. Su papel de declaración de culpabilidad (plea paper) o el secretario le pueden decir.
facts-fact-charge_program_sentenced_at_plea-question = Cuando se declaró culpable para entrar al programa, ¿el juez también le dio una sentencia?
facts-fact-charge_program_status-about = si usted terminó el programa
facts-fact-charge_program_status-help = Si lo terminó, el tribunal debió desestimar el caso. El secretario le puede decir.
facts-fact-charge_program_status-options-completed-label = Sí, lo terminé
facts-fact-charge_program_status-options-in_progress-label = Todavía estoy en el programa
facts-fact-charge_program_status-options-revoked-hint = Por ejemplo, me revocaron el programa (revoked) y me dieron una sentencia.
facts-fact-charge_program_status-options-revoked-label = No, me sacaron del programa
facts-fact-charge_program_status-options-unsure-label = No sé
facts-fact-charge_program_status-question = ¿Terminó el programa?
facts-fact-charge_public_official_duty_related-about = si esto tuvo que ver con deberes de un funcionario público
facts-fact-charge_public_official_duty_related-help = Por ejemplo, el secretario de un pueblo o un supervisor del condado acusado por algo de su trabajo. Si usted no trabajaba para el gobierno, conteste que no.
facts-fact-charge_public_official_duty_related-question = ¿Este cargo tuvo que ver con su trabajo como funcionario público o empleado del gobierno?
facts-fact-charge_sentence_completed-about = si usted ya cumplió todas las partes de su sentencia
facts-fact-charge_sentence_completed-help = Eso quiere decir todas las partes. Incluye la cárcel o la prisión, la libertad a prueba (probation), la libertad condicional (parole) y la supervisión después de salir de prisión (post-release supervision). Incluye las clases y el servicio comunitario. También incluye pagarle a la víctima (restitution), si el tribunal lo ordenó.
facts-fact-charge_sentence_completed-question = ¿Ya cumplió todas las partes de su sentencia?
facts-fact-charge_sentence_completion_date-about = la fecha en que cumplió la última parte de su sentencia
facts-fact-charge_sentence_completion_date-help = Su papel de salida (discharge paper) o el Departamento de Correccionales (Department of Corrections) le pueden decir. Si terminó distintas partes en días diferentes, dé la fecha de la última.
facts-fact-charge_sentence_completion_date-question = ¿En qué fecha cumplió la última parte de su sentencia?
facts-fact-charge_statute-about = la sección del código de este cargo
facts-fact-charge_statute-help = No reconocimos el nombre del cargo, así que necesitamos su sección del código para revisarlo. Busque en el papel de los cargos (charging paper) o en la orden de sentencia un número como 97-17-41 o § 41-29-139(c). Escríbalo tal como está, con las letras o números que estén entre paréntesis. El secretario también le puede decir. Si no la tiene, escoja "No encuentro la sección del código": igual le vamos a preguntar sobre el caso, y le diremos lo que podamos. Un delito grave (felony) que no podemos identificar lo debe revisar un abogado.
facts-fact-charge_statute-question = ¿Cuál es la sección del código (code section) de este cargo?
facts-fact-charge_traffic-about = si esto fue una infracción de tránsito
facts-fact-charge_traffic-help = Las infracciones de tránsito son cosas como exceso de velocidad, manejar sin licencia o manejar de forma imprudente.
facts-fact-charge_traffic-question = ¿Fue una infracción de tránsito?
facts-fact-charge_trafficking_related-about = si esto pasó mientras usted era víctima de trata de personas
facts-fact-charge_trafficking_related-help = Trata de personas (human trafficking) quiere decir que alguien le obligó o le engañó para hacer trabajo sexual u otro trabajo. No necesita papeles oficiales para contestar que sí.
facts-fact-charge_trafficking_related-question = ¿Esto pasó mientras usted era víctima de trata de personas?
facts-fact-history_last_conviction_date-about = la fecha de su condena más reciente
facts-fact-history_last_conviction_date-help = Una revisión de antecedentes (background check) muestra las fechas de sus condenas.
facts-fact-history_last_conviction_date-question = ¿Cuándo fue la última vez que recibió una condena por cualquier cosa, en cualquier tribunal?
facts-fact-history_other_convictions-about = si usted tiene alguna otra condena
facts-fact-history_other_convictions-help = Cuente todos los tribunales y todos los estados, y las condenas que después fueron borradas. No cuente multas de tránsito, como las de exceso de velocidad. Una revisión de antecedentes (background check) del Mississippi Criminal Information Center o de la oficina del sheriff muestra las condenas pasadas.
facts-fact-history_other_convictions-question = Sin contar los cargos que anotó aquí, ¿alguna vez ha recibido una condena por un delito?
facts-fact-history_other_dui_convictions-about = si usted tiene otra condena por DUI
facts-fact-history_other_dui_convictions-help = Su historial de manejo (driving record) muestra las condenas por DUI.
facts-fact-history_other_dui_convictions-question = Sin contar el DUI que anotó aquí, ¿alguna vez ha recibido una condena por otro DUI, en cualquier estado?
facts-fact-history_pending_charges-about = si usted tiene algún cargo abierto
facts-fact-history_pending_charges-help = Un cargo abierto es uno que todavía no se ha desestimado ni decidido. Los tribunales esperan que usted les diga si tiene cargos abiertos.
facts-fact-history_pending_charges-question = ¿Tiene algún cargo que todavía esté abierto, en cualquier tribunal?
facts-fact-history_pending_dui-about = si usted tiene un cargo por DUI abierto
facts-fact-history_pending_dui-help = Un cargo abierto es uno que todavía no se ha desestimado ni decidido.
facts-fact-history_pending_dui-question = ¿Tiene un cargo por DUI que todavía esté abierto?
facts-fact-history_prior_dui_relief-about = si un tribunal le borró un DUI, o le dio una no adjudicación (nonadjudication) de DUI
facts-fact-history_prior_dui_relief-help = El Departamento de Seguridad Pública (Department of Public Safety) guarda un registro de esto.
facts-fact-history_prior_dui_relief-question = ¿Alguna vez un tribunal le borró un DUI, o le dio una no adjudicación (nonadjudication) de DUI?
facts-fact-history_prior_felony_expunction-about = si a usted ya le borraron antes una condena por delito grave
facts-fact-history_prior_felony_expunction-help = Conteste que sí si un juez alguna vez firmó una orden para borrar uno de sus delitos graves.
facts-fact-history_prior_felony_expunction-question = ¿Alguna vez un tribunal le ha borrado una condena por delito grave (felony)?
facts-fact-history_prior_misdemeanor_expunction-about = si a usted ya le borraron antes una condena por delito menor
facts-fact-history_prior_misdemeanor_expunction-help = Conteste que sí si un juez firmó una orden para borrar una condena suya por delito menor.
facts-fact-history_prior_misdemeanor_expunction-question = ¿Alguna vez un juez le borró (expunge) un delito menor (misdemeanor) por el que recibió una condena?

## courts.toml
courts-court-circuit-display = el tribunal de circuito del condado de { $county } (Circuit Court of { $county } County)
courts-court-circuit-prosecutor = la oficina del fiscal de distrito (District Attorney) del condado de { $county }
courts-court-county-display = el tribunal del condado de { $county } (County Court of { $county } County)
courts-court-county-prosecutor = la oficina del fiscal de distrito (District Attorney) o del fiscal del condado (county prosecuting attorney) del condado de { $county } (pregúntele al secretario cuál de los dos llevó su caso)
courts-court-justice-display = el tribunal de juez de paz del condado de { $county } (Justice Court of { $county } County)
courts-court-justice-prosecutor = la oficina del fiscal del condado (county prosecuting attorney) de { $county }
courts-court-municipal-display = el tribunal municipal de la ciudad de { $city } (Municipal Court of the City of { $city })
courts-court-municipal-prosecutor = la oficina del fiscal de la ciudad (city prosecutor) de { $city }
courts-unknown-circuit_display = el tribunal de circuito (Circuit Court) del condado donde recibió la condena
courts-unknown-circuit_prosecutor = la oficina del fiscal de distrito (district attorney) de ese condado
courts-unknown-display = el tribunal que llevó su caso
courts-unknown-prosecutor = la oficina del fiscal de ese tribunal
courts-unknown-practice_citation = lo que piden los secretarios; el secretario de su tribunal le puede decir cómo quiere que le entregue la copia
courts-prosecutor_source-1-office = Las instrucciones del fiscal de distrito del Cuarto Distrito de los tribunales de circuito (Fourth Circuit Court District Attorney)

## documents.toml
documents-document-arrest_record-explain = El reporte de arresto o el registro de ingreso a la cárcel (booking record), con la fecha del arresto y la agencia que hizo el arresto. El departamento de policía o la oficina del sheriff que hizo el arresto le puede dar una copia. Una revisión de antecedentes (background check) del Mississippi Criminal Information Center también lo muestra.
documents-document-arrest_record-name = El registro de arresto
documents-document-bac_result-explain = El resultado de la prueba del arresto, si hubo una (muchas veces está en el expediente del tribunal o en el reporte de arresto). La ley pide que haya sido menor de .16%.
documents-document-bac_result-name = El resultado de la prueba de aliento o de sangre
documents-document-charging_document-explain = El papel que empezó el caso: la acusación formal (indictment) para un delito grave, o la declaración jurada (affidavit) o la citación (ticket o citation) para un delito menor. El secretario del tribunal le puede dar una copia.
documents-document-charging_document-name = El papel de los cargos (charging paper)
documents-document-completion_proof-explain = El papel de salida o de terminación (discharge) de la libertad a prueba (probation), de la libertad condicional (parole) o de la supervisión después de salir de prisión (post-release supervision), o una carta del Departamento de Correccionales (Department of Corrections) que muestre la fecha en que usted terminó.
documents-document-completion_proof-name = Prueba de que terminó su sentencia
documents-document-disposition_order-explain = La orden de desestimación (dismissal order), el veredicto de no culpable, la orden de sentencia (sentencing order) o el resumen del expediente del tribunal (abstract of the court record). Muestra cómo y cuándo terminó su caso. El secretario del tribunal le puede dar una copia.
documents-document-disposition_order-name = El papel que terminó el caso
documents-document-earlier_expungement-explain = Si un tribunal ya le borró algo antes, traiga una copia de esa orden.
documents-document-earlier_expungement-name = Cualquier orden anterior para borrar antecedentes
documents-document-no_case_letter-explain = Una carta del secretario del tribunal donde se habría presentado el cargo, que diga que no se presentó ningún caso contra usted, si el secretario se la da.
documents-document-no_case_letter-name = Una carta que diga que no se presentó ningún caso
documents-document-photo_id-explain = Su licencia de conducir u otra identificación con foto, para el secretario.
documents-document-photo_id-name = Una identificación con foto
documents-document-program_completion-explain = La orden o la carta que muestra que usted completó el programa (no adjudicación, intervención antes del juicio, tribunal de drogas u otro tribunal de intervención, o libertad a prueba bajo § 41-29-150) y que el caso fue desestimado.
documents-document-program_completion-name = Prueba de que terminó el programa
documents-document-rehabilitation_evidence-explain = Cartas de un empleador, un maestro, un pastor o un consejero, y certificados de estudios, capacitación, tratamiento o servicio. Le muestran al juez que usted se ha rehabilitado (Bell v. State, 2024: se negó una petición que no los tenía).
documents-document-rehabilitation_evidence-name = Prueba de lo que ha hecho desde entonces
documents-document-zero_balance-explain = Una hoja del secretario del tribunal que muestre que usted no debe nada en el caso: todas las multas, cuotas y costos del tribunal están pagados.
documents-document-zero_balance-name = Una hoja de saldo cero (zero-balance sheet) del secretario

## learn.toml
learn-page-what_expungement_does-sections-1-heading = Quita el antecedente de la vista del público
learn-page-what_expungement_does-sections-1-paragraphs-1 = Un expungement (borrar un antecedente) es una orden del tribunal. Le dice al secretario del tribunal (court clerk), a la policía o al sheriff que hizo el arresto, a la cárcel y a la oficina de antecedentes penales del estado que quiten el antecedente de sus archivos públicos.
learn-page-what_expungement_does-sections-1-paragraphs-2 = Ante la ley, usted vuelve a estar como estaba antes del arresto o del cargo.
learn-page-what_expungement_does-sections-2-heading = No tiene que mencionarlo
learn-page-what_expungement_does-sections-2-paragraphs-1 = Después de que se borra un antecedente, usted no tiene que contarle a nadie sobre el arresto, el cargo o la condena, y no lo pueden acusar de mentir por no mencionarlo.
learn-page-what_expungement_does-sections-2-paragraphs-2 = Hay excepciones. Si lo llaman para servir como jurado y el tribunal le pregunta, usted debe decírselo al juez en privado. Y si alguna vez le presentan cargos otra vez, el tribunal todavía puede saberlo para decidir si usted es un "infractor por primera vez" ("first offender").
learn-page-what_expungement_does-sections-3-heading = Algunos registros se quedan, pero no son públicos
learn-page-what_expungement_does-sections-3-paragraphs-1 = El Mississippi Criminal Information Center guarda un registro privado, solo para que los tribunales puedan saber más adelante si alguien es un infractor por primera vez. La oficina del fiscal de distrito (district attorney) puede guardar un registro privado, solo para uso de las autoridades (law enforcement).
learn-page-what_expungement_does-sections-3-paragraphs-2 = Un empleador todavía le puede preguntar si alguna vez ha tenido una orden para borrar antecedentes (order of expungement).
learn-page-what_expungement_does-sections-3-paragraphs-3 = Cuando un tribunal de juez de paz (Justice Court) o un tribunal municipal (Municipal Court) borra varios delitos menores, eso no cambia su historial de manejo (driving record).
learn-page-what_expungement_does-sections-4-heading = Un perdón no es lo mismo que borrar el antecedente
learn-page-what_expungement_does-sections-4-paragraphs-1 = Un perdón del gobernador (pardon), por sí solo, no borra su antecedente. Usted todavía necesita una orden del tribunal para borrarlo, y se aplican las reglas normales.
learn-page-what_expungement_does-summary = Qué cambia cuando un tribunal borra su antecedente, y qué no cambia.
learn-page-what_expungement_does-title = Qué hace un expungement (borrar un antecedente)
learn-page-dismissal_or_expungement-sections-1-heading = Una desestimación termina el caso, pero no borra el antecedente
learn-page-dismissal_or_expungement-sections-1-paragraphs-1 = Cuando un cargo es desestimado (el juez lo cierra sin condena) o retirado, o cuando el veredicto es "no culpable", el caso termina. Pero el arresto y el expediente del tribunal siguen siendo públicos. Pueden salir en una revisión de antecedentes (background check) cuando busca trabajo o un apartamento.
learn-page-dismissal_or_expungement-sections-1-paragraphs-2 = Para borrarlos, usted tiene que pedirle al tribunal un expungement (borrar un antecedente). No pasa solo. En Mississippi no se borran los antecedentes de forma automática.
learn-page-dismissal_or_expungement-sections-2-heading = El tribunal debe concederlo
learn-page-dismissal_or_expungement-sections-2-paragraphs-1 = Si usted tuvo un arresto y después quedó libre, y el caso fue desestimado, le retiraron los cargos, el caso nunca tuvo un resultado final, o el veredicto del juicio fue "no culpable", la ley dice que el tribunal debe borrar el antecedente cuando usted lo pida. No hay tiempo de espera, y no importa cuál fue el cargo.
learn-page-dismissal_or_expungement-sections-2-paragraphs-2 = No gasta su única oportunidad de borrar un delito grave (felony).
learn-page-dismissal_or_expungement-summary = Por qué un cargo desestimado o retirado todavía puede aparecer, y cómo borrarlo.
learn-page-dismissal_or_expungement-title = Una desestimación no es lo mismo que borrar el antecedente
learn-page-cost-sections-1-heading = La cuota de presentación
learn-page-cost-sections-1-paragraphs-1 = La ley fija una cuota de presentación (filing fee) de $150 por cada petición para borrar (expungement) una condena bajo § 99-19-71. El secretario se queda con $10, $40 van al fondo de los fiscales de distrito y $100 al fondo de los tribunales.
learn-page-cost-sections-1-paragraphs-2 = No está claro si la cuota de $150 se cobra en un caso que terminó sin condena. Para otros tipos de peticiones, la ley no fija ninguna cuota. Pregúntele al secretario cuánto debe pagar antes de presentar la petición.
learn-page-cost-sections-2-heading = Otros cobros
learn-page-cost-sections-2-paragraphs-1 = El secretario puede cobrar por copias de sus papeles y por copias certificadas de la orden que se mandan a cada agencia. Pregunte cuánto cuesta antes de presentar la petición.
learn-page-cost-sections-3-heading = Si no puede pagar
learn-page-cost-sections-3-paragraphs-1 = La ley no dice si se puede perdonar la cuota. Pregúntele al secretario si puede presentar una declaración de pobreza (pauper's affidavit: una declaración jurada de que no puede pagar la cuota). Una clínica de ayuda legal gratuita también le puede ayudar.
learn-page-cost-summary = La cuota de presentación de $150, otros cobros del secretario, y qué hacer si no puede pagar.
learn-page-cost-title = Cuánto cuesta
learn-page-after_you_file-sections-1-heading = Paso por paso
learn-page-after_you_file-sections-1-paragraphs-1 = 1. Usted presenta su petición y una orden propuesta (proposed order) ante el secretario del tribunal que llevó su caso. El secretario les pone un sello con la fecha.
learn-page-after_you_file-sections-1-paragraphs-2 = 2. Usted le da una copia al fiscal de ese tribunal. Para un delito grave (felony), el fiscal de distrito (district attorney) debe recibir un aviso por escrito por lo menos 10 días antes de cualquier audiencia.
learn-page-after_you_file-sections-1-paragraphs-3 = 3. El fiscal la revisa. En algunos tribunales, el fiscal firma la orden propuesta como "approved as to form" (aprobada en cuanto a la forma).
learn-page-after_you_file-sections-1-paragraphs-4 = 4. El juez decide, a veces después de una audiencia. Para un delito grave, el juez debe encontrar que usted se ha rehabilitado. Si el juez dice que no, debe dar razones concretas.
learn-page-after_you_file-sections-1-paragraphs-5 = 5. Cuando el juez firma la orden, el secretario la pone en cada expediente que la orden nombra y sella el antecedente.
learn-page-after_you_file-sections-1-paragraphs-6 = 6. El secretario manda copias certificadas a la agencia que hizo el arresto, a la cárcel o al sheriff donde lo registraron (booking), y al Mississippi Criminal Information Center, que quita el antecedente de los archivos del estado y le pide al FBI que haga lo mismo.
learn-page-after_you_file-sections-1-paragraphs-7 = 7. El secretario archiva el expediente. Pida una copia certificada de la orden para usted y guárdela en un lugar seguro.
learn-page-after_you_file-summary = Los pasos en la oficina del secretario y en el tribunal, desde presentar la petición hasta un antecedente sellado.
learn-page-after_you_file-title = Qué pasa después de presentar la petición
learn-page-what_to_bring-sections-1-heading = Empiece con una revisión de antecedentes
learn-page-what_to_bring-sections-1-paragraphs-1 = Muchas personas empiezan por pedir su historial al Mississippi Criminal Information Center o a la oficina del sheriff. Muestra cada arresto, la agencia y la fecha, así que puede encontrar todos sus casos.
learn-page-what_to_bring-sections-1-paragraphs-2 = Después, pida los papeles de abajo al secretario de cada tribunal que tuvo un caso suyo. Adjunte copias a su petición y guarde los originales.
learn-page-what_to_bring-summary = Los papeles que debe juntar antes de presentar la petición, y dónde conseguirlos.
learn-page-what_to_bring-title = Qué debe traer

## help.toml
help-clinics-text = En todo el estado hay clínicas gratuitas para borrar antecedentes (expungement clinics), organizadas por los grupos de arriba junto con asociaciones de abogados locales y escuelas de derecho. Pregunte en la oficina del secretario del tribunal de circuito (circuit clerk), o revise los sitios web de arriba, para encontrar una cerca de usted. Lleve sus papeles del tribunal.
help-org-mvlp-does = Busca abogados voluntarios para personas de bajos ingresos. Organiza clínicas gratuitas para borrar antecedentes, donde abogados voluntarios le ayudan a llenar sus papeles del tribunal. Hay un límite de ingresos.
help-org-mcj-does = Una oficina de abogados sin fines de lucro. Ayuda a las personas a borrar antecedentes de arrestos y condenas, y organiza clínicas para borrar antecedentes en todo el estado.
help-org-msbar-does = Le da el nombre de un abogado cerca de usted que lleva casos como el suyo. El abogado puede cobrar, así que pregunte primero cuánto cuesta.
help-org-access_to_justice-does = La creó la Corte Suprema de Mississippi (Mississippi Supreme Court) para ayudar a las personas que no pueden pagar un abogado. Trabaja con tribunales y abogados locales en clínicas legales gratuitas, y algunas ayudan a borrar antecedentes.
help-org-legal_services-does = Abogados gratis para personas de bajos ingresos, para problemas que no son casos penales. Borrar antecedentes está entre las cosas en que ayudan. El Mississippi Center for Legal Services atiende los 43 condados del sur; North Mississippi Rural Legal Services atiende los 39 condados del norte. Una sola línea telefónica recibe las llamadas de los dos. Hay un límite de ingresos.
help-org-legal_services-contact-1-label = Línea de admisión para todo el estado
help-org-magnolia_bar-does = Una asociación de abogados de Mississippi. Sus clínicas "Restoration Day", que hace junto con MVLP y escuelas de derecho, ayudan a las personas a saber si pueden borrar sus antecedentes.
help-trafficking-text = Si alguien le está obligando a trabajar o a tener sexo a cambio de algo, la Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline) le puede ayudar, a cualquier hora, gratis y en confianza: llame al 1-888-373-7888 o mande un mensaje de texto al 233733.

## papers.toml
papers-instructions-agencies_intro = Cuando el juez firme la orden, el secretario le mandará una copia certificada a cada una de estas agencias. Cada una necesita los datos que aparecen en la lista para encontrar sus antecedentes. Los nombres y los datos están en inglés, como aparecen en la orden. Si falta una agencia, pídale al secretario que la agregue antes de que el juez firme.
papers-instructions-you = usted
papers-instructions-left_out_item = Cargo { $n } ({ $offence })
papers-instructions-contents = Qué hay en este paquete
papers-instructions-contents_intro = Los papeles del tribunal que siguen a esta página están en inglés, porque así lo piden los tribunales de Mississippi. Aquí le explicamos para qué sirve cada uno.
papers-instructions-paper_petition = La petición para borrar su antecedente (Petition for Expungement): es lo que usted le pide al tribunal. Dice qué cargos quiere borrar, qué pasó en cada caso y la ley que lo permite. Usted la firma. Al final tiene un certificado de entrega (certificate of service): usted lo firma para decir que le dio o le envió por correo una copia al fiscal.
papers-instructions-paper_order = La orden propuesta (proposed Order of Expungement): es lo que firma el juez si está de acuerdo. Usted no llena nada en ella. El secretario del tribunal (court clerk) envía copias certificadas a las agencias que aparecen en ella.
papers-instructions-paper_identification = La hoja de identificación: su nombre completo, su fecha de nacimiento y otros datos que las agencias necesitan para encontrar sus registros. Llénela a mano y entréguesela al secretario del tribunal. No se pone en el expediente público del tribunal.
papers-instructions-paper_pauper = La declaración de pobreza (pauper's affidavit): una declaración jurada de que usted no puede pagar la cuota. Pregunte primero al secretario del tribunal si la aceptan para un expungement.
papers-instructions-agencies_title = Quién recibe una copia certificada de la orden
papers-instructions-bring = Adjunte o traiga
papers-instructions-checklist = Lista para revisar
papers-instructions-checklist_items-1 = Leí cada párrafo de la petición y los hechos son ciertos.
papers-instructions-checklist_items-2 = Firmé la petición y le puse la fecha.
papers-instructions-checklist_items-3 = Tengo los papeles que debo adjuntar.
papers-instructions-checklist_items-4 = Pagué la cuota, o le pregunté al secretario por una declaración de pobreza (pauper's affidavit).
papers-instructions-checklist_items-5 = Le entregué o le mandé por correo una copia a { $prosecutor }, y firmé el certificado de entrega (certificate of service: la parte de la petición que dice que lo hice).
papers-instructions-checklist_items-6 = Llené a mano la hoja confidencial de identificación (confidential identification sheet), y le pedí al secretario que no la ponga en el expediente público.
papers-instructions-checklist_items-7 = Anoté la fecha de cualquier audiencia.
papers-instructions-copies = Firme la petición. Si el secretario la pide, firme también la declaración jurada ante un notario público (notary public). Lleve el original y dos copias de la petición y de la orden propuesta: un juego para el tribunal, uno para { $prosecutor } y uno para usted.
papers-instructions-disclaimer = Esto no es asesoría legal. Un juez decide cada petición. Ayuda legal gratis: Mississippi Volunteer Lawyers Project, Mississippi Center for Justice y el servicio de referencia de abogados del Mississippi Bar (lawyer referral service).
papers-instructions-fee = Cuota
papers-instructions-left_out = Cargos que no están en estos papeles
papers-instructions-left_out_intro = Estos cargos no están en los papeles, por la razón o desde la fecha que se indica. No los agregue a mano.
papers-instructions-next = Qué pasa después
papers-instructions-no_court = Necesitamos el nombre y el lugar del tribunal antes de poder preparar los papeles para este cargo.
papers-instructions-papers_for = Papeles para { $court }
papers-instructions-prepared = Preparado el { $date } para { $petitioner }, con las reglas { $rules_version }.
papers-instructions-serve = Dele una copia al fiscal
papers-instructions-page = Página { $n } de { $total }
papers-instructions-title = Cómo presentar sus papeles para borrar antecedentes (expungement)
papers-instructions-where = Presente sus papeles en la oficina del secretario (clerk) que atiende { $court }. Primero llame o vaya en persona, y pregunte cómo reciben las peticiones para borrar antecedentes (expungement petitions), cuánto cobran, y si el juez quiere que la declaración jurada se firme ante un notario público (notary public). En los Estados Unidos, un notario público no es abogado: solo revisa quién es usted y lo ve firmar. No le puede dar consejos legales.

## reasons.toml (added later)
reasons-reason-level_contradicts-text = Usted dijo que este cargo era un { $given }, pero la ley dice que { $offence } es un { $level }. Revise el papel de los cargos (charging paper) o la orden de sentencia (sentencing order), o pregúntele al secretario del tribunal. Si sus papeles dicen que fue un { $given }, un abogado debe revisarlo con usted.
reasons-reason-level_either_way-text = Usted no estaba seguro de si esto era un delito grave (felony) o un delito menor (misdemeanor). Lo revisamos de las dos maneras, y la respuesta es la misma.
