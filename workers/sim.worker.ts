/** The browser's simulation worker: exposes the API object over comlink, nothing else. */
import { expose } from 'comlink';
import { createSimApi } from './sim.api.ts';

expose(createSimApi());
