import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../support/texts';
import { CORE_ERROR_CODES } from '../../shared/core/errors';
import { SYSTEMS } from '../../renderer/app/systems';

function flatten(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

function sourceFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, pattern);
    return pattern.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const zhKeys = new Set(flatten(zhCN));
const enKeys = new Set(flatten(en));
const allPrefixes = new Set(
  [...zhKeys].flatMap((k) => k.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))),
);

describe('translations', () => {
  it('has every key in both languages', () => {
    expect([...zhKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('has no empty text in either language', () => {
    const empty = (res: unknown) =>
      flatten(res).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], res) === '');
    expect(empty(zhCN)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('has a message for every error code, the core’s and each system’s', () => {
    for (const code of CORE_ERROR_CODES) expect(zhKeys.has(`errors.${code}`), code).toBe(true);
    for (const system of SYSTEMS)
      for (const [code, key] of Object.entries(system.errors))
        expect(zhKeys.has(key), `${system.id}: ${code}`).toBe(true);
  });

  it('knows every key the renderer asks for', () => {
    const missing: string[] = [];
    for (const file of sourceFiles('renderer', /\.tsx?$/)) {
      const text = readFileSync(file, 'utf8');
      // A plural key exists as its forms (key_one, key_other), which i18next picks by count.
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_.-]+)'/g))
        if (!zhKeys.has(m[1]) && !zhKeys.has(`${m[1]}_other`)) missing.push(`${file}: ${m[1]}`);
      // Template keys such as t(`registry.kinds.${kind}`): the fixed prefix must exist.
      for (const m of text.matchAll(/\bt\(\s*`([A-Za-z0-9_.-]+)\.\$\{/g))
        if (!allPrefixes.has(m[1])) missing.push(`${file}: ${m[1]}.*`);
    }
    expect(missing).toEqual([]);
  });

  it('finds no hard-coded text in JSX', () => {
    const visibleProps = new Set([
      'label',
      'placeholder',
      'title',
      'aria-label',
      'description',
      'alt',
      'message',
      'error',
    ]);
    const offenders: string[] = [];
    for (const file of sourceFiles('renderer', /\.tsx$/)) {
      const source = ts.createSourceFile(
        file,
        readFileSync(file, 'utf8'),
        ts.ScriptTarget.Latest,
        true,
        ts.ScriptKind.TSX,
      );
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node) && /[\p{L}]/u.test(node.text)) offenders.push(`${file}: "${node.text.trim()}"`);
        if (
          ts.isJsxAttribute(node) &&
          visibleProps.has(node.name.getText()) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          /[\p{L}]/u.test(node.initializer.text)
        ) {
          offenders.push(`${file}: ${node.name.getText()}="${node.initializer.text}"`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(offenders).toEqual([]);
  });
});
