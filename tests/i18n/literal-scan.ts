/**
 * Finds user-facing English written into source code instead of the message catalogue. It reads
 * a TypeScript file with the compiler's parser and reports: text nodes and user-facing attribute
 * values (aria-label, title, …) with letters in the static parts of html`` and svg`` templates,
 * and string or template literals elsewhere that read like prose (two words, or one capitalised
 * word such as "Pause"). Literals that are not shown to people are allowed: css`` templates,
 * message keys (the first argument of t(), tList(), hasMessage()), module specifiers, literal
 * types, comparisons and switch cases (key names such as 'Escape'), and developer messages
 * (console calls, thrown errors).
 */
import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  /** The offending text, trimmed. */
  text: string;
  reason: string;
}

/** Attributes a person reads or hears (other attributes hold ids, classes, key specs, …). */
const USER_ATTRIBUTES = new Set([
  'aria-label',
  'aria-valuetext',
  'aria-roledescription',
  'aria-description',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
]);

/** Calls whose first argument is a message key. */
const KEY_FUNCTIONS = new Set(['t', 'tList', 'hasMessage', 'lookup', 'pluralKey']);

/** Calls whose arguments are queries or names, never text (media queries, selectors, event types). */
const NAME_FUNCTIONS = new Set(['matchMedia', 'querySelector', 'querySelectorAll', 'closest', 'addEventListener', 'removeEventListener', 'getContext']);

/** Literal values that look like prose but are not text (font stacks). */
const ALLOWED_VALUES = [/\bsans-serif\b/, /\bsystem-ui\b/];

/** Stands for a `${…}` expression inside the static parts of a template. */
const HOLE = '\u0000';

/** Two words of letters, or a single capitalised word ("Pause", "Settings."). */
export function looksLikeProse(text: string): boolean {
  // A hole is not a space: `preset.${id}.title` is one key, `Reset ${label} to` two words.
  const plain = text.split(HOLE).join('_');
  if (ALLOWED_VALUES.some((pattern) => pattern.test(plain))) return false;
  if (/[A-Za-z]{2,}[^\n]*?\s[^\n]*?[A-Za-z]{2,}/.test(plain)) return true;
  return /^\s*[A-Z][a-z]{2,}[.:!?…]?\s*$/.test(plain);
}

/** Every finding in one file's source text. */
export function scanSource(file: string, source: string): Finding[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string, reason: string) => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    findings.push({ file, line: line + 1, text: text.split(HOLE).join('${…}').trim(), reason });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = node.tag.getText(sourceFile);
      if (tag === 'css') return;
      if (tag === 'html' || tag === 'svg') {
        for (const problem of scanMarkup(staticParts(node.template).join(HOLE))) report(node, problem.text, problem.reason);
        if (ts.isTemplateExpression(node.template)) for (const span of node.template.templateSpans) visit(span.expression);
        return;
      }
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      if (!isExempt(node)) {
        const text = ts.isTemplateExpression(node) ? staticParts(node).join(HOLE) : node.text;
        if (looksLikeProse(text)) report(node, text, 'literal text');
      }
      if (ts.isTemplateExpression(node)) for (const span of node.templateSpans) visit(span.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return findings;
}

/** The static strings of a template literal, as written. */
function staticParts(template: ts.TemplateLiteral): string[] {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [template.rawText ?? template.text];
  return [template.head.rawText ?? template.head.text, ...template.templateSpans.map((span) => span.literal.rawText ?? span.literal.text)];
}

/** True when a literal is not shown to people, judged by where it stands. */
function isExempt(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isCaseClause(parent)) return true;
  if (ts.isBinaryExpression(parent)) {
    const operator = parent.operatorToken.kind;
    if (
      operator === ts.SyntaxKind.EqualsEqualsEqualsToken ||
      operator === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
      operator === ts.SyntaxKind.EqualsEqualsToken ||
      operator === ts.SyntaxKind.ExclamationEqualsToken
    ) {
      return true;
    }
  }
  if (ts.isCallExpression(parent) && parent.arguments[0] === node && ts.isIdentifier(parent.expression) && KEY_FUNCTIONS.has(parent.expression.text)) {
    return true;
  }
  if (ts.isCallExpression(parent) && NAME_FUNCTIONS.has(calleeName(parent.expression))) return true;
  // Developer messages: anything inside console.*() or new …Error().
  for (let up: ts.Node | undefined = parent; up && !ts.isSourceFile(up); up = up.parent) {
    if (ts.isNewExpression(up) && ts.isIdentifier(up.expression) && up.expression.text.endsWith('Error')) return true;
    if (ts.isCallExpression(up) && ts.isPropertyAccessExpression(up.expression) && up.expression.expression.getText() === 'console') return true;
  }
  return false;
}

/** The name a call is made by: `matchMedia` for both matchMedia(…) and window.matchMedia(…). */
function calleeName(expression: ts.Expression): string {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return '';
}

/** Text nodes and user-facing attribute values with letters in a template's static markup. */
export function scanMarkup(markup: string): { text: string; reason: string }[] {
  const problems: { text: string; reason: string }[] = [];
  const source = markup.replace(/<!--[\s\S]*?-->/g, '');
  let text = '';
  let tag = '';
  let inTag = false;
  let quote = '';
  const flushText = () => {
    const visible = text.split(HOLE).join(' ').replace(/&[#\w]+;/g, ' ');
    if (/[A-Za-z]/.test(visible)) problems.push({ text, reason: 'text node in a template' });
    text = '';
  };
  for (const character of source) {
    if (!inTag) {
      if (character === '<') {
        flushText();
        inTag = true;
        tag = '';
      } else {
        text += character;
      }
    } else if (quote) {
      if (character === quote) quote = '';
      tag += character;
    } else if (character === '"' || character === "'") {
      quote = character;
      tag += character;
    } else if (character === '>') {
      problems.push(...scanAttributes(tag));
      inTag = false;
    } else {
      tag += character;
    }
  }
  flushText();
  return problems;
}

function scanAttributes(tag: string): { text: string; reason: string }[] {
  const problems: { text: string; reason: string }[] = [];
  for (const match of tag.matchAll(/([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = match[1]!.replace(/^[.?@]/, '').toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (USER_ATTRIBUTES.has(name) && /[A-Za-z]/.test(value.split(HOLE).join(' '))) {
      problems.push({ text: `${name}="${value}"`, reason: 'user-facing attribute in a template' });
    }
  }
  return problems;
}
