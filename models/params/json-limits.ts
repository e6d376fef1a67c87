/**
 * Limits on JSON text from users (scenario files, `--params` files, a custom city in a link),
 * checked before parsing: a length and a nesting depth. JSON.parse copes with deep nesting, but
 * code that walks or words the result recursively would overflow the stack, and nothing Runaway
 * reads nests more than a few levels (params → sources → reports → rate; city.custom → item).
 */

/** Deepest nesting of lists and objects any Runaway JSON needs, with room to spare. */
export const MAX_JSON_DEPTH = 32;

export type JsonShapeProblem = { kind: 'too-long'; length: number; limit: number } | { kind: 'too-deep'; depth: number; limit: number };

/**
 * Why `text` is refused before parsing, or null: longer than `maxChars` characters, or lists and
 * objects nested deeper than `maxDepth`. One pass over the characters, skipping strings.
 */
export function jsonShapeProblem(text: string, maxChars: number, maxDepth: number = MAX_JSON_DEPTH): JsonShapeProblem | null {
  if (text.length > maxChars) return { kind: 'too-long', length: text.length, limit: maxChars };
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92) i++; // backslash: skip the escaped character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 || code === 123) {
      if (++depth > maxDepth) return { kind: 'too-deep', depth, limit: maxDepth };
    } else if (code === 93 || code === 125) depth--;
  }
  return null;
}
