/**
 * El catálogo completo en español, para traductores y pruebas: el núcleo de cada página más las
 * partes de aprendizaje y del laboratorio. Las páginas no lo importan: cargan cada parte al elegir
 * el español (./locale-choice.ts). tests/i18n/spanish.test.ts comprueba que tiene todas las claves
 * del inglés con los mismos marcadores.
 */
import { labMessages } from './es/lab.ts';
import { learningMessagesEs } from './es/learning-part.ts';
import { coreMessagesEs } from './messages.es.core.ts';

export const messagesEs: Readonly<Record<string, string | readonly string[]>> = {
  ...coreMessagesEs,
  ...learningMessagesEs,
  ...labMessages,
};
