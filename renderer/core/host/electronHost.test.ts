import { describe, expect, it, vi } from 'vitest';
import type { HostBridge } from '../../../shared/core/bridge/contract';
import { AppError } from '../../../shared/core/errors';
import { getElectronHost, reviveBridgeError } from './electronHost';

describe('reviveBridgeError', () => {
  it('rebuilds code and params from the message contextBridge kept', () => {
    // contextBridge copies an Error's message only; AppError's message is "<code> <params JSON>".
    const copied = new Error(new AppError('file-read-failed', { reason: 'too-large', maxBytes: 10 }).message);
    expect(reviveBridgeError(copied)).toMatchObject({
      code: 'file-read-failed',
      params: { reason: 'too-large', maxBytes: 10 },
    });
    expect(reviveBridgeError(new Error('disk-full'))).toMatchObject({ code: 'disk-full', params: {} });
  });

  it('keeps an error that still carries its code', () => {
    const original = new AppError('file-exists', { name: 'a' });
    expect(reviveBridgeError(original)).toBe(original);
    expect(reviveBridgeError({ code: 'not-found', params: { id: 1 } })).toMatchObject({
      code: 'not-found',
      params: { id: 1 },
    });
  });

  it('calls anything else unknown', () => {
    expect(reviveBridgeError(new Error('boom'))).toMatchObject({ code: 'unknown', params: { detail: 'boom' } });
    expect(reviveBridgeError('made-up-code')).toMatchObject({ code: 'unknown' });
  });
});

describe('getElectronHost', () => {
  it('is absent in a plain browser', () => {
    expect(getElectronHost({})).toBeUndefined();
  });

  it('passes calls through to the exposed bridge and revives its errors', async () => {
    const exposed = {
      appInfo: vi.fn(async () => ({ name: 'n', version: '1', host: 'electron', platform: 'win32' })),
      saveFile: vi.fn(async () => {
        throw new Error('disk-full');
      }),
    } as unknown as HostBridge;
    const host = getElectronHost({ workbenchHost: exposed })!;
    expect(await host.appInfo()).toMatchObject({ host: 'electron' });
    const error = await host.saveFile({ suggestedName: 'a', bytes: new Uint8Array() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'disk-full' });
  });
});
