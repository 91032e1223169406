import { beforeEach, describe, expect, it } from 'vitest';
import { acknowledgeFontWarning, fontWarningAcknowledged, resetFontWarningSession } from './fontWarningSession';

describe('the font-substitute warning session', () => {
  beforeEach(resetFontWarningSession);

  it('asks at the first output of a session', () => {
    expect(fontWarningAcknowledged()).toBe(false);
  });

  it('stops asking once the user has gone on with the substitutes', () => {
    acknowledgeFontWarning();
    expect(fontWarningAcknowledged()).toBe(true);
  });
});
