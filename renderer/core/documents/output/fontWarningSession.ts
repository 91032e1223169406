/**
 * The font-substitute warning is asked once per session (issue 15 item 7, issue 16 item 11): once
 * the user has gone on with the substitutes, later prints and exports of this session go straight
 * on. A cancelled warning was not read as consent and is asked again. The app's restart clears it.
 */
let acknowledged = false;

export function fontWarningAcknowledged(): boolean {
  return acknowledged;
}

export function acknowledgeFontWarning(): void {
  acknowledged = true;
}

/** For tests: a new session. */
export function resetFontWarningSession(): void {
  acknowledged = false;
}
