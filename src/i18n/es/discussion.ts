/** Preguntas para el debate y notas para quien lo conduce, en español (véase ../en/discussion.ts). */
export const discussionMessages = {
  'discussion.ilp-ethical.question': '¿Cuándo es ética, si es que lo es alguna vez, la actuación policial guiada por inteligencia?',
  'discussion.ilp-ethical.notes': [
    'Separe el fin (dirigir a unos agentes escasos según la evidencia) de los datos (registros moldeados por la actuación policial pasada). La historia «Igual delincuencia, historial sesgado» muestra un fin razonable sobre datos que no lo son.',
    'Pregunte qué condiciones tendrían que cumplirse: datos que midan la delincuencia y no la actividad policial, una comparación con un grupo de control, una forma de que el público vea el sistema y pueda impugnarlo.',
    'Deje que el alumnado discrepe. Unos dirán que cualquier sistema entrenado con registros de detenciones incumple estas condiciones; otros, que uno auditado con cuidado podría cumplirlas.',
  ],
  'discussion.guidelines-enforced.question': '¿Debería haber pautas éticas para la vigilancia policial predictiva, y cómo se podría hacer que se cumplan?',
  'discussion.guidelines-enforced.notes': [
    'Las correcciones de «¿Se puede arreglar el modelo?» son una especie de pauta técnica; observe que una de ellas solo es correcta para dos zonas. ¿Quién se habría dado cuenta de que falla con tres?',
    'Debata las vías de control: auditorías, registros públicos de los sistemas en uso, evaluaciones de impacto antes del despliegue, tribunales, normas de contratación pública, la potestad de apagar un sistema.',
    'Pregunte quién está en mejor posición para hacerlas cumplir: la propia policía, un organismo independiente, los cargos electos o los tribunales.',
    'Para una lista de personas, «La lista» prueba tres reglas: sin atención extra a las personas de la lista, sin puntos por contacto, una ventana más corta. Pregunte qué problema aborda cada una y cuál deja, y si una persona debería poder saber que está en la lista, ver sus puntos y recurrirlos. El Inspector General del LAPD escribió en 2019 que la condición de «delincuente crónico» «no debería usarse como base para ninguna detención ni arresto» (traducción propia).',
  ],
  'discussion.new-technology.question': '¿Trae la nueva tecnología preocupaciones éticas nuevas, o las de siempre a una escala nueva?',
  'discussion.new-technology.notes': [
    'La sobrevigilancia de algunos barrios es anterior a los algoritmos. La historia «Cámaras en algunas calles» muestra cómo los sensores añaden un canal nuevo a una pauta antigua: lo que se encuentra es lo que se busca.',
    'Rasgos nuevos que conviene nombrar: la velocidad y la escala, la apariencia de objetividad, decisiones difíciles de explicar, datos que se conservan y se cruzan entre sistemas.',
    'La historia «La lista» lleva el bucle de los lugares a las personas: reunidas en una puntuación, las paradas rutinarias se vuelven puntos y los puntos traen más paradas. Brayne (2017) describe bases de datos que ahora incluyen a personas «who have not had direct police contact»; pruebe los puntos por asociado y pregunte qué significa entrar en una lista por a quién se conoce.',
  ],
  'discussion.federal-local.question': '¿Deberían aplicarse normas distintas a los organismos federales y a los locales?',
  'discussion.federal-local.notes': [
    'Los sistemas de fusión combinan datos de la policía local, de organismos federales y de sensores privados. Pregunte qué normas rigen cuando los registros pasan de unos a otros.',
    'Los organismos locales están más cerca de las comunidades afectadas y a menudo les rinden más cuentas; los federales pueden tener más recursos para la supervisión. ¿Qué pesa más para la equidad?',
    'El modelo no distingue organismos; úselo para mostrar lo que hacen las fuentes de datos combinadas y debatan después quién debe responder de ellas.',
  ],
  'discussion.across-nations.question': '¿Cómo se podría regular la vigilancia policial predictiva entre países?',
  'discussion.across-nations.notes': [
    'La historia sobre las denuncias se basa en datos de encuestas de Estados Unidos (NCVS) y de Bogotá, Colombia (Akpinar y colaboradores). Las tasas de denuncia, y la confianza en la policía, difieren entre países y dentro de ellos.',
    'Pregunte si se puede suponer que un sistema construido y probado en un país funcionará igual en otro, y quién lo comprobaría.',
    'La regulación varía: algunas jurisdicciones restringen o prohíben la vigilancia policial predictiva, otras no tienen normas específicas. El alumnado puede investigar una y exponerla.',
  ],
  'discussion.utilitarian.question': '¿Qué puntos fuertes y débiles tiene sopesar beneficios frente a costes, como haría un utilitarista?',
  'discussion.utilitarian.notes': [
    'Use la historia «Sopesar costes y beneficios»: cuenta, por grupo, los aciertos y las personas paradas sin motivo, pero no asigna valor a ninguno de los dos.',
    'Un punto fuerte: el balance hace explícitas y comparables las disyuntivas. Uno débil: necesita una unidad común para daños de distinta naturaleza, y un total puede ocultar quién paga.',
    'Pida al alumnado que fije un peso (¿cuántos controles vacíos vale un acierto?) y lo defienda; muestre después cómo cambia la respuesta cuando los costes recaen sobre todo en un grupo.',
  ],
  'discussion.equal-crime-unequal-data.question': 'Si la delincuencia real es la misma en todas partes, ¿de dónde salen las diferencias en los datos, y quién es responsable de ellas?',
  'discussion.equal-crime-unequal-data.notes': [
    'Recorra el bucle en el diagrama: los registros salen de donde mira la policía; el riesgo, de los registros; las patrullas, del riesgo.',
    'La responsabilidad puede estar en los datos, en el modelo, en la regla de despliegue o en las personas que los eligieron. Pregunte cuál cambia cada historia.',
  ],
  'discussion.who-is-harmed.question': '¿Es un daño la infravigilancia? ¿A quién se perjudica cuando las patrullas dejan un barrio?',
  'discussion.who-is-harmed.notes': [
    'En «Quién llama a la policía», el cuarto más minoritario pierde patrullas porque sus víctimas denuncian menos. El modelo cuenta patrullas, no la respuesta más lenta ni la pérdida de confianza que pueden venir después.',
    'Tanto la sobrevigilancia como la infravigilancia pueden ser injustas; pregunte cuál creen que nota más el público, y por qué.',
  ],
  'discussion.fix-or-abandon.question': 'Cuando se demuestra que un sistema está sesgado, ¿hay que corregirlo o dejar de usarlo?',
  'discussion.fix-or-abandon.notes': [
    'Las correcciones solo funcionan bajo ciertas condiciones: propensiones conocidas, algunas patrullas al azar, el número adecuado de zonas. Pregunte cómo sabría un cuerpo policial que se cumplen.',
    'Corregir un sesgo (la retroalimentación de las patrullas) deja los demás (denuncias, historial, controles) en su sitio.',
  ],
  'discussion.stops-harm.question': '¿Qué le cuesta a la persona parada, y a la comunidad, un control que no encuentra nada?',
  'discussion.stops-harm.notes': [
    'El modelo cuenta los controles vacíos; no cuenta el tiempo perdido, el miedo, la fuerza empleada ni el efecto sobre la confianza y sobre las denuncias.',
    'El tribunal del caso Floyd declaró inconstitucional la práctica de los controles en parte por a quién se paraba; pregunte si las cifras por sí solas podrían mostrarlo.',
  ],
  'discussion.control-group.question': '¿Qué contaría como prueba de que un algoritmo policial funciona? ¿Con qué habría que compararlo?',
  'discussion.control-group.notes': [
    'El escenario «Sin retroalimentación» es una condición de control. Mohler y colaboradores hicieron ensayos de campo aleatorizados; pregunte qué puede y qué no puede mostrar un ensayo así sobre la equidad.',
    'Un sistema juzgado por los registros que produce puede parecer un éxito mientras se le escapa la mayor parte de la delincuencia, como muestra la historia de la asignación de atención.',
  ],
  'discussion.feedback-everywhere.question': '¿En qué otros ámbitos aprenden los sistemas de datos que produjeron sus propias decisiones?',
  'discussion.feedback-everywhere.notes': [
    'Ejemplos: herramientas de selección de personal entrenadas con contrataciones pasadas, puntuaciones de crédito, recomendaciones de contenidos, la agrupación escolar por niveles.',
    'Pregunte qué serían en cada caso los «hallazgos» y las «denuncias»: ¿qué datos dependen de las propias decisiones del sistema y cuáles no?',
  ],
};
