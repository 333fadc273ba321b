/**
 * Asks the browser to keep our data when space runs low. Asked after the first save, when
 * the participant has something worth keeping; Chromium decides silently, Firefox asks.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
