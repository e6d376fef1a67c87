/** Textos en español de la página para docentes (véase ../en/teacher.ts). */
export const teacherMessages = {
  'teacher.pageTitle': 'Runaway para docentes: una clase de 45 minutos sobre los bucles de retroalimentación en la vigilancia policial predictiva',
  'teacher.title': 'Runaway para docentes',
  'teacher.lead':
    'Un plan de clase, preguntas para el debate y material de contexto para enseñar con Runaway. Cada historia funciona en el navegador desde su propio enlace, no necesita cuenta y no envía nada a ninguna parte. Todas las cifras proceden de una ciudad sintética: preséntelas como ilustraciones de mecanismos, nunca como hechos sobre un lugar real.',
  'teacher.goals.heading': 'Objetivos de aprendizaje',
  'teacher.goals.intro': 'Al final de la clase, el alumnado podrá:',
  'teacher.goals': [
    'describir un bucle de retroalimentación en el que las decisiones de un sistema moldean los datos de los que luego aprende;',
    'distinguir lo que dicen los datos (delitos registrados) de lo que ocurre (delincuencia real) y explicar por qué difieren;',
    'explicar cómo un historial sesgado, una denuncia desigual, una vigilancia desigual y unos controles sesgados producen, cada uno, disparidades aunque la delincuencia real sea igual;',
    'juzgar una corrección propuesta según las condiciones en las que funciona;',
    'sopesar beneficios y costes, decir quién soporta los costes y nombrar lo que un modelo deja fuera.',
  ],
  'teacher.plan.heading': 'Una clase de 45 minutos',
  'teacher.plan.intro':
    'Proyecte las historias a 1280 × 720 o más. Use las teclas de flecha o el botón Siguiente para pasar de un capítulo a otro; cada capítulo ejecuta el modelo, se detiene y resalta el gráfico del que habla. Pida al alumnado que prediga cada cifra antes de seguir.',
  'teacher.plan.minutes': '{from}–{to} min',
  'teacher.plan.open': 'Abrir la historia',
  'teacher.plan.opening.title': 'Pregunta inicial',
  'teacher.plan.opening.text':
    'Pregunte: «Si la delincuencia es la misma en todas partes, ¿debería el patrullaje ser el mismo en todas partes? ¿Qué haría que fuera distinto?». Anote las respuestas en la pizarra. Muestre el panel «Qué es este modelo y qué no es» e insista en que la ciudad es inventada.',
  'teacher.plan.urn.title': 'Cómo se desboca un bucle',
  'teacher.plan.urn.text':
    'Reproduzcan juntos la historia. Antes del capítulo 3, pida que predigan dónde estará la parte de las patrullas tras 1.000 días. Nombre el bucle: registros, riesgo, patrullas, hallazgos, registros.',
  'teacher.plan.history.title': 'Historial sesgado, delincuencia igual',
  'teacher.plan.history.text':
    'Por parejas, los estudiantes anotan una estimación de la parte de las patrullas del cuarto más minoritario tras 100 días y después lo comprueban. Pregunte qué nos dice el último capítulo, con las patrullas repartidas por igual, sobre el origen de la disparidad.',
  'teacher.plan.groups.title': 'Tres fuentes de datos, tres grupos',
  'teacher.plan.groups.text':
    'Divida la clase en tres grupos, cada uno con una historia: «Quién llama a la policía», «Cámaras en algunas calles» y «Controles que no encuentran nada». Cada grupo anota una cifra que le sorprendió y algo que probar, y lo expone en un minuto.',
  'teacher.plan.fix.title': '¿Se puede arreglar el modelo?',
  'teacher.plan.fix.text':
    'Reproduzca la historia para toda la clase. Pregunte qué necesitan saber las correcciones y quién lo sabría en un cuerpo policial real.',
  'teacher.plan.weigh.title': 'Sopesar costes y beneficios',
  'teacher.plan.weigh.text':
    'Reproduzca los dos primeros capítulos y después debatan la pregunta utilitarista de más abajo y otra pregunta a su elección.',
  'teacher.plan.exit.title': 'Tarjeta de salida',
  'teacher.plan.exit.text': 'Cada estudiante escribe una frase: ¿qué deja fuera este modelo que más importe, y por qué?',
  'teacher.discussion.heading': 'Preguntas para el debate',
  'teacher.discussion.intro':
    'Las seis primeras preguntas siguen las preguntas para el debate del Carnegie Council sobre la actuación policial guiada por inteligencia. Cada una va ligada a las historias que la ilustran; las notas son sugerencias para conducir el debate, no respuestas.',
  'teacher.discussion.notes': 'Notas para conducir el debate',
  'teacher.discussion.illustrated': 'La ilustran:',
  'teacher.discussion.carnegie': 'Pregunta del Carnegie Council',
  'teacher.storyNotes.heading': 'Notas para historias sueltas',
  'teacher.storyNotes.intro': 'Historias fuera del plan de 45 minutos, para una segunda clase o para el trabajo individual del alumnado.',
  'teacher.storyNotes.notice': 'Qué observar',
  'teacher.storyNotes.questions': 'Preguntas para plantear',
  'teacher.storyNotes.ties': 'Cómo se relaciona con las preguntas del Carnegie Council',
  'teacher.storyNotes.the-list.intro':
    'La historia lleva el bucle de los lugares a las personas: los controles rutinarios se convierten en puntos, los puntos llevan a personas a una lista de vigilancia y la lista trae más controles. Dura unos 15 minutos y funciona mejor después de «Historial sesgado, delincuencia igual». Cada uno de los tres últimos capítulos prueba una regla.',
  'teacher.storyNotes.the-list.notice': [
    'Capítulo 1: ambos grupos delinquen con la misma tasa y, sin embargo, la misma residente tiene muchas más probabilidades de entrar en la lista en un barrio con mucho patrullaje que en uno con poco. Solo cambia su dirección.',
    'Capítulo 2: un control suma un punto encuentre lo que encuentre, y los residentes de la minoría son controlados con mucha más frecuencia por cada delito real. Buena parte del tiempo en la lista corresponde a personas a las que sus demás puntos, por sí solos, no habrían puesto en ella.',
    'Capítulo 3: la lista es un segundo bucle dentro del primero. Las personas en la lista son controladas más a menudo, suman más puntos y siguen en ella.',
    'Capítulos 4 a 6: cada regla corrige algo distinto. Sin atención adicional, la gente sale antes de la lista; sin puntos por contactos, nadie entra en ella por sus contactos, pero los residentes de la minoría siguen ocupando una parte de la lista mayor que su parte de los residentes, porque las detenciones también ocurren donde va el patrullaje; con una ventana más corta pasan más personas por la lista.',
    'Las cifras proceden de una ciudad sintética y de una muestra de sus residentes; los pesos de los puntos siguen el esquema de LASER tal como se ha descrito, sin verificar. Preséntelas como un mecanismo, no como resultados sobre Los Ángeles o Chicago.',
  ],
  'teacher.storyNotes.the-list.questions': [
    'Antes del capítulo 2: ¿debería contar en contra de una persona un control que no encuentra nada? ¿Cómo sería la lista si no contara?',
    'Después del capítulo 3: a quien está en la lista no se le avisa. ¿Quién, si acaso alguien, debería poder ver la lista y los puntos que hay detrás, y debería poder impugnarlos la persona afectada?',
    'Después de los capítulos de políticas: ¿qué regla adoptaría usted, y qué problema deja sin tocar?',
    'En el modo libre, dé puntos por cada asociado en la lista. ¿Es justo entrar en una lista por las personas a las que se conoce?',
  ],
  'teacher.storyNotes.the-list.tie.new-technology':
    'Las listas de personas vigiladas por la policía son anteriores a los ordenadores. Lo que añade la puntuación fusionada es la escala, la actualización automática y un punto por cada contacto rutinario registrado en cualquiera de las bases de datos unidas; los puntos por asociados alcanzan a personas sin contacto policial propio (Brayne 2017). Pregunte qué es nuevo en su naturaleza y qué es nuevo en su escala.',
  'teacher.storyNotes.the-list.tie.guidelines-enforced':
    'Los tres capítulos de políticas son posibles pautas. Pregunte cómo se podría comprobar cada una desde fuera de la policía, y qué debería tener derecho a saber una persona que está en la lista. El Inspector General de la policía de Los Ángeles concluyó en 2019 que LASER usaba criterios incoherentes y carecía de supervisión, y el cuerpo puso fin al programa ese mismo año.',
  'teacher.leavesOut.heading': 'Lo que el modelo deja fuera',
  'teacher.leavesOut.intro': 'Dígaselo al alumnado antes de que saque conclusiones:',
  'teacher.stories.heading': 'Todas las historias',
  'teacher.stories.intro': 'Cada historia tiene de 3 a 6 capítulos y termina en el modo libre, donde se puede cambiar cualquier ajuste.',
  'teacher.stories.chapters': '{count, integer} capítulos',
  'teacher.reading.heading': 'Lecturas complementarias',
};
