import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { staffApi } from '../../staff/api';
import { Problem } from '../common/Problem';
import { useLoad } from '../common/useLoad';

type Device = Awaited<ReturnType<typeof staffApi.devices>>[number];
type Invitation = Awaited<ReturnType<typeof staffApi.invite>>;

/**
 * The participant's phones: invite one (code, link, QR code), see them, disconnect one. A
 * disconnection that did not reach the server says so: a lost phone must not look done.
 */
export function Devices({ participantId, active }: { participantId: string; active: boolean }) {
  const { t, dateTime } = useI18n();
  const devices = useLoad(() => staffApi.devices(participantId), [participantId]);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [failure, setFailure] = useState<'revoke' | 'invite' | null>(null);

  const revoke = async (d: Device) => {
    if (!confirm(t('staff.revokeConfirm'))) return;
    setFailure(null);
    try {
      await staffApi.revokeDevice(participantId, d.id);
    } catch {
      setFailure('revoke');
    }
    devices.reload();
  };
  const invite = () => {
    setFailure(null);
    staffApi.invite(participantId).then(setInvitation, () => setFailure('invite'));
  };
  const list = devices.data ?? [];

  return (
    <section class="stack card no-print" aria-labelledby="devices-title">
      <h2 id="devices-title">{t('staff.devices')}</h2>
      <Problem error={devices.error} />
      {failure && (
        <p class="notice notice--error" role="alert">
          {t(failure === 'revoke' ? 'staff.revokeFailed' : 'staff.inviteFailed')}
        </p>
      )}
      {devices.data && list.length === 0 ? (
        <p>{t('staff.noDevices')}</p>
      ) : (
        <ul class="device-list">
          {list.map((d) => (
            <li key={d.id}>
              {t('staff.deviceLine', {
                label: d.label ?? '?',
                connected: dateTime(d.createdAt),
                seen: d.lastSeenAt ? dateTime(d.lastSeenAt) : '–',
              })}
              {d.revokedAt ? (
                <span class="muted"> ({t('staff.revoked', { date: dateTime(d.revokedAt) })})</span>
              ) : (
                <button type="button" class="link-button" onClick={() => revoke(d)}>
                  {t('staff.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {active && (
        <div class="actions">
          <button type="button" class="button" onClick={invite}>
            {t('staff.invite')}
          </button>
        </div>
      )}
      {invitation && (
        <div class="invitation stack" role="status">
          <p>
            {t('staff.inviteCode')}: <strong class="invite-code">{invitation.shortCode}</strong>
          </p>
          <p>
            {t('staff.inviteLink')}: <code>{invitation.link}</code>
          </p>
          <img
            class="qr"
            alt={t('staff.inviteQr')}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(invitation.qrSvg)}`}
          />
          <p class="muted">{t('staff.inviteExpires', { date: dateTime(invitation.expiresAt) })}</p>
        </div>
      )}
    </section>
  );
}
