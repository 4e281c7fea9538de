// Finds text a reader would see that is written in code instead of the messages
// files: JSX text, string literals in user-visible attributes and properties, and
// the text of extension HTML pages. Used by tests/unit/ui-literals.test.ts.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Non-words that may stay in markup. Anything else with a letter, digit or symbol is a literal. */
export const ALLOWED_NON_WORDS = new Set(['×', '←', '→', '▾', '▸']);

const VISIBLE_ATTRIBUTES = new Set([
  'aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext',
  'title', 'placeholder', 'alt', 'label', 'download',
]);
/** Object properties and assignments whose string reaches the reader (context menus, titles, DOM text). */
const VISIBLE_PROPERTIES = new Set(['title', 'default_title', 'label', 'placeholder', 'textContent', 'innerText', 'ariaLabel', 'alt']);

export interface Literal {
  file: string;
  line: number;
  text: string;
}

export function isUserText(text: string): boolean {
  const trimmed = text.trim();
  return /[^\s\p{P}]/u.test(trimmed) && !ALLOWED_NON_WORDS.has(trimmed);
}

/** String pieces an expression can show as-is: literals, template text, both sides of ?:, &&, ||, ??, +. */
function shownStrings(e: ts.Expression): string[] {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text];
  if (ts.isTemplateExpression(e)) return [e.head.text, ...e.templateSpans.flatMap((s) => [s.literal.text, ...shownStrings(s.expression)])];
  if (ts.isParenthesizedExpression(e)) return shownStrings(e.expression);
  if (ts.isConditionalExpression(e)) return [...shownStrings(e.whenTrue), ...shownStrings(e.whenFalse)];
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      return [...shownStrings(e.left), ...shownStrings(e.right)];
    }
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return shownStrings(e.right);
  }
  return [];
}

function attributeName(a: ts.JsxAttribute): string {
  return a.name.getText();
}

function isValueShownAsLabel(a: ts.JsxAttribute): boolean {
  // value= is the label of <button> and <input type="button|submit|reset">, data elsewhere.
  const element = a.parent.parent;
  const tag = element.tagName.getText();
  if (tag === 'button') return true;
  if (tag !== 'input') return false;
  const type = element.attributes.properties.find((p) => ts.isJsxAttribute(p) && attributeName(p) === 'type') as ts.JsxAttribute | undefined;
  const typeText = type?.initializer && ts.isStringLiteral(type.initializer) ? type.initializer.text : '';
  return ['button', 'submit', 'reset'].includes(typeText);
}

export function scanSource(file: string, source: string): Literal[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Literal[] = [];
  const report = (node: ts.Node, texts: string[]) => {
    for (const text of texts) {
      if (isUserText(text)) found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, [node.text]);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) report(node, shownStrings(node.expression));
    else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = attributeName(node);
      if (VISIBLE_ATTRIBUTES.has(name) || (name === 'value' && isValueShownAsLabel(node))) {
        const init = node.initializer;
        if (ts.isStringLiteral(init)) report(node, [init.text]);
        else if (ts.isJsxExpression(init) && init.expression) report(node, shownStrings(init.expression));
      }
    } else if (ts.isPropertyAssignment(node) && VISIBLE_PROPERTIES.has(node.name.getText().replace(/['"]/g, ''))) {
      report(node, shownStrings(node.initializer));
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      VISIBLE_PROPERTIES.has(node.left.name.text)
    ) {
      report(node, shownStrings(node.right));
    } else if (ts.isCallExpression(node) && /^(window\.)?(alert|confirm|prompt)$/.test(node.expression.getText())) {
      report(node, node.arguments.flatMap((a) => shownStrings(a)));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Text and visible attributes of an extension page (<title>, body text). */
export function scanHtml(file: string, html: string): Literal[] {
  const found: Literal[] = [];
  const lineOf = (index: number) => html.slice(0, index).split('\n').length;
  const blanked = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, (m) => m.replace(/[^\n]/g, ' ')).replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));
  for (const m of blanked.matchAll(/>([^<]+)</g)) {
    if (isUserText(m[1]!)) found.push({ file, line: lineOf(m.index!), text: m[1]!.trim() });
  }
  for (const m of blanked.matchAll(/\s(aria-label|title|placeholder|alt)\s*=\s*"([^"]*)"/gi)) {
    if (isUserText(m[2]!)) found.push({ file, line: lineOf(m.index!), text: m[2]!.trim() });
  }
  return found;
}

/** Files under the given folders (relative to root) whose names end with one of the extensions. */
export function filesUnder(root: string, folders: string[], extensions: string[]): string[] {
  return folders.flatMap((folder) =>
    (readdirSync(join(root, folder), { recursive: true }) as string[])
      .filter((f) => extensions.some((ext) => f.endsWith(ext)))
      .map((f) => join(folder, f)),
  );
}

export function scanFiles(root: string, files: string[]): Literal[] {
  return files.flatMap((f) => {
    const text = readFileSync(join(root, f), 'utf8');
    return f.endsWith('.html') ? scanHtml(f, text) : scanSource(f, text);
  });
}

const VIETNAMESE = /[ăâđêôơưạ-ỹàáảãèéẻẽìíỉĩòóỏõùúủũỳýỷỹ]/iu;

/** The extension's name is the same in every language. */
const PRODUCT_NAME = 'Tham Chiếu';

/** String literals written in Vietnamese: in code outside the word lists, a sentence for the reader. */
export function scanVietnameseLiterals(file: string, source: string): Literal[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Literal[] = [];
  const visit = (node: ts.Node) => {
    const texts = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
      ? [node.text]
      : ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)] : [];
    for (const text of texts) {
      if (VIETNAMESE.test(text.replaceAll(PRODUCT_NAME, ''))) found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
