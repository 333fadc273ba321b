import { INSTRUMENTS, type InstrumentId } from '../../../shared/instruments';
import type { ParticipantExtract } from '../../../shared/participantExtract';
import { useI18n, type MessageKey } from '../../i18n';
import { staffApi } from '../../staff/api';
import { downloadJson } from '../common/downloadJson';
import { useLoad } from '../common/useLoad';
import { describeChange } from './changeWords';

/**
 * A participant's own copy of what Stegvis holds about them (GDPR art. 15), as readable
 * Swedish on A4: print it, or save it as PDF from the print dialogue; the same as JSON.
 */
export function ParticipantExtractView({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, date, dateTime, number, instrumentTexts } = i18n;
  const loaded = useLoad(() => staffApi.extract(id), [id]);
  const x = loaded.data;
  if (loaded.error)
    return (
      <p class="notice notice--error" role="alert">
        {t('staff.failed')}
      </p>
    );
  if (!x) return <p>{t('app.loading')}</p>;
  const p = x.participant;
  const coded = (prefix: string, v: string | null) =>
    v ? t(`${prefix}.${v}` as MessageKey) : t('staff.notGiven');
  const download = () => downloadJson(`utdrag-${p.code}.json`, x);
  const instrument = (r: ParticipantExtract['ratings'][number]) =>
    r.instrument in INSTRUMENTS ? instrumentTexts(r.instrument as InstrumentId) : null;

  return (
    <article class="stack extract" aria-labelledby="extract-title">
      <div class="no-print stack">
        <a href={`#/staff/p/${id}`}>{t('staff.back')}</a>
        <div class="actions">
          <button type="button" class="button button--primary" onClick={() => print()}>
            {t('extract.print')}
          </button>
          <button type="button" class="button" onClick={download}>
            {t('extract.json')}
          </button>
        </div>
      </div>
      <h1 id="extract-title">{t('extract.title', { code: p.code })}</h1>
      <p>{t('extract.intro', { team: x.team.name, when: dateTime(x.generatedAt) })}</p>

      <h2>{t('extract.record')}</h2>
      <dl class="extract-facts">
        {(
          [
            ['staff.code', p.code],
            ['staff.displayName', p.displayName ?? t('staff.notGiven')],
            ['staff.gender', coded('gender', p.gender)],
            ['staff.birthYear', String(p.birthYear)],
            ['staff.intakeDate', date(p.intakeDate)],
            ['staff.referrer', coded('referrer', p.referrer)],
            ['staff.support', coded('support', p.support)],
            [
              'staff.yearsInSupport',
              p.yearsInSupport === null ? t('staff.notGiven') : number(p.yearsInSupport, 1),
            ],
            ['staff.exitDate', p.exitDate ? date(p.exitDate) : t('extract.noExit')],
            ['staff.exitReason', p.exitReason ? coded('exitReason', p.exitReason) : '–'],
            ['staff.exitNote', p.exitNote ?? '–'],
          ] as [MessageKey, string][]
        ).map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <h2>{t('extract.ratings', { n: String(x.ratings.length) })}</h2>
      {x.ratings.length === 0 && <p>{t('extract.none')}</p>}
      {x.ratings.map((r) => {
        const def = instrument(r);
        return (
          <section key={r.id} class="extract-rating">
            <h3>
              {def ? def.title : r.instrument}, {dateTime(r.at)}
              {r.withdrawn && ` (${t('extract.withdrawn')})`}
            </h3>
            <ul>
              {Object.entries(r.values).map(([item, v]) => {
                const label = def?.items[item]?.label;
                return (
                  <li key={item}>
                    {label ?? item}: {number(v, 1)}
                  </li>
                );
              })}
              {r.total !== null && <li>{t('extract.total', { total: number(r.total, 1) })}</li>}
              {r.goal && <li>{t('extract.goal', { goal: r.goal })}</li>}
              {r.notes.map((n, i) => (
                <li key={i}>
                  {t(n.shared ? 'extract.noteShared' : 'extract.notePrivate', { text: n.text })}
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <h2>{t('extract.coachNotes')}</h2>
      {x.coachNotes.length === 0 ? (
        <p>{t('extract.none')}</p>
      ) : (
        <ul>
          {x.coachNotes.map((n, i) => (
            <li key={i}>
              {date(n.sessionDate)} ({n.by}): {n.text}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('extract.statuses')}</h2>
      {!x.statuses?.length ? (
        <p>{t('extract.none')}</p>
      ) : (
        <ul>
          {x.statuses.map((r, i) => (
            <li key={i}>
              {r.moment === 'followup'
                ? t('staff.field.status.followup', { months: r.months })
                : t(`staff.field.status.${r.moment}` as MessageKey)}
              : {t(`labourStatus.${r.status}` as MessageKey)},{' '}
              {t(`income.${r.income}` as MessageKey)} ({date(r.recordedOn)},{' '}
              {t(`steps.by.${r.recordedBy}` as MessageKey)})
            </li>
          ))}
        </ul>
      )}
      {!!x.questionnaires?.length && (
        <>
          <h2>{t('extract.questionnaires')}</h2>
          <ul>
            {x.questionnaires.map((q, i) => (
              <li key={i}>
                {q.packId} ({date(q.at.slice(0, 10))}):{' '}
                {Object.entries(q.answers)
                  .map(([k, v]) => `${k} = ${v}`)
                  .join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('extract.devices')}</h2>
      {x.devices.length === 0 ? (
        <p>{t('extract.none')}</p>
      ) : (
        <ul>
          {x.devices.map((d, i) => (
            <li key={i}>
              {t('extract.device', {
                label: d.label ?? t('extract.phone'),
                from: dateTime(d.connectedAt),
                last: d.lastSeenAt ? dateTime(d.lastSeenAt) : '–',
              })}
              {d.revokedAt && ` ${t('extract.revoked', { when: dateTime(d.revokedAt) })}`}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('extract.history')}</h2>
      {x.history.length === 0 ? (
        <p>{t('extract.none')}</p>
      ) : (
        <ul>
          {x.history.map((h, i) => (
            <li key={i}>
              {dateTime(h.at)} ({h.by}):{' '}
              {Object.entries(h.changes)
                .map(([field, [from, to]]) => describeChange(i18n, field, from, to))
                .join('; ')}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('extract.reads')}</h2>
      <p>{t('extract.readsIntro')}</p>
      <ul>
        {x.accessLog.map((a, i) => (
          <li key={i}>
            {dateTime(a.at)}: {a.by === 'cli' ? t('team.byCommandLine') : a.by},{' '}
            {t(`team.logAction.${a.action}` as MessageKey)}
          </li>
        ))}
      </ul>
    </article>
  );
}
