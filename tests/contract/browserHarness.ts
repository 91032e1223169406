import pkg from '../../package.json';
import { createBrowserHost, type BrowserHostOptions } from '../../renderer/core/host/browserHost';
import type { HostHarness } from './hostBridge.contract';

/**
 * The browser host in jsdom. The harness plays the browser's side: it catches the download
 * anchor's click (reading the Blob behind its object URL), answers the hidden file input, and
 * replaces the print iframe's print() with a recorder.
 */
export async function makeBrowserHarness(options: BrowserHostOptions = { webHost: null }): Promise<HostHarness> {
  const blobs = new Map<string, Blob>();
  const downloads: Array<Promise<{ name: string; bytes: Uint8Array }>> = [];
  const printed: string[] = [];
  let nextPick: { cancel: true } | { file: File } | undefined;

  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:http://localhost/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void blobs.delete(url);

  const onClick = (event: MouseEvent) => {
    const target = event.target;
    if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
      event.preventDefault(); // jsdom cannot navigate; the harness "downloads" instead
      const blob = blobs.get(target.getAttribute('href') ?? '');
      if (!blob) throw new Error('download without an object URL');
      downloads.push(blob.arrayBuffer().then((buffer) => ({ name: target.download, bytes: new Uint8Array(buffer) })));
    }
    if (target instanceof HTMLInputElement && target.type === 'file') {
      event.preventDefault();
      const answer = nextPick;
      nextPick = undefined;
      queueMicrotask(() => {
        if (!answer || 'cancel' in answer) return void target.dispatchEvent(new Event('cancel'));
        Object.defineProperty(target, 'files', { value: [answer.file], configurable: true });
        target.dispatchEvent(new Event('change'));
      });
    }
  };
  document.addEventListener('click', onClick, true);

  // Runs after the iframe is attached and before it loads: swap print() for a recorder.
  const observer = new MutationObserver((mutations) => {
    for (const node of mutations.flatMap((m) => [...m.addedNodes])) {
      if (node instanceof HTMLIFrameElement && node.contentWindow) {
        node.contentWindow.print = () => void printed.push(node.srcdoc);
      }
    }
  });
  observer.observe(document.body, { childList: true });

  return {
    host: createBrowserHost(window, { version: pkg.version, ...options }),
    kind: 'browser',
    version: pkg.version,
    canDetectCancelledSave: false,
    cancelNextDialog: () => void (nextPick = { cancel: true }),
    async pickNextFile(name, bytes) {
      nextPick = { file: new File([new Uint8Array(bytes)], name) };
    },
    savedFiles: () => Promise.all(downloads),
    printedDocuments: () => printed,
    async dispose() {
      document.removeEventListener('click', onClick, true);
      observer.disconnect();
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
      document.body.replaceChildren();
    },
  };
}
