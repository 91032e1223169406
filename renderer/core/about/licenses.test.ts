import { describe, expect, it } from 'vitest';
import { filterLicenses, loadLicenses, type LicensedPackage } from './licenses';

const react: LicensedPackage = {
  name: 'react',
  version: '19.3.1',
  license: 'MIT',
  text: 'MIT License…',
  bundles: ['renderer'],
};
const dexie: LicensedPackage = {
  name: 'dexie',
  version: '4.4.7',
  license: 'Apache-2.0',
  text: 'Apache…',
  bundles: ['renderer'],
};

describe('the licence list', () => {
  it('is fetched beside index.html, whatever route the page is on', async () => {
    const asked: string[] = [];
    const packages = await loadLicenses(async (url) => {
      asked.push(url);
      return new Response(JSON.stringify({ packages: [react, dexie] }));
    }, 'app://workbench/index.html#/settings');
    expect(asked).toEqual(['app://workbench/licenses.json']);
    expect(packages).toEqual([react, dexie]);
  });

  it('is not-found where no build made one (development mode)', async () => {
    await expect(
      loadLicenses(async () => new Response('', { status: 404 }), 'http://127.0.0.1:5173/'),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a file that is not the list', async () => {
    await expect(
      loadLicenses(async () => new Response('{"packages":[{"name":1}]}'), 'http://127.0.0.1:5173/'),
    ).rejects.toMatchObject({ code: 'validation' });
  });

  it('is searched by name or licence', () => {
    expect(filterLicenses([react, dexie], 'apache')).toEqual([dexie]);
    expect(filterLicenses([react, dexie], ' REA ')).toEqual([react]);
    expect(filterLicenses([react, dexie], '')).toEqual([react, dexie]);
  });
});
