import path from 'node:path';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPieceTransfers, type PieceFs } from './pieces';

const bytes = (text: string) => new Uint8Array(new TextEncoder().encode(text));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('piece transfers (the host side)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await realFs.mkdtemp(path.join(tmpdir(), 'workbench-pieces-'));
  });
  afterEach(() => realFs.rm(dir, { recursive: true, force: true }));

  const target = () => path.join(dir, 'report.docx');
  const temp = () => path.join(dir, '.report.docx.tmp');
  const moveIntoPlace = async (staged: string) => {
    await realFs.rename(staged, target());
    return 'kept';
  };

  it('writes pieces in order into a temp file and hands it over only when complete', async () => {
    const transfers = createPieceTransfers({ fs: realFs });
    const { id } = await transfers.beginWrite(temp(), 6, moveIntoPlace);
    await transfers.writePiece({ id, offset: 0, bytes: bytes('abc') });
    expect(await realFs.readdir(dir)).toEqual(['.report.docx.tmp']);
    await transfers.writePiece({ id, offset: 3, bytes: bytes('def') });
    expect(await transfers.finishWrite({ id })).toBe('kept');
    expect(await realFs.readFile(target(), 'utf8')).toBe('abcdef');
    expect(await realFs.readdir(dir)).toEqual(['report.docx']);
  });

  it('refuses a piece out of order or past the announced size, and a finish before every byte came', async () => {
    const transfers = createPieceTransfers({ fs: realFs });
    const { id } = await transfers.beginWrite(temp(), 4, moveIntoPlace);
    expect(await rejection(transfers.writePiece({ id, offset: 2, bytes: bytes('cd') }))).toMatchObject({
      code: 'invalid-payload',
      params: { field: 'offset' },
    });
    expect(await rejection(transfers.writePiece({ id, offset: 0, bytes: bytes('abcde') }))).toMatchObject({
      code: 'invalid-payload',
    });
    await transfers.writePiece({ id, offset: 0, bytes: bytes('ab') });
    expect(await rejection(transfers.finishWrite({ id }))).toMatchObject({ params: { field: 'size' } });
    // The half-written file went with the refusal; the target never existed.
    expect(await realFs.readdir(dir)).toEqual([]);
  });

  it('on a full disk mid-way drops the temp file and leaves the old target as it was', async () => {
    await realFs.writeFile(target(), 'old');
    let writes = 0;
    const fs: PieceFs = {
      ...realFs,
      async open(p, flags, mode) {
        const handle = await realFs.open(p, flags, mode);
        const write = handle.write.bind(handle);
        return Object.assign(handle, {
          write: async (b: Uint8Array, o: number, l: number, pos: number) => {
            writes += 1;
            if (writes === 2) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
            return write(b, o, l, pos);
          },
        });
      },
    };
    const transfers = createPieceTransfers({ fs });
    const { id } = await transfers.beginWrite(temp(), 4, moveIntoPlace);
    await transfers.writePiece({ id, offset: 0, bytes: bytes('ne') });
    expect(await rejection(transfers.writePiece({ id, offset: 2, bytes: bytes('w!') }))).toMatchObject({
      code: 'disk-full',
    });
    expect(await realFs.readdir(dir)).toEqual(['report.docx']);
    expect(await realFs.readFile(target(), 'utf8')).toBe('old');
    expect(transfers.openWrites()).toBe(0);
  });

  it('an aborted write leaves nothing; a finish that throws removes the temp file too', async () => {
    const transfers = createPieceTransfers({ fs: realFs });
    const first = await transfers.beginWrite(temp(), 2, moveIntoPlace);
    await transfers.writePiece({ id: first.id, offset: 0, bytes: bytes('a') });
    await transfers.abortWrite({ id: first.id });
    expect(await realFs.readdir(dir)).toEqual([]);
    const second = await transfers.beginWrite(temp(), 1, async () => {
      throw Object.assign(new Error('checksum'), { code: 'EIO' });
    });
    await transfers.writePiece({ id: second.id, offset: 0, bytes: bytes('b') });
    expect(await rejection(transfers.finishWrite({ id: second.id }))).toMatchObject({ code: 'file-write-failed' });
    expect(await realFs.readdir(dir)).toEqual([]);
  });

  it('reads only the announced file, only within its size, and says so when it shrank meanwhile', async () => {
    const file = path.join(dir, 'picked.csv');
    await realFs.writeFile(file, 'abcdefgh');
    const transfers = createPieceTransfers({ fs: realFs });
    const { id, size } = transfers.beginRead({ path: file, name: 'picked.csv', size: 8 });
    expect(size).toBe(8);
    expect(new TextDecoder().decode(await transfers.readPiece({ id, offset: 2, length: 3 }))).toBe('cde');
    expect(await rejection(transfers.readPiece({ id, offset: 6, length: 3 }))).toMatchObject({
      code: 'invalid-payload',
    });
    await realFs.truncate(file, 4);
    expect(await rejection(transfers.readPiece({ id, offset: 2, length: 3 }))).toMatchObject({
      code: 'file-read-failed',
      params: { reason: 'changed' },
    });
    await transfers.endRead({ id });
    expect(await rejection(transfers.readPiece({ id, offset: 0, length: 1 }))).toMatchObject({
      params: { field: 'id' },
    });
  });
});
