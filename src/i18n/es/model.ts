/** Textos en español del panel «Qué es este modelo y qué no es» (véase ../en/model.ts). */
export const modelMessages = {
  'model.title': 'Qué es este modelo y qué no es',
  'model.lead':
    'Runaway simula una ciudad sintética para mostrar, paso a paso, mecanismos que describe la investigación publicada: cómo un sistema de vigilancia policial predictiva que aprende de sus propios registros puede enviar cada vez más patrullas a algunos barrios.',
  'model.is.heading': 'Es',
  'model.is': [
    'Una simulación de una ciudad inventada. Cada barrio, residente e incidente lo genera el programa.',
    'Reproducible: los mismos ajustes y la misma semilla dan las mismas cifras, en cualquier ordenador, en el navegador o en la línea de órdenes.',
    'Calibrada solo en escala. Las tasas de denuncia, las tasas de acierto de los controles y las tasas delictivas de la urna se toman de fuentes publicadas para que las cifras sean verosímiles, no para que describan un lugar.',
    'Igualitaria por defecto: salvo que usted lo cambie, los residentes de la minoría y de la mayoría delinquen con la misma tasa, así que toda diferencia entre ellos en pantalla la producen los datos y el bucle.',
  ],
  'model.isNot.heading': 'No es',
  'model.isNot': [
    'Una descripción de ninguna ciudad, cuerpo policial ni barrio reales. Sus cifras no son estimaciones de nada en el mundo.',
    'Una reproducción de ningún producto comercial. Sistemas como PredPol se representan mediante sustitutos simplificados cuyos detalles expone el README.',
    'Una prueba de que la delincuencia real sea o no igual entre grupos. Las tasas iguales son un supuesto elegido para aislar lo que añaden los datos y el bucle.',
    'Un pronóstico de lo que haría una política en la práctica.',
  ],
  'model.published.heading': 'Modelos publicados que reproduce con exactitud',
  'model.published': [
    'La victimización por repetición cercana (Mohler et al. 2011) es un proceso de Hawkes: cada incidente desencadena incidentes derivados con la tasa θω·e^(−ωt) t días después, θ en total, en promedio 1/ω días después. Los días son enteros, así que el modelo usa los totales diarios exactos de esa tasa: θ·(1 − (1 − e^(−ω))/ω) derivados el mismo día y θ·(1 − e^(−ω))²/ω·e^(−ω(k−1)) el día k posterior. Los derivados pueden propagarse a barrios cercanos según una gaussiana de la distancia (σ en km); sin normalizar, como la escribieron Akpinar et al. (2021), un incidente tiene θ·2πσ² derivados. La razón de ramificación efectiva debe quedar por debajo de 1.',
    'La asignación de atención de ml-fairness-gym (D\'Amour et al. 2020): las tasas pueden ser persistentes, subir d tras un día sin unidades y bajar d por cada unidad, nunca por debajo de 0; una unidad encuentra como mucho un incidente; los asignadores uniforme, voraz y α-justo del gym son políticas de despliegue que reparten unidades enteras.',
    'La urna de Ensign et al. (2018) puede olvidar como lo hace el código de los autores: tras añadir los registros de cada día, cada bola se retira con probabilidad p, y ningún barrio baja de una bola.',
  ],
  'model.simplifications.heading': 'Qué simplifica y por qué importa',
  'model.simplification.groups.title': 'Dos grupos',
  'model.simplification.groups.text':
    'Los residentes pertenecen a un grupo minoritario o mayoritario, mezclados en proporciones fijas en cada barrio. Las ciudades reales tienen muchos grupos, y la gente se mueve entre barrios cada día.',
  'model.simplification.crime.title': 'Un solo tipo de delito',
  'model.simplification.crime.text':
    'Los incidentes son recuentos de un único tipo de delito con una tasa constante, salvo que se active la victimización por repetición cercana o la disuasión. Los delitos reales difieren en la frecuencia con que se denuncian y en cómo los encuentran las patrullas.',
  'model.simplification.people.title': 'Pocos individuos',
  'model.simplification.people.text':
    'No hay víctimas ni agentes individuales, y el delito no se aleja de las patrullas. Los infractores individuales aparecen solo en la capa opcional de personas que se describe más abajo, y solo como una muestra de los residentes de cada barrio.',
  'model.simplification.records.title': 'Los registros son recuentos',
  'model.simplification.records.text':
    'Las fuentes de datos se fusionan con pesos sin eliminar duplicados, como hacen muchos sistemas de fusión. Un registro no es una detención, una imputación ni una condena; lo que sigue a un registro queda fuera del modelo.',
  'model.simplification.risk.title': 'Un modelo de riesgo sencillo',
  'model.simplification.risk.text':
    'La puntuación de riesgo es un recuento ponderado de registros con memoria (acumulativa, que se desvanece o autoexcitada con parámetros fijos). Los sistemas comerciales ajustan modelos más complejos cuyos detalles no son públicos.',
  'model.simplification.harms.title': 'Daños parciales',
  'model.simplification.harms.text':
    'Los controles que no encuentran nada se cuentan como daños. No se modelan las detenciones, el uso de la fuerza, los procesamientos, la pérdida de confianza ni el daño de la desprotección donde se retiran patrullas.',
  'model.simplification.behaviour.title': 'Conducta fija',
  'model.simplification.behaviour.text':
    'La disposición de los residentes a denunciar y las tasas de control y de hallazgo de los agentes son probabilidades fijas; en la realidad cambian con la experiencia que se tiene de la policía.',
  'model.personLayer.heading': 'Personas en una lista: la capa de personas',
  'model.personLayer.lead':
    'Una capa opcional, activada en la historia «La lista», sigue a residentes sintéticos de cada barrio. Los controles y los incidentes que genera el modelo de barrios se atribuyen a residentes; cada contacto policial y cada detención suman puntos, según un esquema inspirado en los «Chronic Offender Bulletins» del programa LASER de la policía de Los Ángeles; las puntuaciones más altas (o todas las que superan un umbral) entran en una lista de vigilancia que se rehace cada trimestre; y una persona en la lista tiene más probabilidades de ser a quien un agente controla. Muestra cómo una lista de personas puede alimentarse a sí misma igual que el patrullaje, un nivel más abajo.',
  'model.personLayer.simplifies.heading': 'Qué simplifica la capa de personas',
  'model.personLayer.simplifies': [
    'Un solo tipo de detención y ningún tribunal. Un delito solo puede acabar en detención si se denuncia o se descubre, o si un control lo encuentra; toda detención cuenta para la puntuación y para la libertad condicional o vigilada, haya condena o no. No se modelan imputaciones, juicios ni penas.',
    'Los residentes seguidos son una muestra de cada barrio (250 por defecto). Los demás son controlados con la misma frecuencia pero no se les sigue, así que los recuentos describen la muestra, no a todos los residentes.',
    'La lista no cambia adónde van las patrullas. Estar en la lista cambia sobre quién recae un control dentro de un barrio, nunca cuántas patrullas recibe un barrio: la simulación por barrios es la misma, cifra por cifra, con la capa activada o desactivada.',
    'Los pesos de los puntos (5 por una detención, una etiqueta de pandilla o la libertad condicional o vigilada, 1 por contacto policial, durante dos años) siguen el esquema de LASER tal como lo describen fuentes secundarias; no se han verificado en los documentos de la propia policía de Los Ángeles. El tamaño de la lista, la atención adicional a las personas en la lista y los demás ajustes son ilustraciones, no estimaciones.',
    'Las etiquetas de grupo nunca entran en la puntuación. La propensión a delinquir de cada residente se extrae de la misma distribución en ambos grupos, así que toda diferencia entre grupos en la lista procede de adónde van las patrullas y a quién controlan.',
    'Fuentes: Brayne (2017), sobre las puntuaciones de riesgo y las bases de datos que incluyen a personas sin contacto policial directo; la revisión de LASER de 2019 del Inspector General de la policía de Los Ángeles; Saunders, Hunt y Hollywood (2016), sobre la Strategic Subject List de Chicago. El README y los ajustes indican la fuente de cada parámetro.',
  ],
  'model.readMore.heading': 'Dónde leer más',
  'model.readMore.readme': 'El README (en inglés) describe cada ecuación y cada parámetro, con su fuente.',
  'model.readMore.works': 'La investigación en la que se basan los escenarios:',

  'model.leavesOut': [
    'La ciudad es sintética. Ninguna cifra de aquí describe un lugar real; los puntos de calibración (tasas de denuncia, tasas de acierto de los controles, las tasas de la urna de Oakland) solo fijan escalas verosímiles.',
    'Solo dos grupos, repartidos por barrios según una proporción; sin desplazamientos entre barrios, sin desplazamiento del delito por las patrullas. Solo hay individuos en la capa opcional de personas («La lista»), que sigue a una muestra de residentes y no cambia adónde van las patrullas.',
    'La capa de personas tiene un solo tipo de detención y ningún tribunal, y sus pesos de puntos siguen el esquema de LASER tal como se ha descrito, sin verificar. Las etiquetas de grupo nunca entran en la puntuación.',
    'Un solo tipo de delito, con una tasa constante salvo que se active la repetición cercana o la disuasión; los tipos de delito reales difieren en cómo se denuncian y en cómo los encuentran las patrullas.',
    'Los registros son recuentos. Las fuentes se fusionan con pesos sin eliminar duplicados; las cifras de delitos registrados cuentan cada incidente real una vez, por muchas fuentes que lo hayan visto.',
    'El modelo de riesgo es sencillo. La opción autoexcitada usa parámetros fijos en lugar de ajustarlos como hace PredPol.',
    'Los daños son parciales. Se cuentan los controles sin hallazgo; no se modelan las detenciones, el uso de la fuerza, los procesamientos ni el daño de la desprotección en los barrios que pierden patrullas.',
  ],
};
