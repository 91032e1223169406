/**
 * What the registry adds to the core's types: its error codes and audit entity names. Its manifest
 * (renderer/systems/registry/manifest.ts) lists the same with their texts; the app checks they agree.
 */
export {};

declare module '../../core/errors' {
  interface SystemErrorCodes {
    'duplicate-name': true;
    'duplicate-village-name': true;
  }
}

declare module '../../core/audit/audit' {
  interface SystemAuditEntities {
    units: true;
    people: true;
  }
}
