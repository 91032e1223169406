import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_SETTINGS, officeSettingsSchema } from './office';

describe('office settings', () => {
  it('keeps settings saved before the slip prefixes existed, filling in the defaults', () => {
    const {
      approvalSlipPrefix: _a,
      supervisionSlipPrefix: _s,
      contactLine: _c,
      ...older
    } = { ...DEFAULT_OFFICE_SETTINGS, officeName: '某市人才办' };
    const parsed = officeSettingsSchema.parse(older);
    expect(parsed).toMatchObject({
      officeName: '某市人才办',
      approvalSlipPrefix: '海人才办呈',
      supervisionSlipPrefix: '海人才督',
      contactLine: '',
    });
  });
});
