/**
 * A storage failure the participant must hear about. Saving must never look successful
 * when IndexedDB refused it (full disk, private mode, a blocked upgrade).
 */
export type StorageErrorKind = 'quota' | 'unavailable' | 'blocked' | 'invalid' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    cause?: unknown,
  ) {
    super(`storage: ${kind}`, { cause });
    this.name = 'StorageError';
  }
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return new StorageError('quota', error);
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return new StorageError('unavailable', error);
  if (name === 'VersionError') return new StorageError('blocked', error);
  return new StorageError('unknown', error);
}
