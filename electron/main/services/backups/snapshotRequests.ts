import type {
  BackupReason,
  SnapshotListening,
  SnapshotReply,
  WriteBackupRequest,
} from '../../../../shared/core/bridge/backupSchemas';
import { HOST_EVENTS } from '../../../../shared/core/bridge/channels';

export type PageLanguage = 'zh-CN' | 'en';

/** What came of asking the page for a snapshot. */
export type SnapshotAnswer =
  | { status: 'snapshot'; snapshot: WriteBackupRequest }
  /** Too big for one call, the page wrote it in pieces itself; main checks the folder holds it. */
  | { status: 'written-by-page'; path: string }
  /** The page holds no account: nothing to keep. */
  | { status: 'empty' }
  /** No page that could answer: none yet (still starting), reloading, or its renderer is gone. */
  | { status: 'not-ready' }
  /** The page's provider failed; `reason` is what it said. */
  | { status: 'failed'; reason: string }
  | { status: 'timeout' };

export interface SnapshotRequestsDeps {
  /** webContents.send to the main window; false when there is no window to ask. */
  send(channel: string, payload: unknown): boolean;
  /** A hung renderer must not hold anything forever. */
  timeoutMs: number;
  newId(): string;
  log?: (event: string, context: Record<string, unknown>) => void;
}

export interface SnapshotRequests {
  /** Asks the page for a snapshot. Answers at once when no page is listening. */
  request(reason: BackupReason): Promise<SnapshotAnswer>;
  /** The renderer's answer (already parsed with snapshotReplySchema by the IPC handler). */
  reply(answer: SnapshotReply): void;
  /** The preload's signal (snapshotListeningSchema), or false from main when the page went away. */
  setListening(signal: SnapshotListening): void;
  /** The language the page last said it shows; zh-CN until it says. */
  language(): PageLanguage;
}

/**
 * Main → renderer "give me a snapshot", matched to the answer by a fresh id per request. Main asks
 * only a page that said it listens: a request sent to a page still loading (or whose renderer is
 * gone) would reach no one, and the quit would wait out the whole time limit for nothing.
 */
export function createSnapshotRequests(deps: SnapshotRequestsDeps): SnapshotRequests {
  const pending = new Map<string, { reason: BackupReason; resolve: (answer: SnapshotAnswer) => void }>();
  const log = deps.log ?? (() => undefined);
  let listening = false;
  let language: PageLanguage = 'zh-CN';

  function settle(requestId: string, answer: SnapshotAnswer): void {
    pending.get(requestId)?.resolve(answer);
  }

  return {
    request(reason) {
      if (!listening) return Promise.resolve({ status: 'not-ready' });
      const requestId = deps.newId();
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          log('snapshot-request-timeout', { reason });
          settle(requestId, { status: 'timeout' });
        }, deps.timeoutMs);
        pending.set(requestId, {
          reason,
          resolve: (answer) => {
            clearTimeout(timer);
            pending.delete(requestId);
            resolve(answer);
          },
        });
        if (!deps.send(HOST_EVENTS.snapshotRequest, { requestId, reason })) settle(requestId, { status: 'not-ready' });
      });
    },
    reply({ requestId, snapshot, written, failure, language: said }) {
      if (said) language = said;
      const waiting = pending.get(requestId);
      // Late (timed out) or never asked: nothing waits for it.
      if (!waiting) return log('snapshot-reply-unexpected', {});
      if (failure) return settle(requestId, { status: 'failed', reason: failure });
      if (written) return settle(requestId, { status: 'written-by-page', path: written.path });
      if (!snapshot) return settle(requestId, { status: 'empty' });
      // The file is named for the reason main asked with, whatever the renderer wrote in its meta.
      settle(requestId, {
        status: 'snapshot',
        snapshot: { ...snapshot, meta: { ...snapshot.meta, reason: waiting.reason } },
      });
    },
    setListening(signal) {
      listening = signal.listening;
      if (signal.language) language = signal.language;
      // A page that went away answers nothing more: those waiting hear so now, not at the limit.
      if (!listening) for (const requestId of [...pending.keys()]) settle(requestId, { status: 'not-ready' });
    },
    language: () => language,
  };
}
