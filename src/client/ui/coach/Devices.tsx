import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { staffApi } from '../../staff/api';

type Device = Awaited<ReturnType<typeof staffApi.devices>>[number];
type Invitation = Awaited<ReturnType<typeof staffApi.invite>>;

/** The participant's phones: invite one (code, link, QR code), see them, disconnect one. */
export function Devices({ participantId, active }: { participantId: string; active: boolean }) {
  const { t, dateTime } = useI18n();
  const [devices, setDevices] = useState<Device[]>([]);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const load = () => staffApi.devices(participantId).then(setDevices, () => {});
  useEffect(() => void load(), [participantId]);

  const revoke = async (d: Device) => {
    if (!confirm(t('staff.revokeConfirm'))) return;
    await staffApi.revokeDevice(participantId, d.id).catch(() => {});
    void load();
  };

  return (
    <section class="stack card no-print" aria-labelledby="devices-title">
      <h2 id="devices-title">{t('staff.devices')}</h2>
      {devices.length === 0 ? (
        <p>{t('staff.noDevices')}</p>
      ) : (
        <ul class="device-list">
          {devices.map((d) => (
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
          <button
            type="button"
            class="button"
            onClick={() => staffApi.invite(participantId).then(setInvitation, () => {})}
          >
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
