import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { type CoreErrorCode, toAppError } from '../../../shared/core/errors';
import { installedSystems } from '../plugin/installed';
import { limitTextOptions } from '../../../shared/core/common/issueLimit';

/**
 * Every error code has its message: a new code cannot ship without text (the core's Record is
 * exhaustive, each system's manifest names the text of its own codes — renderer/app/systems.ts
 * checks that together they cover every code — and the i18n test checks both languages).
 */
const CORE_ERROR_KEYS = {
  'storage-full': 'errors.storage-full',
  'storage-failed': 'errors.storage-failed',
  validation: 'errors.validation',
  'import-row-invalid': 'errors.import-row-invalid',
  'import-file-unreadable': 'errors.import-file-unreadable',
  'import-empty': 'errors.import-empty',
  'import-cancelled': 'errors.import-cancelled',
  'import-missing-columns': 'errors.import-missing-columns',
  'file-write-failed': 'errors.file-write-failed',
  'file-exists': 'errors.file-exists',
  'file-read-failed': 'errors.file-read-failed',
  'disk-full': 'errors.disk-full',
  'permission-denied': 'errors.permission-denied',
  'invalid-payload': 'errors.invalid-payload',
  'forbidden-sender': 'errors.forbidden-sender',
  'not-signed-in': 'errors.not-signed-in',
  'wrong-password': 'errors.wrong-password',
  'user-exists': 'errors.user-exists',
  'not-found': 'errors.not-found',
  'print-failed': 'errors.print-failed',
  'backup-invalid': 'errors.backup-invalid',
  'backup-wrong-passphrase': 'errors.backup-wrong-passphrase',
  'backup-wrong-password': 'errors.backup-wrong-password',
  'not-allowed': 'errors.not-allowed',
  'host-unreachable': 'errors.host-unreachable',
  'host-session-invalid': 'errors.host-session-invalid',
  'upgrade-backup-failed': 'errors.upgrade-backup-failed',
  'upgrade-failed': 'errors.upgrade-failed',
  'attachment-too-large': 'errors.attachment-too-large',
  'import-encoding-unknown': 'errors.import-encoding-unknown',
  'import-format-unsupported': 'errors.import-format-unsupported',
  'import-too-large': 'errors.import-too-large',
  'import-duplicate-header': 'errors.import-duplicate-header',
  'import-too-many-rows': 'errors.import-too-many-rows',
  'admin-only': 'errors.admin-only',
  'transfer-cancelled': 'errors.transfer-cancelled',
  unknown: 'errors.unknown',
} as const satisfies Record<CoreErrorCode, `errors.${string}`>;

function errorKey(code: string): string {
  if (code in CORE_ERROR_KEYS) return CORE_ERROR_KEYS[code as CoreErrorCode];
  for (const system of installedSystems()) if (code in system.errors) return system.errors[code];
  return CORE_ERROR_KEYS.unknown;
}

/** Translates a key that arrived as data (an error's params), falling back to the key itself. */
function tKey(t: TFunction, key: string, values: Record<string, string | number> = {}): string {
  return (t as unknown as (k: string, o: object) => string)(key, { ...values, defaultValue: key });
}

export function errorText(t: TFunction, error: unknown): string {
  const appError = toAppError(error);
  const params: Record<string, string | number> = { ...appError.params };
  // A dotted value is a module's own key (meetings.fields.plannedOn); a bare one is common's.
  if (typeof params.field === 'string')
    params.field = params.field.includes('.')
      ? tKey(t, params.field)
      : t(`common.fields.${params.field}` as 'common.fields.-', { defaultValue: params.field });
  if (typeof params.rule === 'string')
    params.rule = params.rule.includes('.')
      ? tKey(t, params.rule)
      : t(`common.rules.${params.rule}` as 'common.rules.invalid', {
          defaultValue: params.rule,
          ...limitTextOptions(appError.params),
        });
  // not-allowed: the reason is a key whose text takes the error's other params (names, counts).
  if (appError.code === 'not-allowed' && typeof params.reason === 'string')
    params.reason = tKey(t, params.reason, appError.params);
  return tKey(t, errorKey(appError.code), params);
}

export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => errorText(t, error);
}
