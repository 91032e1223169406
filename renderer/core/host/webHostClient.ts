import {
  encodeEnvelope,
  WEB_API_PATHS,
  WEB_TOKEN_HEADER,
  WEB_TOKEN_META,
  type WebApiMethod,
} from '../../../shared/core/bridge/webApi';
import { AppError, isAppErrorCode, type AppErrorParams } from '../../../shared/core/errors';

/** Where the web host is and the run's token (read from the served page). */
export interface WebHostConfig {
  origin: string;
  token: string;
  fetch: typeof fetch;
}

/** The web host's token from the page it served, or undefined (vite dev, a plain static server). */
export function detectWebHost(win: Window & typeof globalThis): WebHostConfig | undefined {
  const token = win.document.querySelector(`meta[name="${WEB_TOKEN_META}"]`)?.getAttribute('content');
  if (!token) return undefined;
  return { origin: win.location.origin, token, fetch: win.fetch.bind(win) };
}

async function errorOf(response: Response): Promise<AppError> {
  try {
    const body = (await response.json()) as { code?: unknown; params?: AppErrorParams };
    if (isAppErrorCode(body.code)) return new AppError(body.code, body.params ?? {});
  } catch {
    // not our JSON
  }
  return new AppError('unknown', { detail: `HTTP ${response.status}` });
}

/** Calls one web-host method: the request in an envelope (bytes raw), failures as AppErrors. */
export function webHostClient(config: WebHostConfig) {
  async function post(method: WebApiMethod, request?: object): Promise<Response> {
    let response: Response;
    try {
      response = await config.fetch(`${config.origin}${WEB_API_PATHS[method]}`, {
        method: 'POST',
        headers: { [WEB_TOKEN_HEADER]: config.token, 'content-type': 'application/octet-stream' },
        body: encodeEnvelope(request),
      });
    } catch (error) {
      // The terminal running `npm run web` was closed: say so; nothing was done.
      throw new AppError('host-unreachable', {}, error);
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }
  return {
    json: async (method: WebApiMethod, request?: object): Promise<unknown> => (await post(method, request)).json(),
    bytes: async (method: WebApiMethod, request?: object): Promise<Uint8Array> =>
      new Uint8Array(await (await post(method, request)).arrayBuffer()),
  };
}
