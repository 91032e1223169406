import { installedSystems } from '../../../core/plugin/installed';

/**
 * The official document is in Chinese whatever the interface language: the Chinese texts of every
 * installed system, read through their manifests, as a key → text function.
 */
export async function chineseTexts(): Promise<(key: string) => string> {
  const parts = await Promise.all(installedSystems().map((s) => s.texts['zh-CN']()));
  const all = Object.assign({}, ...parts) as Record<string, unknown>;
  return (key) => {
    const found = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], all);
    return typeof found === 'string' ? found : key;
  };
}
