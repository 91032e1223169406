/** Settings changed (saved on the Settings page): listeners reload what they use. */
const listeners = new Set<() => void>();

export function emitSettingsChange(): void {
  for (const l of listeners) l();
}

export function onSettingsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
