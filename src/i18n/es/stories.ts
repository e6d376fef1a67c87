/**
 * Las historias guiadas en español (véase ../en/stories.ts). Las cifras nunca se escriben a mano:
 * `{nombre}` es un valor en vivo de la ejecución en el día del capítulo y `{param:ruta}` un
 * parámetro de la ejecución; la aplicación los escribe con el formato numérico español.
 */
export const storyMessages = {
  'story.runaway-urn.title': 'Cómo se desboca un bucle',
  'story.runaway-urn.two-neighborhoods.title': 'Un agente, dos barrios',
  'story.runaway-urn.two-neighborhoods.text':
    'Un agente patrulla dos barrios, y el modelo lo envía adonde apuntan sus registros. Hasta ahora, el barrio 1 ha tenido el {region1TrueShare} de los incidentes reales; tras {day} días, el modelo envía allí al agente con una probabilidad del {region1RiskShare}.',
  'story.runaway-urn.found-where-sent.title': 'Solo cuenta lo que se encuentra',
  'story.runaway-urn.found-where-sent.text':
    'El agente solo puede descubrir incidentes donde lo envían, y cada hallazgo se añade a los registros de ese barrio. Tras {day} días, el agente ha descubierto {discoveries} incidentes y ha pasado el {region1PatrolShare} de los días en el barrio 1, que tiene el {region1TrueShare} de los incidentes reales.',
  'story.runaway-urn.runaway.title': 'El bucle se desboca',
  'story.runaway-urn.runaway.text':
    'Tras {day} días, el modelo envía al agente al barrio 1 con una probabilidad del {region1RiskShare}, aunque ha tenido el {region1TrueShare} de los incidentes reales. Los delitos del barrio 2 rara vez se ven, así que rara vez se registran, y nada en los datos hace volver al modelo.',
  'story.runaway-urn.reports-soften.title': 'Las denuncias suavizan el bucle',
  'story.runaway-urn.reports-soften.text':
    'Ahora los residentes también denuncian a la policía el {param:sources.reports.majorityRate, percent} de los incidentes, esté donde esté el agente. Tras {day} días, el agente va al barrio 1 con una probabilidad del {region1RiskShare}: más cerca de su {region1TrueShare} de los incidentes reales, pero aún por encima. Las denuncias suavizan el bucle desbocado; no lo eliminan.',

  'story.the-loop.title': 'Una brecha que crece',
  'story.the-loop.equal-crime.title': 'Igual delincuencia',
  'story.the-loop.equal-crime.text':
    'En esta ciudad sintética, ambos grupos sufren la misma delincuencia real: en los primeros {day} días hubo {minorityTruePer1000} incidentes por cada 1.000 residentes de la minoría y {majorityTruePer1000} por cada 1.000 de la mayoría. El cuarto de barrios con más población minoritaria alberga el {quarterPopulationShare} de los residentes.',
  'story.the-loop.nearly-even.title': 'Un comienzo casi equilibrado',
  'story.the-loop.nearly-even.text':
    'El modelo aprende solo de los registros policiales. Al principio apenas están desequilibrados, así que en los primeros {day} días el cuarto más minoritario recibió el {quarterPatrolShare} de las patrullas para el {quarterTrueShare} de la delincuencia real: {disparityRatio} veces lo que le corresponde.',
  'story.the-loop.more-stops.title': 'Los controles solo ocurren donde van las patrullas',
  'story.the-loop.more-stops.text':
    'Una unidad de patrulla para a {param:sources.stops.stopsPerUnit} personas al día en un barrio enteramente mayoritario y {param:sources.stops.minorityAreaRatio} veces más en uno enteramente minoritario, y cada control que encuentra algo se convierte en un registro. Una patrulla en el cuarto devuelve más registros, así que el modelo envía allí más patrullas: el día {day}, el cuarto acumula el {quarterRecordedShare} de los registros recientes y recibe {disparityRatio} veces la parte de patrullas que le corresponde.',
  'story.the-loop.runaway.title': 'El bucle se desboca',
  'story.the-loop.runaway.text':
    'Tras {day} días, el cuarto recibe el {quarterPatrolShare} de las patrullas para el {quarterTrueShare} de la delincuencia real: {disparityRatio} veces lo que le corresponde. Nada cambió en la delincuencia. Las patrullas de cada día siguieron a los registros, y los registros de cada día siguieron a las patrullas.',
  'story.the-loop.no-tilt.title': 'El mismo bucle, sin la inclinación',
  'story.the-loop.no-tilt.text':
    'Dé a las patrullas el mismo número de controles en todas partes, con el mismo historial: tras {day} días, el cuarto recibe {disparityRatio} veces la parte de patrullas que le corresponde. El bucle amplifica una diferencia en cómo se producen los registros; sin nada que amplificar, se mantiene donde empezó.',

  'story.biased-history.title': 'Historial sesgado, delincuencia igual',
  'story.biased-history.equal-crime.title': 'Igual delincuencia',
  'story.biased-history.equal-crime.text':
    'En esta ciudad sintética, ambos grupos sufren la misma delincuencia real: en los primeros {day} días hubo {minorityTruePer1000} incidentes por cada 1.000 residentes de la minoría y {majorityTruePer1000} por cada 1.000 de la mayoría. El cuarto de barrios con más población minoritaria alberga el {quarterPopulationShare} de los residentes y tuvo el {quarterTrueShare} de los incidentes reales.',
  'story.biased-history.biased-start.title': 'Un historial sesgado',
  'story.biased-history.biased-start.text':
    'La base de datos no empezó vacía. Las patrullas del pasado registraron una parte de los incidentes {param:sources.history.overPolicingFactor} veces mayor en los barrios enteramente minoritarios que en los enteramente mayoritarios, así que al final del día {day} el cuarto más minoritario ya acumula el {quarterRiskShare} de la puntuación de riesgo.',
  'story.biased-history.hotspots.title': 'Los puntos calientes siguen a los registros',
  'story.biased-history.hotspots.text':
    'Cada día, el modelo señala los {param:deployment.hotspots} barrios de mayor riesgo y envía allí las {param:deployment.units} unidades de patrulla. En los últimos {windowDays} días, el {quarterPatrolShare} de las patrullas fue al cuarto más minoritario, que tuvo el {quarterTrueShare} de la delincuencia real: {disparityRatio} veces lo que le corresponde.',
  'story.biased-history.records-confirm.title': 'Los registros se confirman a sí mismos',
  'story.biased-history.records-confirm.text':
    'Las patrullas encuentran y registran más donde se las envía, así que los registros nuevos coinciden con los antiguos. Tras {day} días, la policía ha registrado {minorityRecordedPer1000} incidentes por cada 1.000 residentes de la minoría y {majorityRecordedPer1000} por cada 1.000 de la mayoría, {recordedRatio} veces más, aunque la delincuencia real es igual.',
  'story.biased-history.no-loop.title': 'Sin el bucle',
  'story.biased-history.no-loop.text':
    'Reparta las patrullas por igual, digan lo que digan los datos, y el bucle se corta: el cuarto más minoritario recibe el {quarterPatrolShare} de las patrullas y tiene el {quarterTrueShare} de la delincuencia real. El historial sesgado sigue en la base de datos; ya no decide adónde van los agentes.',

  'story.differential-reporting.title': 'Quién llama a la policía',
  'story.differential-reporting.who-reports.title': 'Quién denuncia',
  'story.differential-reporting.who-reports.text':
    'Aquí el modelo aprende solo de las llamadas de víctimas y residentes. La delincuencia real es igual, pero en esta ejecución se denunció el {minorityDetectionRate} de los incidentes con víctimas de la minoría, frente al {majorityDetectionRate} con víctimas de la mayoría. En Estados Unidos se denuncia menos de la mitad de las victimizaciones violentas (NCVS 2017), y la proporción difiere entre comunidades.',
  'story.differential-reporting.data-says-safer.title': 'Los datos dicen «más seguro»',
  'story.differential-reporting.data-says-safer.text':
    'Lo que dicen los datos tras {day} días: {minorityRecordedPer1000} incidentes registrados por cada 1.000 residentes de la minoría y {majorityRecordedPer1000} por cada 1.000 de la mayoría. Lo que ocurrió: {minorityTruePer1000} y {majorityTruePer1000}. Los registros hacen que los barrios minoritarios parezcan más seguros de lo que son.',
  'story.differential-reporting.hotspots-move.title': 'Los puntos calientes se desplazan',
  'story.differential-reporting.hotspots-move.text':
    'El cuarto más minoritario tuvo el {quarterTrueShareToDate} de los incidentes reales, pero hizo solo el {quarterReportShare} de las denuncias, y la lista de puntos calientes le da el {quarterPatrolShare} de las patrullas. Es el desplazamiento que describen Akpinar, De-Arteaga y Chouldechova: los puntos calientes pasan de lugares con mucha delincuencia y pocas denuncias a lugares que denuncian más, sin ningún bucle de retroalimentación.',
  'story.differential-reporting.divide-by-rate.title': 'Dividir por la tasa de denuncia',
  'story.differential-reporting.divide-by-rate.text':
    'Si se conocen las tasas de denuncia, cada denuncia puede contar 1 ÷ la tasa de su grupo. La parte del cuarto en la puntuación de riesgo pasa a ser el {quarterRiskShare}, cerca de su {quarterTrueShareToDate} de los incidentes reales, y la lista de puntos calientes le da ahora el {quarterPatrolShare} de las patrullas. Las tasas de denuncia reales solo se conocen de forma aproximada, y unas pocas denuncias ponderadas al alza son una estimación ruidosa.',

  'story.surveillance-density.title': 'Cámaras en algunas calles',
  'story.surveillance-density.where-sensors-are.title': 'Dónde están los sensores',
  'story.surveillance-density.where-sensors-are.text':
    'Los sensores se instalan con una densidad {param:sources.sensors.minoritySkew} veces mayor en los barrios enteramente minoritarios que en los enteramente mayoritarios. En los últimos {windowDays} días, el cuarto más minoritario tuvo el {quarterTrueShare} de los incidentes reales, pero produjo el {quarterSensorShare} de todas las alertas de sensores.',
  'story.surveillance-density.risk-follows.title': 'El riesgo sigue a los sensores',
  'story.surveillance-density.risk-follows.text':
    'El modelo de fusión suma las alertas de sensores a las denuncias, los hallazgos y los controles, así que más sensores significan más riesgo. Tras {day} días, el cuarto recibe el {quarterPatrolShare} de las patrullas para el {quarterTrueShare} de la delincuencia real, {disparityRatio} veces lo que le corresponde. Los sensores no encontraron allí más delitos; vigilaron una parte mayor de ellos.',
  'story.surveillance-density.false-alerts.title': 'Falsas alertas',
  'story.surveillance-density.false-alerts.text':
    'Suba las falsas alertas, como el petardeo de un coche o una matrícula mal leída, a {param:sources.sensors.falseAlertsPerDay} al día por barrio con cobertura total. Las falsas alertas crecen con la cobertura, así que se acumulan donde los sensores son densos: el cuarto recibe ahora el {quarterPatrolShare} de las patrullas, {disparityRatio} veces su parte de la delincuencia real.',
  'story.surveillance-density.even-coverage.title': 'Cobertura uniforme',
  'story.surveillance-density.even-coverage.text':
    'Reparta los mismos sensores por igual y la parte de alertas del cuarto baja al {quarterSensorShare}; recibe el {quarterPatrolShare} de las patrullas y tiene el {quarterTrueShare} de la delincuencia real. Dónde mira un sistema determina lo que encuentra.',

  'story.stop-and-frisk.title': 'Controles que no encuentran nada',
  'story.stop-and-frisk.who-is-stopped.title': 'A quién se para',
  'story.stop-and-frisk.who-is-stopped.text':
    'Los agentes paran a personas donde patrullan, y aquí un residente de la minoría tiene {param:sources.stops.biasRatio} veces más probabilidades de ser parado que uno de la mayoría en el mismo barrio. Los residentes de la minoría son el {minorityPopulationShare} de los residentes de la ciudad, pero el {minorityShareOfEmptyStops} de las personas paradas sin que se encontrara nada.',
  'story.stop-and-frisk.mostly-nothing.title': 'La mayoría de los controles no encuentran nada',
  'story.stop-and-frisk.mostly-nothing.text':
    'Tras {day} días, {stopsWithoutHit} controles no han encontrado nada y {stopHits} han encontrado algo: {emptyStopsPerHit} personas paradas sin motivo por cada acierto. Por cada 1.000 residentes, {minorityEmptyStopsPer1000} de la minoría y {majorityEmptyStopsPer1000} de la mayoría fueron parados sin motivo.',
  'story.stop-and-frisk.few-records.title': 'Pocos aciertos, pocos registros',
  'story.stop-and-frisk.few-records.text':
    'Los aciertos son raros, así que aquí los controles añaden poco a los registros: la policía ha registrado {minorityRecordedPer1000} incidentes por cada 1.000 residentes de la minoría y {majorityRecordedPer1000} por cada 1.000 de la mayoría. En este escenario, el daño está menos en los datos que en los propios controles.',
  'story.stop-and-frisk.hotspot-stops.title': 'Los puntos calientes concentran los controles',
  'story.stop-and-frisk.hotspot-stops.text':
    'Envíe todas las patrullas a los {param:deployment.hotspots} primeros puntos calientes en lugar de en proporción al riesgo, y los controles van con ellas. El cuarto más minoritario recibe ahora el {quarterPatrolShare} de las patrullas, y los residentes de la minoría son parados sin motivo {emptyStopRatio} veces más por residente que los de la mayoría.',
  'story.stop-and-frisk.unbiased-stops.title': 'Controles sin sesgo',
  'story.stop-and-frisk.unbiased-stops.text':
    'Sin sesgo en a quién paran los agentes, {minorityEmptyStopsPer1000} residentes de la minoría y {majorityEmptyStopsPer1000} de la mayoría por cada 1.000 son parados sin motivo. Aun así, {stopsWithoutHit} controles no encontraron nada: una política de controles sin sesgo reparte el coste por igual; no lo elimina.',

  'story.the-correction.title': 'La corrección de Ensign',
  'story.the-correction.without.title': 'La urna, sin corrección',
  'story.the-correction.without.text':
    'La urna de «Cómo se desboca un bucle», con un cambio: el {param:deployment.exploration, percent} de las veces, el agente va a un barrio elegido al azar. Sin corrección, el modelo sigue enviando al agente al barrio 1 con una probabilidad del {region1RiskShare}, aunque tiene el {region1TrueShare} de los incidentes reales.',
  'story.the-correction.with.title': 'Con la corrección',
  'story.the-correction.with.text':
    'La corrección de Ensign y colaboradores conserva un incidente hallado con una probabilidad menor cuanto más probable era que se enviara allí a la policía. Tras {day} días, el modelo envía al agente al barrio 1 con una probabilidad del {region1RiskShare}, cerca de su {region1TrueShare} de los incidentes reales: la urna ha aprendido la proporción real de la delincuencia.',
  'story.the-correction.slow.title': 'Aprender lleva tiempo',
  'story.the-correction.slow.text':
    'Tras solo {day} días, la probabilidad sigue siendo del {region1RiskShare}, frente a una parte real del {region1TrueShare}. La corrección descarta hallazgos, así que el modelo ve menos y aprende despacio.',

  'story.no-feedback.title': 'Sin retroalimentación',
  'story.no-feedback.even-patrols.title': 'Las patrullas ignoran los datos',
  'story.no-feedback.even-patrols.text':
    'La condición de control: cada barrio recibe las mismas patrullas, digan lo que digan los datos. El cuarto más minoritario recibe el {quarterPatrolShare} de las patrullas y tuvo el {quarterTrueShare} de los incidentes reales en los últimos {windowDays} días.',
  'story.no-feedback.same-start.title': 'El mismo comienzo sesgado',
  'story.no-feedback.same-start.text':
    'La base de datos empieza tan sesgada como en «Historial sesgado, delincuencia igual»: al final del día {day}, el cuarto más minoritario acumula el {quarterRiskShare} de la puntuación de riesgo. Aquí la puntuación de riesgo no decide nada.',
  'story.no-feedback.records-even-out.title': 'Los registros se equilibran',
  'story.no-feedback.records-even-out.text':
    'Con las patrullas repartidas por igual, los registros nuevos siguen a la delincuencia real: {minorityRecordedPer1000} por cada 1.000 residentes de la minoría y {majorityRecordedPer1000} por cada 1.000 de la mayoría tras {day} días. A medida que los registros antiguos se desvanecen, la parte del cuarto en la puntuación de riesgo baja al {quarterRiskShare}.',
  'story.no-feedback.loop-on.title': 'Vuelva a activar el bucle',
  'story.no-feedback.loop-on.text':
    'Deje que la puntuación de riesgo vuelva a decidir, enviando todas las unidades a los {param:deployment.hotspots} primeros puntos calientes, y el cuarto recibe el {quarterPatrolShare} de las patrullas para el {quarterTrueShare} de la delincuencia real. La diferencia entre esta ejecución y el control es obra del bucle.',

  'story.attention-allocation.title': 'Seis unidades, cinco lugares',
  'story.attention-allocation.five-sites.title': 'Cinco lugares',
  'story.attention-allocation.five-sites.text':
    'Cinco lugares con tasas reales distintas se reparten seis unidades al día, como en el estudio de ml-fairness-gym de D\'Amour y colaboradores. El lugar 1 tuvo el {region1TrueShare} de los incidentes en los primeros {day} días y recibió el {region1PatrolShare} de las unidades: un registro previo grande e igual en cada lugar mantiene la asignación casi equilibrada.',
  'story.attention-allocation.one-each.title': 'Una unidad encuentra un incidente',
  'story.attention-allocation.one-each.text':
    'Una unidad encuentra como mucho un incidente al día. De {trueIncidents} incidentes se descubrieron {discoveries}; los que afectaban a residentes de la minoría, que aquí viven sobre todo en los lugares con más actividad, se descubrieron el {minorityDetectionRate} de las veces, frente al {majorityDetectionRate} para los de la mayoría. Los grupos de este escenario son ilustrativos.',
  'story.attention-allocation.uniform.title': 'Uniforme no es igualitario',
  'story.attention-allocation.uniform.text':
    'Envíe cada unidad a un lugar sorteado al azar, como hace el agente uniforme del gym, y se encuentran {discoveries} de {trueIncidents} incidentes. La brecha de hallazgo se mantiene, el {minorityDetectionRate} para los residentes de la minoría frente al {majorityDetectionRate} para los de la mayoría: un reparto uniforme no trata por igual necesidades desiguales.',

  'story.three-regions.title': '¿Se puede arreglar el modelo?',
  'story.three-regions.no-fix.title': 'Tres barrios, sin corrección',
  'story.three-regions.no-fix.text':
    'Otra vez la urna, con un tercer barrio. Los tres han tenido el {region1TrueShare}, el {region2TrueShare} y el {region3TrueShare} de los incidentes reales, pero tras {day} días el modelo envía allí al agente con probabilidades del {region1RiskShare}, el {region2RiskShare} y el {region3RiskShare}.',
  'story.three-regions.two-works.title': 'La corrección funciona con dos',
  'story.three-regions.two-works.text':
    'Con dos barrios, la corrección de Ensign y colaboradores funciona: conserva un incidente hallado con probabilidad (1 − p) ÷ el mayor (1 − p), donde p es la probabilidad de que se enviara allí a la policía. Tras {day} días, el modelo envía al agente al barrio 1 con una probabilidad del {region1RiskShare}; su parte real es el {region1TrueShare}.',
  'story.three-regions.three-fails.title': 'Falla con tres',
  'story.three-regions.three-fails.text':
    'La misma corrección con tres barrios aprende proporciones equivocadas: el {region1RiskShare}, el {region2RiskShare} y el {region3RiskShare}, frente a unas partes reales del {region1TrueShare}, el {region2TrueShare} y el {region3TrueShare}. La regla se basa en que, con dos zonas, el 1 − p de una es el p de la otra; con tres, descuenta demasiado poco al barrio más patrullado, y el menos patrullado se queda sin patrullas.',
  'story.three-regions.ipf-works.title': 'Filtrado por propensión inversa',
  'story.three-regions.ipf-works.text':
    'El filtrado por propensión inversa conserva un incidente hallado con probabilidad (menor p) ÷ p, de modo que cada barrio cuenta como si se hubiera patrullado por igual. Las partes pasan a ser el {region1RiskShare}, el {region2RiskShare} y el {region3RiskShare}, cerca de la realidad. Necesita que cada barrio se patrulle alguna vez: aquí el {param:deployment.exploration, percent} de las patrullas va a un barrio elegido al azar.',

  'story.costs-and-benefits.title': 'Sopesar costes y beneficios',
  'story.costs-and-benefits.ledger.title': 'Un balance',
  'story.costs-and-benefits.ledger.text':
    'Un año de patrullaje de puntos calientes que para a personas. Los controles encontraron algo {stopHits} veces y nada {stopsWithoutHit} veces: {emptyStopsPerHit} personas paradas sin motivo por cada acierto. En el mismo año, las patrullas descubrieron {discoveries} incidentes y los residentes denunciaron {reports}, sin parar a nadie.',
  'story.costs-and-benefits.who-pays.title': 'Quién paga',
  'story.costs-and-benefits.who-pays.text':
    'Los residentes de la minoría son el {minorityPopulationShare} de los residentes, pero soportaron el {minorityShareOfEmptyStops} de los controles que no encontraron nada: {minorityEmptyStopsPer1000} por cada 1.000 residentes de la minoría frente a {majorityEmptyStopsPer1000} por cada 1.000 de la mayoría. Los controles a residentes de la minoría encontraron algo {minorityStopHits} veces; los controles a residentes de la mayoría, {majorityStopHits} veces.',
  'story.costs-and-benefits.more-stops.title': 'Más controles',
  'story.costs-and-benefits.more-stops.text':
    'Suba los controles por unidad de patrulla a {param:sources.stops.stopsPerUnit}: los controles encuentran ahora algo {stopHits} veces y paran a {stopsWithoutHit} personas sin motivo, todavía {emptyStopsPerHit} por acierto. Una suma utilitarista depende entonces por completo de cuánto pese un acierto frente a una persona parada sin motivo, y el modelo no puede aportar ese peso.',
  'story.costs-and-benefits.no-stops.title': 'Sin controles',
  'story.costs-and-benefits.no-stops.text':
    'Sin controles, nadie es parado sin motivo; las patrullas siguen descubriendo {discoveries} incidentes y los residentes denuncian {reports}. Lo que se pierde es lo que habrían encontrado los controles. Si esa pérdida pesa más que el daño es un juicio que las cifras informan, pero no pueden hacer.',
  'story.costs-and-benefits.unbiased.title': 'Controles sin sesgo',
  'story.costs-and-benefits.unbiased.text':
    'Pare por igual a los residentes de un barrio, sea cual sea su grupo: los residentes de la minoría soportan ahora el {minorityShareOfEmptyStops} de los controles que no encontraron nada, más cerca de su {minorityPopulationShare} de los residentes. El resto de la brecha viene de adónde envían las patrullas los puntos calientes.',
  'story.the-list.title': 'La lista',
  'story.the-list.where-she-lives.title': 'En la lista por dónde vive',
  'story.the-list.where-she-lives.text':
    'La propensión de cada residente a delinquir sale de la misma distribución en los dos grupos: en {day} días, los residentes seguidos de la minoría cometieron {peopleMinorityOffensesPer1000} delitos por cada 1000 y los de la mayoría {peopleMajorityOffensesPer1000}. Tome a la misma persona, con la misma propensión, y póngala en un barrio muy patrullado o en uno poco patrullado: {twinHighPatrolListedPer1000} de cada 1000 de esos residentes entraron en la lista en el primero, {twinLowPatrolListedPer1000} de cada 1000 en el segundo. Solo cambia su dirección.',
  'story.the-list.points-from-contacts.title': 'Los puntos vienen de los contactos',
  'story.the-list.points-from-contacts.text':
    'Cada parada es un punto, encuentre lo que encuentre. Los residentes de la minoría tuvieron {peopleMinorityContactsPerOffense} contactos policiales por delito real, los de la mayoría {peopleMajorityContactsPerOffense}. El {peopleThroughContactsShare} del tiempo en la lista fue de personas cuyos otros puntos (una detención, una etiqueta de pandilla, la libertad vigilada) no las habrían puesto en ella, y el {peopleWithoutOffenseShare} de personas sin ningún delito real dentro de la ventana.',
  'story.the-list.feeds-itself.title': 'La lista se alimenta a sí misma',
  'story.the-list.feeds-itself.text':
    'Un residente de la lista tiene {param:people.attention} veces más probabilidad que un vecino de ser el que un agente para, así que cada trimestre suma más puntos por contacto de los que sumaría sin la lista. Los residentes de la minoría son el {peopleMinorityShare} de los residentes seguidos y ocuparon el {peopleMinorityListShare} de los puestos de la lista; una persona de la lista permaneció en ella {peopleMeanDaysOnList} días de media.',
  'story.the-list.no-extra-attention.title': 'Política: sin atención extra',
  'story.the-list.no-extra-attention.text':
    'Indique a los agentes que no paren a las personas de la lista más que a cualquier otra: una persona de la lista permanece ahora en ella {peopleMeanDaysOnList} días de media, y pasan por ella más personas. La lista ya no se alimenta a sí misma, pero las patrullas siguen yendo adonde iban.',
  'story.the-list.no-contact-points.title': 'Política: sin puntos por contacto',
  'story.the-list.no-contact-points.text':
    'No dé puntos por los contactos: ya nadie entra en la lista por sus contactos ({peopleThroughContactsShare}). Los residentes de la minoría siguen ocupando el {peopleMinorityListShare} de la lista con el {peopleMinorityShare} de los residentes, porque las detenciones también ocurren donde están las patrullas: un delito sin resolver solo se descubre si alguien es parado o si hay un agente que lo vea.',
  'story.the-list.shorter-window.title': 'Política: una memoria más corta',
  'story.the-list.shorter-window.text':
    'Cuente los puntos durante {param:people.windowDays} días en lugar de dos años: las personas salen antes de la lista ({peopleMeanDaysOnList} días de media) y pasan por ella {peopleEverListed} personas. Una memoria más corta cambia quién está en la lista este trimestre, no dónde ocurren los contactos que la llenan.',
};
