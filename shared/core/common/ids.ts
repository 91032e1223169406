/** Record ids are random UUIDs so that exchange bundles from several PCs can merge later. */
export function newId(): string {
  return crypto.randomUUID();
}
