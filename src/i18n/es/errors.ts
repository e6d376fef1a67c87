/**
 * Rechazos del modelo y fallos del proceso de simulación, en español (véase ../en/errors.ts). Las
 * rutas de los parámetros (`city.columns`) son identificadores y no se traducen.
 */
export const errorMessages = {
  'paramError.givenTwice': '{path} aparece dos veces (anidado y como clave con puntos); indíquelo una sola vez.',
  'paramError.unknown': 'Parámetro desconocido «{path}».',
  'paramError.notBoolean': '{path} debe ser true o false, no {given}.',
  'paramError.notOption': '{path} debe ser uno de estos valores: {options}; no {given}.',
  'paramError.notNumber': '{path} debe ser un número de {min} a {max}{unit}, no {given}.',
  'paramError.notInteger': '{path} debe ser un número entero de {min} a {max}{unit}, no {given}.',
  'paramError.outOfRange': '{path} vale {given}, fuera del intervalo permitido de {min} a {max}{unit}.',
  'paramError.tooSmall': '{path} vale {given}, demasiado poco para tener sentido: use 0 o un valor de {min} a {max}{unit}.',
  'paramError.gridSize':
    'La cuadrícula tiene {columns, integer} × {rows, integer} = {neighborhoods, integer} barrios; se admiten de {min, integer} a {max, integer}. Cambie city.columns o city.rows.',
  'paramError.cellDays':
    'days vale {days, integer}, así que la ejecución tiene {neighborhoods, integer} barrios × {days, integer} días = {cellDays, integer} barrios-día; el máximo es {max, integer}. Use como mucho {fitting, integer} días.',
  'paramError.tooManyEvents':
    'Esta ejecución costaría unas {work, integer} unidades de trabajo, siendo una unidad lo que cuesta sortear un incidente ({days, integer} días × ({incidents, integer} incidentes, {stops, integer} controles, alertas y sorteos de despacho, y {neighborhoodWork, integer} por las pasadas diarias sobre {neighborhoods, integer} barrios) al día); el máximo es {max, integer}. Use como mucho {fitting, integer} días, o reduzca la tasa de delitos, las unidades de patrulla, los controles por unidad, el número de barrios, el cambio de tasa por día o el alcance de la repetición cercana.',
  'paramError.tooManyEventsPerDay':
    'Esta ejecución costaría unas {work, integer} unidades de trabajo, siendo una unidad lo que cuesta sortear un incidente ({days, integer} días × ({incidents, integer} incidentes, {stops, integer} controles, alertas y sorteos de despacho, y {neighborhoodWork, integer} por las pasadas diarias sobre {neighborhoods, integer} barrios) al día); el máximo es {max, integer}. Reduzca la tasa de delitos, las unidades de patrulla, los controles por unidad, el número de barrios, el cambio de tasa por día o el alcance de la repetición cercana.',
  'paramError.supercritical':
    'reality.nearRepeat.branchingRatio vale {given}, así que la razón de ramificación efectiva es {effective}; debe ser menor que 1, o los incidentes se multiplicarían sin fin. Reduzca reality.nearRepeat.branchingRatio.',
  'paramError.gymFloors':
    'La política «{policy}» reparte ella misma unidades enteras e ignora mínimos y máximos; ponga deployment.floorUnits y deployment.capUnits a 0 o elija otra política.',
  'paramError.gymTable':
    'La política «{policy}» pondera cada unidad en cada barrio: {neighborhoods, integer} barrios × ({units, integer} unidades + 1) = {table, integer}, y admite como mucho {max, integer}. Use menos unidades o barrios, u otra política.',
  'paramError.alphaInfeasible':
    'Ningún reparto de {units, integer} unidades mantiene la parte esperada de incidentes hallados de cada barrio a menos de α = {alpha} de las demás. Aumente deployment.fairnessAlpha o deployment.units.',
  'simClient.disposed': 'El cliente de simulación se cerró; cree uno nuevo.',
  'simClient.superseded': 'Sustituida por una ejecución más reciente.',
  'simClient.cancelled': 'Se canceló la petición.',
  'simClient.crashed': 'El proceso de simulación se bloqueó ({reason}). Se ha reiniciado, así que la próxima petición empieza de cero.',
  'simClient.crash.load': 'no se pudo cargar el código del proceso',
  'simClient.crash.message': 'no se pudo leer un mensaje del proceso',
  'simClient.timeout':
    'El proceso de simulación no mostró avances durante {seconds} y se detuvo. Se ha reiniciado: vuelva a intentarlo, quizá con menos barrios o días.',
  'simClient.seconds': '{value} s',
  'simClient.milliseconds': '{value, integer} ms',
  'simClient.bug': 'La simulación falló: {message}. Es un error del programa; comuníquelo indicando los parámetros que usó.',
  'simClient.noWorkers': 'No se pudieron iniciar los Web Workers: {message}',
};
