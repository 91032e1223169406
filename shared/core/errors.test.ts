import { describe, expect, it } from 'vitest';
import { AppError, toAppError } from './errors';

describe('toAppError', () => {
  it.each([
    ['a QuotaExceededError', new DOMException('full', 'QuotaExceededError')],
    [
      'an AbortError whose inner error is quota',
      Object.assign(new Error('abort'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') }),
    ],
    [
      'a BulkError with a quota failure',
      Object.assign(new Error('bulk'), {
        name: 'BulkError',
        failures: [new DOMException('full', 'QuotaExceededError')],
      }),
    ],
  ])('recognises storage full in %s', (_label, error) => {
    expect(toAppError(error).code).toBe('storage-full');
  });

  it('maps a full disk and a refused write from the main process', () => {
    expect(toAppError(Object.assign(new Error('x'), { code: 'ENOSPC' })).code).toBe('disk-full');
    expect(toAppError(Object.assign(new Error('x'), { code: 'EACCES' })).code).toBe('permission-denied');
  });

  it('keeps the code and params of an error that crossed the bridge as plain data', () => {
    expect(toAppError({ code: 'file-exists', params: { path: 'a.docx' } })).toMatchObject({
      code: 'file-exists',
      params: { path: 'a.docx' },
    });
    expect(toAppError(new AppError('validation', { field: 'name' })).params).toEqual({ field: 'name' });
  });
});
