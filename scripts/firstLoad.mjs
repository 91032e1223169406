// What the first script can hold: the packages reached from an entry file through static value
// imports only (`import type`, imports of types alone and dynamic import() are left out — they
// cost nothing at start-up). Conservative: a package reached here is in the first load unless the
// bundler proves it unused.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const STATIC = /^\s*(?:import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;

function resolveFile(from, spec) {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Whether an import clause brings in values (not `type X`, not `{ type A, type B }`). */
function bringsValues(clause) {
  if (clause === undefined) return true;
  if (/^type\s/.test(clause)) return false;
  const braces = clause.match(/^\{([^}]*)\}$/);
  if (!braces) return true;
  const names = braces[1]
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return names.length === 0 || names.some((n) => !n.startsWith('type '));
}

/** The bare packages (`react`, `@mantine/core`) statically reached from `entry`, with one path to each. */
export function firstLoadPackages(root, entry) {
  const seen = new Map([[resolve(root, entry), null]]);
  const packages = new Map();
  const queue = [resolve(root, entry)];
  while (queue.length > 0) {
    const file = queue.shift();
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of text.matchAll(STATIC)) {
      const spec = m[2] ?? m[3];
      if (!bringsValues(m[1])) continue;
      if (!spec.startsWith('.')) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (!packages.has(name)) packages.set(name, chain(seen, file, root));
        continue;
      }
      const target = resolveFile(file, spec);
      if (target && !seen.has(target)) {
        seen.set(target, file);
        queue.push(target);
      }
    }
  }
  return packages;
}

function chain(parents, file, root) {
  const path = [];
  for (let at = file; at; at = parents.get(at)) path.unshift(relative(root, at));
  return path;
}
