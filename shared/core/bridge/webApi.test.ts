import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from './webApi';

describe('web host request envelope', () => {
  it('carries a request with its bytes raw beside the JSON', () => {
    const bytes = new Uint8Array([0, 255, 1, 2]);
    const decoded = decodeEnvelope(encodeEnvelope({ path: '备份.twb', bytes }));
    expect(decoded).toEqual({ request: { path: '备份.twb', bytes } });
  });

  it('carries a request without bytes, and no request at all', () => {
    expect(decodeEnvelope(encodeEnvelope({ path: 'x' }))).toEqual({ request: { path: 'x' } });
    expect(decodeEnvelope(encodeEnvelope(undefined))).toEqual({ request: undefined });
  });

  it.each([
    ['too short for its length', new Uint8Array([1, 0])],
    ['a length past the end', new Uint8Array([200, 0, 0, 0, 123])],
    ['JSON that is not JSON', new Uint8Array([3, 0, 0, 0, 123, 34, 120])],
    ['bytes after a JSON array', new Uint8Array([2, 0, 0, 0, 91, 93, 1])],
    ['bytes after no request', new Uint8Array([0, 0, 0, 0, 1])],
  ])('refuses a body with %s', (_name, body) => {
    expect(decodeEnvelope(body)).toBeNull();
  });
});
