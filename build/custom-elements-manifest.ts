/**
 * Generates the custom-elements manifest (custom-elements.json, schema 2.1.0) of the embeddable
 * element and of the elements listed with it (the explorable's People panel) from their source: attributes and properties from the Lit `@property` decorators,
 * methods and getters with their JSDoc, and events, slots, CSS parts and custom properties from
 * the class's `@fires`, `@slot`, `@csspart` and `@cssprop` tags. Editors and embedders read
 * this file; a test keeps the committed copy equal to what the source says.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The modules whose elements the manifest describes, relative to the repository root: the embeddable element first. */
export const MANIFEST_MODULES = ['src/embed/runaway-sim.ts', 'src/components/people-panel.ts'];

interface Described {
  name: string;
  description: string;
}

type Json = Record<string, unknown>;

/** The manifest for the elements of `modules`, read from `root`. */
export function generateManifest(root: URL, modules: readonly string[] = MANIFEST_MODULES): Json {
  return {
    schemaVersion: '2.1.0',
    readme: 'README.md',
    modules: modules.map((path) => describeModule(path, readFileSync(new URL(path, root), 'utf8'))),
  };
}

function describeModule(path: string, source: string): Json {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const declarations: Json[] = [];
  const exports: Json[] = [];
  for (const statement of file.statements) {
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    const tagName = customElementName(statement);
    if (!tagName) continue;
    const name = statement.name.text;
    declarations.push(describeClass(statement, name, tagName));
    exports.push({ kind: 'js', name, declaration: { name, module: path } });
    exports.push({ kind: 'custom-element-definition', name: tagName, declaration: { name, module: path } });
  }
  return { kind: 'javascript-module', path, declarations, exports };
}

function customElementName(node: ts.ClassDeclaration): string | null {
  for (const decorator of ts.getDecorators(node) ?? []) {
    const call = decorator.expression;
    if (ts.isCallExpression(call) && call.expression.getText() === 'customElement') {
      const argument = call.arguments[0];
      if (argument && ts.isStringLiteral(argument)) return argument.text;
    }
  }
  return null;
}

function describeClass(node: ts.ClassDeclaration, name: string, tagName: string): Json {
  const tags = ts.getJSDocTags(node);
  const tagged = (tag: string): Described[] => tags.filter((t) => t.tagName.text === tag).map((t) => splitTag(commentText(t.comment)));
  const attributes: Json[] = [];
  const members: Json[] = [];
  for (const member of node.members) {
    if (isHidden(member)) continue;
    if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name)) {
      const field = describeField(member, member.name.text);
      if (!field) continue;
      members.push(field.member);
      if (field.attribute) attributes.push(field.attribute);
    } else if (ts.isGetAccessorDeclaration(member) && ts.isIdentifier(member.name)) {
      members.push(withoutEmpty({ kind: 'field', name: member.name.text, type: typeOf(member.type), readonly: true, description: jsDoc(member) }));
    } else if (ts.isMethodDeclaration(member) && ts.isIdentifier(member.name)) {
      members.push(
        withoutEmpty({
          kind: 'method',
          name: member.name.text,
          description: jsDoc(member),
          parameters: member.parameters.map((parameter) => withoutEmpty({ name: parameter.name.getText(), type: typeOf(parameter.type), optional: parameter.questionToken ? true : undefined })),
          return: member.type ? { type: { text: member.type.getText() } } : undefined,
        }),
      );
    }
  }
  return withoutEmpty({
    kind: 'class',
    description: jsDoc(node).split('\n\n')[0],
    name,
    tagName,
    customElement: true,
    superclass: node.heritageClauses?.[0] ? { name: node.heritageClauses[0].types[0]!.expression.getText(), package: 'lit' } : undefined,
    attributes,
    members,
    events: tagged('fires').map(({ name: event, description }) => {
      const type = /^(CustomEvent(?:<[^>]*>)?)\s*:?\s*/.exec(description);
      return withoutEmpty({ name: event, type: type ? { text: type[1] } : { text: 'Event' }, description: type ? description.slice(type[0].length) : description });
    }),
    slots: tagged('slot'),
    cssParts: tagged('csspart'),
    cssProperties: tagged('cssprop').map(({ name: property, description }) => {
      const fallback = /\(default:? ([^)]*)\)\s*$/.exec(description);
      return withoutEmpty({ name: property, description, default: fallback?.[1] });
    }),
  });
}

/** A `@property` field (with its attribute) or a public `@state` field; null for anything else. */
function describeField(member: ts.PropertyDeclaration, name: string): { member: Json; attribute: Json | null } | null {
  const decorator = (ts.getDecorators(member) ?? []).map((d) => d.expression).find((d): d is ts.CallExpression => ts.isCallExpression(d));
  const kind = decorator?.expression.getText();
  if (kind !== 'property' && kind !== 'state') return null;
  const options = new Map<string, string>();
  const literal = decorator!.arguments[0];
  if (literal && ts.isObjectLiteralExpression(literal)) {
    for (const property of literal.properties) {
      if (ts.isPropertyAssignment(property)) options.set(property.name.getText(), property.initializer.getText());
    }
  }
  const description = jsDoc(member);
  const type = typeOf(member.type) ?? inferredType(options.get('type')) ?? literalType(member.initializer);
  const initial = member.initializer?.getText();
  const attributeOption = options.get('attribute');
  const attributeName = kind === 'state' || attributeOption === 'false' ? null : attributeOption ? JSON.parse(attributeOption.replace(/'/g, '"')) : name.toLowerCase();
  const reflects = options.get('reflect') === 'true';
  return {
    member: withoutEmpty({ kind: 'field', name, type, default: initial, description, attribute: attributeName ?? undefined, reflects: reflects || undefined, readonly: kind === 'state' ? true : undefined }),
    attribute: attributeName ? withoutEmpty({ name: attributeName, type, default: initial, description, fieldName: name }) : null,
  };
}

function isHidden(member: ts.ClassElement): boolean {
  const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
  // Private, protected, static and lifecycle overrides are not part of what an embedder uses.
  return modifiers.some((m) => [ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.StaticKeyword, ts.SyntaxKind.OverrideKeyword].includes(m.kind));
}

function jsDoc(node: ts.Node): string {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  return docs.map((doc) => commentText(doc.comment)).join('\n').trim();
}

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  if (comment === undefined) return '';
  return typeof comment === 'string' ? comment : comment.map((part) => part.text).join('');
}

/** `name - description` (the JSDoc convention for events, slots and parts). */
function splitTag(text: string): Described {
  // `@slot - text` names the default slot: its name is empty.
  const match = /^(?:(\S+)\s+)?-\s+([\s\S]*)$/.exec(text.trim());
  return match ? { name: match[1] ?? '', description: match[2]!.replace(/\s+/g, ' ').trim() } : { name: text.trim(), description: '' };
}

function typeOf(node: ts.TypeNode | undefined): Json | undefined {
  return node ? { text: node.getText().replace(/\s+/g, ' ') } : undefined;
}

function inferredType(option: string | undefined): Json | undefined {
  if (option === 'Number') return { text: 'number' };
  if (option === 'Boolean') return { text: 'boolean' };
  return option === 'String' ? { text: 'string' } : undefined;
}

/** The type of a literal initializer such as `''`, `480` or `false`. */
function literalType(node: ts.Expression | undefined): Json | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { text: 'string' };
  if (ts.isNumericLiteral(node)) return { text: 'number' };
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) return { text: 'boolean' };
  return undefined;
}

/** Drops undefined fields and empty lists, as manifest tools write them. */
function withoutEmpty(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)));
}
