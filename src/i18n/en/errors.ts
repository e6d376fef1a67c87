/**
 * English texts of the refusals and failures the page shows from below the UI: the model's
 * ParamError by kind (models/params/validate.ts, models/gym-allocators.ts; the CLI prints the
 * model's own English instead) and the worker client's failures (src/sim-client-*.ts). The
 * values are filled by src/i18n/param-errors.ts: `{unit}` arrives as " (unit)" or empty, and
 * `{policy}` as the policy's name.
 */
export const errorMessages = {
  'paramError.givenTwice': '{path} is given twice (nested and as a dotted key); give it once.',
  'paramError.unknown': 'Unknown parameter "{path}".',
  'paramError.notBoolean': '{path} must be true or false, not {given}.',
  'paramError.notOption': '{path} must be one of {options}, not {given}.',
  'paramError.notNumber': '{path} must be a number from {min} to {max}{unit}, not {given}.',
  'paramError.notInteger': '{path} must be a whole number from {min} to {max}{unit}, not {given}.',
  'paramError.outOfRange': '{path} is {given}, outside the allowed range from {min} to {max}{unit}.',
  'paramError.tooSmall': '{path} is {given}, too small to mean anything: use 0, or a value from {min} to {max}{unit}.',
  'paramError.gridSize':
    'The grid has {columns, integer} × {rows, integer} = {neighborhoods, integer} neighborhoods; allowed from {min, integer} to {max, integer}. Change city.columns or city.rows.',
  'paramError.cellDays':
    'days is {days, integer}, so the run has {neighborhoods, integer} neighborhoods × {days, integer} days = {cellDays, integer} neighborhood-days; the most allowed is {max, integer}. Use at most {fitting, integer} days.',
  'paramError.tooManyEvents':
    'This run would cost about {work, integer} units of work, one unit being about one incident drawn ({days, integer} days × ({incidents, integer} incidents, {stops, integer} stops, alerts and dispatch draws, and {neighborhoodWork, integer} for the daily passes over {neighborhoods, integer} neighborhoods) a day); the most allowed is {max, integer}. Use at most {fitting, integer} days, or lower the offense rate, the patrol units, the stops per unit, the number of neighborhoods, the rate change per day or the near-repeat spread.',
  'paramError.tooManyEventsPerDay':
    'This run would cost about {work, integer} units of work, one unit being about one incident drawn ({days, integer} days × ({incidents, integer} incidents, {stops, integer} stops, alerts and dispatch draws, and {neighborhoodWork, integer} for the daily passes over {neighborhoods, integer} neighborhoods) a day); the most allowed is {max, integer}. Lower the offense rate, the patrol units, the stops per unit, the number of neighborhoods, the rate change per day or the near-repeat spread.',
  'paramError.supercritical':
    'reality.nearRepeat.branchingRatio is {given}, so the effective branching ratio is {effective}; it must be below 1, or incidents would multiply without end. Lower reality.nearRepeat.branchingRatio.',
  'paramError.gymFloors':
    'The {policy} policy allocates whole units itself and ignores floors and caps; set deployment.floorUnits and deployment.capUnits to 0, or choose another policy.',
  'paramError.gymTable':
    'The {policy} policy weighs every unit at every neighborhood: {neighborhoods, integer} neighborhoods × ({units, integer} units + 1) = {table, integer}, and the most it allows is {max, integer}. Use fewer units or neighborhoods, or another policy.',
  'paramError.alphaInfeasible':
    "No allocation of {units, integer} units keeps every neighborhood's expected share of incidents found within α = {alpha} of the others. Raise deployment.fairnessAlpha or deployment.units.",
  'simClient.disposed': 'The simulation client was disposed; create a new one.',
  'simClient.superseded': 'Superseded by a newer run.',
  'simClient.cancelled': 'The request was cancelled.',
  'simClient.crashed': 'The simulation worker crashed ({reason}). It has been restarted, so the next request starts fresh.',
  'simClient.crash.load': 'the worker script could not be loaded',
  'simClient.crash.message': 'a message from the worker could not be read',
  'simClient.timeout':
    'The simulation worker showed no progress for {seconds} and was stopped. It has been restarted: try again, perhaps with fewer neighborhoods or days.',
  'simClient.seconds': '{value} s',
  'simClient.milliseconds': '{value, integer} ms',
  'simClient.bug': 'The simulation failed: {message}. This is a bug; please report it with the parameters you used.',
  'simClient.noWorkers': 'Web Workers could not start: {message}',
} as const;
