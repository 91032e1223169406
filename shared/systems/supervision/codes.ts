/**
 * What System 2 adds to the core's types: its error codes and audit entity names. Its manifest
 * lists the same with their texts; the app checks they agree.
 */
export {};

declare module '../../core/errors' {
  interface SystemErrorCodes {
    /** A check runs only after the group leader signed its 呈批单. */
    'not-approved': true;
    /** A random spot check runs only after its draw. */
    'not-drawn': true;
    'wrong-state': true;
    /** Seed, System 2 step 2: an unannounced check gets no notice. */
    'no-notice-unannounced': true;
  }
}

declare module '../../core/audit/audit' {
  interface SystemAuditEntities {
    checks: true;
    supervisionItems: true;
    findings: true;
  }
}
