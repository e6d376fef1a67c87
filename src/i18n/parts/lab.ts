/**
 * Registers the English texts of the lab (compare, replicates, sweeps, heat map, costs and
 * benefits). Imported for its effect by the lab's modules, so other pages never load them.
 */
import { addMessages, DEFAULT_LOCALE } from '../index.ts';
import { usePart } from '../locale-choice.ts';
import { labMessages } from '../en/lab.ts';

addMessages(DEFAULT_LOCALE, labMessages);
usePart('lab');
