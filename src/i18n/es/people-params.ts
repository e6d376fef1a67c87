/**
 * Textos en español de los parámetros de la capa de personas (models/people/schema.ts), con las
 * mismas claves que el inglés; ../es/params.ts los incorpora. Los pesos de puntos son los que se
 * han publicado sobre LASER en fuentes secundarias, no verificados en los documentos originales.
 */
const SYNTHETIC = 'Ilustración sintética; no calibrada con ninguna ciudad real.';
const LASER_REPORTED =
  'LAPD, «Chronic Offender Bulletins» de la Operación LASER, según lo publicado (Brayne 2017, «Big Data Surveillance: The Case of Policing», American Sociological Review 82(5); revisión del Inspector General del LAPD BPC #19-0072, 2019): 5 puntos por una detención por delito violento, por afiliación a una pandilla, por libertad condicional o vigilada y por una detención con arma corta; 1 punto por contacto policial. Pesos según lo publicado, no verificados en los documentos originales.';
const LASER_QUARTERLY =
  'Uchida et al., «Reducing Gun-Related Violence through Operation LASER», resumen de investigación de la Smart Policing Initiative (BJA): los boletines se actualizaban cada trimestre; la división Newton identificó a 125 «delincuentes crónicos» en el primer año del programa.';
const BRAYNE = 'Brayne 2017, American Sociological Review 82(5): el umbral para entrar en las bases de datos policiales baja y ahora incluye a personas «who have not had direct police contact».';
const NYCLU = 'NYCLU, informe «Stop-and-Frisk 2011»: nueve de cada diez personas paradas no fueron detenidas ni multadas.';
const SAUNDERS = 'Saunders, Hunt & Hollywood 2016, «Predictions put into practice», Journal of Experimental Criminology 12(3): las personas de la lista de Chicago tenían más probabilidad de ser detenidas, no de ser víctimas.';

export const peopleParamMessages = {
  'param.people.enabled.label': 'Seguir a personas (capa de lista)',
  'param.people.enabled.unit': 'sí/no',
  'param.people.enabled.description':
    'Sigue a residentes sintéticos: las paradas y los incidentes que dibuja el modelo de lugares se asignan a residentes, los contactos y las detenciones dan puntos y los puntos ponen a personas en una lista. Desactivada, la simulación por lugares no cambia.',
  'param.people.enabled.source': `${LASER_REPORTED} ${SYNTHETIC}`,
  'param.people.residentsPerNeighborhood.label': 'Residentes seguidos por barrio',
  'param.people.residentsPerNeighborhood.unit': 'residentes',
  'param.people.residentsPerNeighborhood.description':
    'Cuántos residentes de cada barrio sigue la capa (como mucho, su población). A los demás también se los para, con la misma frecuencia, pero no se los sigue: los seguidos son una muestra.',
  'param.people.residentsPerNeighborhood.source': SYNTHETIC,
  'param.people.propensityShape.label': 'Dispersión de la delincuencia (forma de Weibull)',
  'param.people.propensityShape.unit': 'forma',
  'param.people.propensityShape.description':
    'La propensión de cada residente a delinquir sale de la misma distribución de Weibull en todos los grupos (multiplicada por la razón de tasas reales para los residentes de la minoría, 1 por defecto). Por debajo de 1, unos pocos residentes cometen la mayoría de los delitos; 1 es exponencial; valores mayores hacen a los residentes parecidos.',
  'param.people.propensityShape.source': SYNTHETIC,
  'param.people.attention.label': 'Atención extra a las personas de la lista',
  'param.people.attention.unit': 'razón',
  'param.people.attention.description':
    'Cuántas veces es más probable que una parada en un barrio recaiga en un residente de la lista que en uno que no lo está (el boletín en la pantalla del coche patrulla). 1 significa que la lista no cambia a quién se para.',
  'param.people.attention.source': `${SAUNDERS} ${SYNTHETIC}`,
  'param.people.arrestProbability.label': 'Detención tras un delito conocido',
  'param.people.arrestProbability.unit': 'probabilidad',
  'param.people.arrestProbability.description':
    'Probabilidad de que un delito conocido por la policía (denunciado o descubierto por una patrulla) termine con la detención de su autor. Los delitos que nadie denuncia ni descubre nunca se convierten en detenciones.',
  'param.people.arrestProbability.source': SYNTHETIC,
  'param.people.stopFindProbability.label': 'Una parada descubre un delito sin resolver',
  'param.people.stopFindProbability.unit': 'probabilidad',
  'param.people.stopFindProbability.description':
    'Probabilidad de que la parada de un residente con un delito reciente sin resolver (dentro de la ventana) lo descubra y termine en detención. Las paradas de residentes sin delito pendiente no encuentran nada.',
  'param.people.stopFindProbability.source': `${NYCLU} ${SYNTHETIC}`,
  'param.people.gangFlagPerContact.label': 'Etiqueta de pandilla anotada por contacto',
  'param.people.gangFlagPerContact.unit': 'probabilidad',
  'param.people.gangFlagPerContact.description':
    'Probabilidad de que un agente anote una afiliación a una pandilla en la ficha de un contacto. La etiqueta la crean los contactos, así que crece donde hay paradas.',
  'param.people.gangFlagPerContact.source': `${LASER_REPORTED} ${SYNTHETIC}`,
  'param.people.supervisionDays.label': 'Libertad condicional o vigilada tras una detención',
  'param.people.supervisionDays.unit': 'días',
  'param.people.supervisionDays.description':
    'Días que un residente cuenta como en libertad condicional o vigilada tras una detención. El modelo no tiene tribunales: cuenta toda detención, haya condena o no.',
  'param.people.supervisionDays.source': SYNTHETIC,
  'param.people.windowDays.label': 'Ventana de la puntuación',
  'param.people.windowDays.unit': 'días',
  'param.people.windowDays.description': 'Los contactos, las detenciones y las etiquetas de pandilla cuentan para la puntuación durante estos días.',
  'param.people.windowDays.source': `Dos años, según lo publicado sobre LASER (no verificado). ${SYNTHETIC}`,
  'param.people.points.contact.label': 'Puntos por contacto',
  'param.people.points.contact.unit': 'puntos',
  'param.people.points.contact.description': 'Puntos por cada parada o entrevista de campo dentro de la ventana, encontrara lo que encontrara.',
  'param.people.points.contact.source': LASER_REPORTED,
  'param.people.points.arrest.label': 'Puntos por una detención',
  'param.people.points.arrest.unit': 'puntos',
  'param.people.points.arrest.description':
    'Puntos por haber sido detenido dentro de la ventana (LASER daba puntos por detenciones por delitos violentos y con arma corta; el modelo tiene un solo tipo de detención).',
  'param.people.points.arrest.source': LASER_REPORTED,
  'param.people.points.gang.label': 'Puntos por una etiqueta de pandilla',
  'param.people.points.gang.unit': 'puntos',
  'param.people.points.gang.description': 'Puntos por una afiliación a pandilla anotada dentro de la ventana.',
  'param.people.points.gang.source': LASER_REPORTED,
  'param.people.points.supervision.label': 'Puntos por libertad condicional o vigilada',
  'param.people.points.supervision.unit': 'puntos',
  'param.people.points.supervision.description': 'Puntos por estar en libertad condicional o vigilada en el momento de la actualización.',
  'param.people.points.supervision.source': LASER_REPORTED,
  'param.people.points.associate.label': 'Puntos por asociado en la lista',
  'param.people.points.associate.unit': 'puntos',
  'param.people.points.associate.description':
    'Puntos por cada persona de la lista que nombra a este residente como asociado. 0 por defecto (no forma parte del esquema publicado de LASER); por encima de 0, personas sin contacto policial propio pueden entrar en la lista por sus vínculos.',
  'param.people.points.associate.source': `${BRAYNE} ${SYNTHETIC}`,
  'param.people.associates.perResident.label': 'Asociados por residente',
  'param.people.associates.perResident.unit': 'vínculos',
  'param.people.associates.perResident.description': 'Cuántos asociados nombra cada residente (una red dispersa). Solo se usa cuando los asociados dan puntos.',
  'param.people.associates.perResident.source': SYNTHETIC,
  'param.people.associates.withinNeighborhood.label': 'Asociados del mismo barrio',
  'param.people.associates.withinNeighborhood.unit': 'fracción',
  'param.people.associates.withinNeighborhood.description': 'Parte de los asociados que viven en el mismo barrio; los demás viven en cualquier lugar de la ciudad.',
  'param.people.associates.withinNeighborhood.source': SYNTHETIC,
  'param.people.list.mode.label': 'Quién entra en la lista',
  'param.people.list.mode.unit': 'opción',
  'param.people.list.mode.description':
    'Una lista de tamaño fijo toma las puntuaciones más altas (los empates se sortean); una lista por umbral toma a todos los que alcanzan la puntuación umbral.',
  'param.people.list.mode.source': LASER_QUARTERLY,
  'param.people.list.mode.option.topK': 'Un número fijo: las puntuaciones más altas (como los boletines de LASER)',
  'param.people.list.mode.option.threshold': 'Todos desde una puntuación (como una «heat list»)',
  'param.people.list.size.label': 'Tamaño de la lista (los K primeros)',
  'param.people.list.size.unit': 'personas',
  'param.people.list.size.description': 'Con una lista de tamaño fijo: cuántos residentes seguidos entran en ella.',
  'param.people.list.size.source': LASER_QUARTERLY,
  'param.people.list.threshold.label': 'Puntuación umbral',
  'param.people.list.threshold.unit': 'puntos',
  'param.people.list.threshold.description': 'Con una lista por umbral: la puntuación a partir de la cual un residente entra en la lista.',
  'param.people.list.threshold.source': SYNTHETIC,
  'param.people.list.refreshDays.label': 'La lista se actualiza cada',
  'param.people.list.refreshDays.unit': 'días',
  'param.people.list.refreshDays.description':
    'Cada cuánto se recalculan las puntuaciones y se rehace la lista; los boletines de LASER se actualizaban cada trimestre.',
  'param.people.list.refreshDays.source': LASER_QUARTERLY,
  'paramGroup.people': 'Personas: la capa de lista',
};
