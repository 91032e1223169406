/** Ask the browser not to evict our data under storage pressure. Needs no database (first screen). */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
