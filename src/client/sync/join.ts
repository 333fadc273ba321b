import { normalizeShortCode, redeemResponseSchema } from '../../shared/protocol';
import { setDevice } from '../storage/syncStore';

export type JoinResult = 'joined' | 'invalid' | 'offline' | 'rate_limited' | 'error';

/**
 * Redeems the coach's invitation code (online, once) and keeps the device credential.
 * Works with the code typed in the installed app, which on iOS has storage of its own.
 */
export async function joinTeam(code: string): Promise<JoinResult> {
  let res: Response;
  try {
    res = await fetch('/api/devices/redeem', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: normalizeShortCode(code), deviceLabel: deviceLabel() }),
    });
  } catch {
    return 'offline';
  }
  if (res.status === 429) return 'rate_limited';
  if (res.status === 400) return 'invalid';
  if (!res.ok) return 'error';
  const parsed = redeemResponseSchema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) return 'error';
  const body = parsed.data;
  await setDevice({
    deviceId: body.deviceId,
    token: body.deviceToken,
    participantCode: body.participantCode,
    connectedAt: new Date().toISOString(),
  });
  return 'joined';
}

/** A hint for the coach's device list ("iPhone", "Android"), never anything identifying. */
function deviceLabel(): string {
  const ua = navigator.userAgent;
  if (/iPhone|iPad|iPod/.test(ua)) return 'iPhone/iPad';
  if (/Android/.test(ua)) return 'Android';
  return 'browser';
}
