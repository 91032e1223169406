import type { z } from 'zod';
import type { Channel } from '../../../shared/core/bridge/channels';
import { AppError, toAppError } from '../../../shared/core/errors';
import { isAppUrl } from '../security';

/** The parts of IpcMainInvokeEvent the helper reads (the real event satisfies it). */
export interface InvokeEventLike {
  readonly senderFrame: { readonly parent: unknown; readonly url: string } | null;
  readonly sender?: unknown;
}

export type InvokeListener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

export interface IpcMainLike {
  handle(channel: string, listener: InvokeListener): void;
}

export interface HandlerOptions {
  /** An extra check on top of main-frame-on-app://, e.g. "is it the main window's webContents". */
  isTrustedSender?: (event: InvokeEventLike) => boolean;
}

/** Only the top frame of a page served from app://workbench may call the host. */
export function isMainAppFrame(frame: InvokeEventLike['senderFrame']): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/**
 * Electron passes only a thrown error's message to the renderer ("Error invoking remote method
 * '<channel>': Error: <message>"), so the message is the JSON of { code, params } and the
 * preload parses it back.
 */
export function encodeBridgeError(error: unknown): Error {
  return new Error(JSON.stringify(toAppError(error).toJSON()));
}

/** Names the first offending field ("suggestedName", "filters.0.extensions") for the log; never the value. */
export function invalidPayload(issues: readonly { path: readonly PropertyKey[] }[]): AppError {
  const field = issues[0]?.path.map(String).join('.') ?? '';
  return new AppError('invalid-payload', { field: field || '(root)' });
}

/**
 * The one way to handle a bridge channel: check the sender, validate the payload with the
 * channel's zod schema, call the service, and send any failure as { code, params }.
 */
export function registerHandler<S extends z.ZodType, R>(
  ipcMain: IpcMainLike,
  channel: Channel,
  schema: S,
  handler: (payload: z.output<S>, event: InvokeEventLike) => Promise<R>,
  options: HandlerOptions = {},
): void {
  ipcMain.handle(channel, async (event, ...args) => {
    try {
      if (!isMainAppFrame(event.senderFrame) || (options.isTrustedSender && !options.isTrustedSender(event))) {
        throw new AppError('forbidden-sender', { channel });
      }
      if (args.length > 1) throw new AppError('invalid-payload', { field: '(arguments)' });
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) throw invalidPayload(parsed.error.issues);
      return await handler(parsed.data, event);
    } catch (error) {
      throw encodeBridgeError(error);
    }
  });
}
