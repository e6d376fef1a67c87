/** Títulos y leyendas de los escenarios en español (en inglés vienen de los archivos de presets/). */
export const presetTitleMessages = {
  'preset.the-loop.title': 'Igual delincuencia, una brecha que crece',
  'preset.the-loop.caption':
    'La delincuencia real es igual y los registros iniciales están casi equilibrados. El modelo aprende solo de los registros policiales, y los hallazgos y los controles solo ocurren donde van las patrullas; las patrullas paran a más personas en los barrios minoritarios, así que los registros de cada día se inclinan un poco más y la brecha crece.',
  'preset.biased-history.title': 'Igual delincuencia, historial sesgado',
  'preset.biased-history.caption':
    'La delincuencia real es la misma para todos, pero la sobrevigilancia del pasado dejó más registros en los barrios minoritarios; un modelo de puntos calientes entrenado con ellos sigue enviando allí las patrullas.',
  'preset.runaway-urn.title': 'La urna desbocada',
  'preset.runaway-urn.caption':
    'Un agente, dos barrios y un modelo que solo aprende de lo que encuentra el agente: la parte de las patrullas se aleja de la parte de la delincuencia real.',
  'preset.the-correction.title': 'La corrección de Ensign',
  'preset.the-correction.caption':
    'La misma urna, pero cada incidente hallado se conserva con una probabilidad menor cuanto más probable era que la policía estuviera allí: ahora la parte de las patrullas aprende la parte de la delincuencia real.',
  'preset.differential-reporting.title': 'Quién llama a la policía',
  'preset.differential-reporting.caption':
    'Las víctimas de los barrios minoritarios denuncian con menos frecuencia. Un modelo entrenado solo con denuncias aleja los puntos calientes de donde está el delito y los acerca a donde se denuncia.',
  'preset.surveillance-density.title': 'Cámaras en algunas calles',
  'preset.surveillance-density.caption':
    'Los sensores se instalan con una densidad cuatro veces mayor en los barrios minoritarios. Allí detectan más, falsas alertas incluidas, y el riesgo fusionado sigue a los sensores.',
  'preset.stop-and-frisk.title': 'Controles que no encuentran nada',
  'preset.stop-and-frisk.caption':
    'Los agentes paran tres veces más a los residentes de la minoría, con tasas de acierto menores. Cada acierto se convierte en un registro que atrae más patrullas; cada control vacío es un daño.',
  'preset.no-feedback.title': 'Sin retroalimentación (patrullaje uniforme)',
  'preset.no-feedback.caption':
    'El control: el mismo historial sesgado, pero las patrullas se reparten por igual digan lo que digan los datos, así que nada se retroalimenta.',
  'preset.attention-allocation.title': 'Asignación de atención (ml-fairness-gym)',
  'preset.attention-allocation.caption':
    'Cinco lugares con tasas reales de 8, 6, 4, 3 y 1,5 al día y seis unidades, cada una de las cuales encuentra como mucho un incidente: la configuración de FAT* 2020 de ml-fairness-gym.',
  'preset.three-regions.title': 'Tres barrios: las correcciones y sus límites',
  'preset.three-regions.caption':
    'Un agente, tres barrios con 3, 2 y 1 incidentes al día: una corrección que es correcta para dos barrios falla aquí, y el filtrado por propensión inversa no.',
  'preset.costs-and-benefits.title': 'Sopesar costes y beneficios',
  'preset.costs-and-benefits.caption':
    'Patrullaje de puntos calientes que para a personas con las tasas de control y de acierto del caso Floyd: un balance, por grupo, de lo que encuentran los controles frente a quién es parado sin motivo.',
  'preset.the-list.title': 'La lista: personas, no solo lugares',
  'preset.the-list.caption':
    'El bucle un nivel más abajo. La delincuencia es la misma en los dos grupos; las paradas ocurren donde van las patrullas, cada parada es un punto, los puntos ponen a personas en una lista y una persona de la lista atrae más paradas.',
};
