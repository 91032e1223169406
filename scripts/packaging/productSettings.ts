/**
 * The office's details the installers carry: the .deb's maintainer and vendor (dpkg shows them;
 * UOS and Kylin app stores list them) and the copyright in the Windows file properties. They are
 * settings of the build — build/product.json, each overridable by an environment variable — so
 * another city's office builds its own packages without editing electron-builder.yml.
 */
export interface ProductSettings {
  maintainer: string;
  vendor: string;
  copyright: string;
}

export const PRODUCT_ENV: Record<keyof ProductSettings, string> = {
  maintainer: 'WORKBENCH_MAINTAINER',
  vendor: 'WORKBENCH_VENDOR',
  copyright: 'WORKBENCH_COPYRIGHT',
};

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function productSettings(file: unknown, env: Record<string, string | undefined>): ProductSettings {
  const fromFile = (file ?? {}) as Partial<Record<keyof ProductSettings, unknown>>;
  const pick = (key: keyof ProductSettings) => text(env[PRODUCT_ENV[key]]) || text(fromFile[key]);
  return { maintainer: pick('maintainer'), vendor: pick('vendor'), copyright: pick('copyright') };
}

/** "Name <mailbox@host>", and not one of the placeholder domains nobody reads. */
export function isRealMaintainer(value: string): boolean {
  const match = /^[^<>]+<([^<>@\s]+)@([^<>@\s]+\.[^<>@\s]+)>$/.exec(value.trim());
  if (!match) return false;
  return !/(^|\.)(example\.(com|org|net|invalid)|invalid|localhost|test)$/i.test(match[2]);
}

/** Whether these electron-builder arguments build Linux packages (no platform flag: the host's). */
export function buildsLinux(args: readonly string[], hostPlatform: string): boolean {
  const platformFlag = /^(--(linux|win|windows|mac|macos)|-[lwm]+)(=.*)?$/;
  const flags = args.filter((arg) => platformFlag.test(arg));
  if (flags.length === 0) return hostPlatform === 'linux';
  return flags.some((arg) => /^(--linux|-[wm]*l[wm]*)(=.*)?$/.test(arg));
}

/** electron-builder's own `-c.<path>=<value>` overrides for the settings, or why it must not build. */
export function builderOverrides(
  settings: ProductSettings,
  args: readonly string[],
  hostPlatform: string,
): { overrides: string[] } | { refusal: string } {
  if (buildsLinux(args, hostPlatform) && !isRealMaintainer(settings.maintainer)) {
    return {
      refusal:
        `A .deb needs its maintainer, the office's IT contact as 'Name <email>' (found: '${settings.maintainer}'). ` +
        `Set "maintainer" in build/product.json or ${PRODUCT_ENV.maintainer}.`,
    };
  }
  const overrides: string[] = [];
  if (settings.maintainer) overrides.push(`-c.linux.maintainer=${settings.maintainer}`);
  if (settings.vendor) {
    overrides.push(`-c.linux.vendor=${settings.vendor}`);
    // The Windows file properties' company and the uninstaller's publisher come from package.json's author.
    overrides.push(`-c.extraMetadata.author.name=${settings.vendor}`);
  }
  if (settings.copyright) overrides.push(`-c.copyright=${settings.copyright}`);
  return { overrides };
}
