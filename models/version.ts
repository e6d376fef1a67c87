/** Version of the model's equations; bump it whenever a change alters any number a run produces. */
export const MODEL_VERSION = '1.0.3';
