import type { HostBridge } from '../../../shared/core/bridge/contract';
import { createBrowserHost } from './browserHost';
import { getElectronHost } from './electronHost';

let host: HostBridge | undefined;

/** The host the app runs in: Electron's preload bridge when present, else the browser. Memoised. */
export function getHost(): HostBridge {
  host ??= getElectronHost(window) ?? createBrowserHost(window);
  return host;
}

/** For tests that run the data layer in Node: the host the app should talk to. */
export function setHost(next: HostBridge | undefined): void {
  host = next;
}
