/** The parameter schema as a JSON Schema (draft 2020-12), for tools and for `--schema`. */
import { PARAM_SPECS, type ParamSpec } from './schema.ts';
import { MAX_NEIGHBORHOODS, MIN_NEIGHBORHOODS } from './validate.ts';

type JsonSchema = Record<string, unknown>;

export function paramsJsonSchema(): JsonSchema {
  const root: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Runaway simulation parameters',
    description: 'Every field is optional; omitted fields take their defaults.',
    type: 'object',
    additionalProperties: false,
    properties: {},
  };
  for (const spec of PARAM_SPECS) {
    let node = root;
    const keys = spec.path.split('.');
    for (const key of keys.slice(0, -1)) {
      const properties = node.properties as Record<string, JsonSchema>;
      node = properties[key] ??= { type: 'object', additionalProperties: false, properties: {} };
    }
    (node.properties as Record<string, JsonSchema>)[keys[keys.length - 1]!] = specSchema(spec);
  }
  return root;
}

function specSchema(spec: ParamSpec): JsonSchema {
  const common = { title: spec.label, description: `${spec.description} Unit: ${spec.unit}. Source: ${spec.source}`, default: spec.default };
  switch (spec.kind) {
    case 'boolean':
      return { ...common, type: 'boolean' };
    case 'enum':
      return { ...common, type: 'string', enum: spec.options!.map((o) => o.value) };
    case 'number':
    case 'integer':
      return { ...common, type: spec.kind, minimum: spec.min, maximum: spec.max };
    case 'neighborhoods':
      return {
        ...common,
        oneOf: [
          { type: 'null' },
          {
            type: 'array',
            minItems: MIN_NEIGHBORHOODS,
            maxItems: MAX_NEIGHBORHOODS,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['population', 'minorityShare', 'trueRatePerDay'],
              properties: {
                population: { type: 'integer', minimum: 1, maximum: 10_000_000, description: 'Residents.' },
                minorityShare: { type: 'number', minimum: 0, maximum: 1, description: 'Share of residents in the minority group.' },
                trueRatePerDay: { type: 'number', minimum: 0, maximum: 1000, description: 'Expected true incidents per day in the neighborhood.' },
                priorRecords: { type: 'number', minimum: 0, maximum: 1e9, default: 0, description: 'Records in the database on day 0.' },
              },
            },
          },
        ],
      };
  }
}
