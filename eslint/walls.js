// Walls between the rooms of the app (STYLE.md §1–2, docs/architecture.md): a local ESLint rule
// that resolves each relative import against the importing file and checks the pair of rooms.
// Folder names are runtime layers: renderer/app (composition), renderer/core, renderer/core/ui (the
// UI kit), renderer/systems/<system>, shared/core, shared/systems/<system>, electron/main,
// electron/node, electron/preload, webhost.
import path from 'node:path';

/** The room of a project-relative path, or null outside the app's code (tests, scripts, bench). */
export function roomOf(rel) {
  const p = rel.split(path.sep).join('/');
  const system = p.match(/^(renderer|shared)\/systems\/([^/]+)(?:\/|$)/);
  if (system) return { side: system[1], kind: 'system', system: system[2], rest: p.slice(system[0].length) };
  if (/^renderer\/core\/ui(\/|$)/.test(p)) return { side: 'renderer', kind: 'ui' };
  if (/^renderer\/core\/(data|backup)(\/|$)/.test(p)) return { side: 'renderer', kind: 'data' };
  if (/^renderer\/core(\/|$)/.test(p)) return { side: 'renderer', kind: 'core' };
  if (/^renderer\/app(\/|$)/.test(p)) return { side: 'renderer', kind: 'app' };
  if (/^shared\/core(\/|$)/.test(p)) return { side: 'shared', kind: 'core' };
  if (/^electron\/preload(\/|$)/.test(p)) return { side: 'electron', kind: 'preload' };
  if (/^electron\/node(\/|$)/.test(p)) return { side: 'electron', kind: 'node' };
  if (/^electron\/main(\/|$)/.test(p)) return { side: 'electron', kind: 'main' };
  if (/^webhost(\/|$)/.test(p)) return { side: 'webhost', kind: 'webhost' };
  return null;
}

const isEntry = (room) => room.kind === 'system' && /^(index(\.tsx?)?)?$/.test(room.rest);
const isRepoFile = (rel) =>
  /^renderer\/(core\/(data|backup)|systems\/[^/]+\/data)\//.test(rel.split(path.sep).join('/'));

/** Why `from` may not import `to` (project-relative paths), or null when it may. */
export function wallBetween(fromRel, toRel) {
  const from = roomOf(fromRel);
  const to = roomOf(toRel);
  if (!from || !to) return null;
  if (from.side === 'shared' && to.side !== 'shared')
    return 'shared code is pure: it imports neither the renderer, Electron nor the web host';
  if (from.side === 'shared' && from.kind === 'core' && to.kind === 'system') return 'the core never imports a system';
  if (from.side === 'renderer' && (to.side === 'electron' || to.side === 'webhost'))
    return 'the renderer reaches the host only through the bridge';
  if ((from.side === 'electron' || from.side === 'webhost') && to.side === 'renderer')
    return 'the main process and the web host never import renderer code';
  if (from.kind === 'preload' && to.side === 'electron' && to.kind !== 'preload')
    return 'the preload never imports the main process';
  if (from.kind === 'webhost' && to.kind === 'main')
    return 'the web host runs in plain Node: it uses electron/node, not electron/main';
  if (from.kind === 'node' && to.side === 'electron' && to.kind !== 'node')
    return 'electron/node is plain Node, shared with the web host: it imports no Electron glue';
  if (from.kind === 'system' && to.kind === 'system' && from.system !== to.system && !isEntry(to))
    return `a system uses another only through its public entry (${to.side}/systems/${to.system}/index.ts)`;
  if (from.side === 'renderer' && from.kind !== 'system' && from.kind !== 'app' && to.kind === 'system')
    return 'the core never imports a system: systems plug in through their manifests (renderer/app/systems.ts)';
  if (from.kind !== 'app' && to.kind === 'app') return 'nothing imports the composition root (renderer/app)';
  if (from.kind === 'ui' && to.kind === 'data') return 'the UI kit never imports the data layer';
  if (
    from.side === 'renderer' &&
    to.kind === 'data' &&
    /\/db(\.ts)?$/.test(toRel) &&
    !isRepoFile(fromRel) &&
    from.kind !== 'app'
  )
    return 'only repositories touch the database (renderer/core/data, a system’s data/)';
  return null;
}

const PACKAGE_WALLS = [
  {
    test: (r) => r?.side === 'shared',
    banned: /^(react|react-dom|dexie|electron|@mantine\/.*|i18next|react-i18next)$/,
    why: 'shared code is pure',
  },
  {
    test: (r) => r?.kind === 'node' || r?.kind === 'webhost',
    banned: /^electron$/,
    why: 'this code runs in plain Node',
  },
  {
    test: (r) => r?.side === 'electron' || r?.kind === 'webhost',
    banned: /^(react|react-dom|dexie)$/,
    why: 'the host never runs renderer code',
  },
];

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the walls between the rooms of the app (docs/architecture.md).' },
    schema: [],
    messages: { wall: 'Wall: {{why}} ({{spec}}).' },
  },
  create(context) {
    const root = context.cwd ?? process.cwd();
    const file = context.filename;
    const fromRel = path.relative(root, file);
    const fromRoom = roomOf(fromRel);
    if (!fromRoom || /\.(test|spec)\.tsx?$/.test(file)) return {};
    const check = (node, spec, isTypeOnly = false) => {
      if (typeof spec !== 'string') return;
      let why = null;
      if (spec.startsWith('.')) why = wallBetween(fromRel, path.relative(root, path.resolve(path.dirname(file), spec)));
      else {
        const wall = PACKAGE_WALLS.find((w) => w.test(fromRoom) && w.banned.test(spec));
        if (wall) why = wall.why;
        // A type (Transaction, EntityTable) describes the database without touching it.
        else if (
          spec === 'dexie' &&
          !isTypeOnly &&
          fromRoom.side === 'renderer' &&
          !isRepoFile(fromRel) &&
          fromRoom.kind !== 'app'
        )
          why = 'only repositories touch the database';
      }
      if (why) context.report({ node, messageId: 'wall', data: { why, spec } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value, node.importKind === 'type'),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
