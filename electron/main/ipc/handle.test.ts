import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../../shared/core/errors';
import { registerHandler, type InvokeEventLike, type InvokeListener, type IpcMainLike } from './handle';

function fakeIpcMain() {
  const handlers = new Map<string, InvokeListener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      // Electron throws on a second handler for one channel; so does the fake.
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
  const invoke = (event: InvokeEventLike, ...args: unknown[]) => handlers.get('host:save-file')!(event, ...args);
  return { ipcMain, invoke };
}

const mainFrame: InvokeEventLike = { senderFrame: { parent: null, url: 'app://workbench/index.html' } };
const schema = z.object({ name: z.string().min(1), copies: z.number().default(1) });

/** What the renderer would see: the message Electron keeps, parsed back. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return JSON.parse((error as Error).message);
  }
  throw new Error('expected a rejection');
}

describe('registerHandler', () => {
  it('hands the parsed payload, defaults applied, to the service', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handler = vi.fn(async (payload: { name: string; copies: number }) => `ok ${payload.name} x${payload.copies}`);
    registerHandler(ipcMain, 'host:save-file', schema, handler);
    expect(await invoke(mainFrame, { name: 'a' })).toBe('ok a x1');
    expect(handler).toHaveBeenCalledWith({ name: 'a', copies: 1 }, mainFrame);
  });

  it.each([
    ['a sub-frame of the app', { senderFrame: { parent: {}, url: 'app://workbench/index.html' } }],
    ['a page on localhost', { senderFrame: { parent: null, url: 'http://127.0.0.1:5173/' } }],
    ['a file:// page', { senderFrame: { parent: null, url: 'file:///tmp/evil.html' } }],
    ['a lookalike origin', { senderFrame: { parent: null, url: 'app://workbench.evil/index.html' } }],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses %s as forbidden-sender without calling the service', async (_name, event) => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handler = vi.fn();
    registerHandler(ipcMain, 'host:save-file', schema, handler);
    expect(await failure(invoke(event as InvokeEventLike, { name: 'a' }))).toEqual({
      code: 'forbidden-sender',
      params: { channel: 'host:save-file' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('applies the extra sender check it is given', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handler = vi.fn();
    registerHandler(ipcMain, 'host:save-file', schema, handler, { isTrustedSender: () => false });
    expect(await failure(invoke(mainFrame, { name: 'a' }))).toMatchObject({ code: 'forbidden-sender' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an invalid payload as invalid-payload naming the field', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handler = vi.fn();
    registerHandler(ipcMain, 'host:save-file', schema, handler);
    expect(await failure(invoke(mainFrame, { name: '' }))).toEqual({
      code: 'invalid-payload',
      params: { field: 'name' },
    });
    expect(await failure(invoke(mainFrame, 'not an object'))).toEqual({
      code: 'invalid-payload',
      params: { field: '(root)' },
    });
    expect(await failure(invoke(mainFrame, { name: 'a' }, 'extra'))).toEqual({
      code: 'invalid-payload',
      params: { field: '(arguments)' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('sends a service failure as its code and params', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerHandler(ipcMain, 'host:save-file', schema, async () => {
      throw new AppError('file-exists', { name: 'a.docx' });
    });
    expect(await failure(invoke(mainFrame, { name: 'a' }))).toEqual({
      code: 'file-exists',
      params: { name: 'a.docx' },
    });
  });

  it('turns a raw system error into a code, never a stack', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerHandler(ipcMain, 'host:save-file', schema, async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    expect(await failure(invoke(mainFrame, { name: 'a' }))).toEqual({ code: 'disk-full', params: {} });
  });
});
