import { useEffect, useState } from 'preact/hooks';
import { INSTRUMENTS, type InstrumentId } from '../../../shared/instruments';
import type { Fact, RatingFact } from '../../../shared/rating';
import { total as sumItems } from '../../../domain/scoring';
import { listFacts } from '../../storage/facts';
import { getDevice, outboxSummary, type DeviceCredential } from '../../storage/syncStore';
import { useI18n } from '../../i18n';
import { downloadJson } from '../common/downloadJson';
import { TableScroll } from '../common/TableScroll';

interface OnPhone {
  facts: Fact[];
  device: DeviceCredential | undefined;
  waiting: number;
}

/**
 * Mina uppgifter: what this phone holds, read from its own storage, so it works offline; and
 * a file of it to keep. The device token stays out of the file: it is a key, not data.
 */
export function MyData() {
  const { t, dateTime, number, instrumentTexts } = useI18n();
  const [held, setHeld] = useState<OnPhone | null>(null);
  useEffect(() => {
    void Promise.all([listFacts(), getDevice(), outboxSummary()]).then(([facts, device, out]) =>
      setHeld({ facts, device, waiting: out.waiting }),
    );
  }, []);
  if (!held) return <p>{t('app.loading')}</p>;
  const ratings = held.facts.filter((f): f is RatingFact => f.type === 'rating');
  const notes =
    held.facts.filter((f) => f.type === 'note').length + ratings.filter((r) => r.note).length;
  const withdrawn = new Set(
    held.facts.flatMap((f) => (f.type === 'withdrawal' ? [f.ratingId] : [])),
  );
  const download = () => {
    const body = {
      format: 'stegvis-my-data',
      version: 1,
      savedAt: new Date().toISOString(),
      connection: held.device
        ? { participantCode: held.device.participantCode, connectedAt: held.device.connectedAt }
        : null,
      facts: held.facts,
    };
    downloadJson('mina-uppgifter.json', body);
  };

  return (
    <article class="stack" aria-labelledby="mydata-title">
      <h1 id="mydata-title">{t('mydata.title')}</h1>
      <p>{t('mydata.intro')}</p>
      <p>
        {held.device
          ? t('mydata.connected', {
              code: held.device.participantCode,
              when: dateTime(held.device.connectedAt),
            })
          : t('mydata.notConnected')}
      </p>
      <p>
        {t('mydata.counts', { ratings: ratings.length, notes })}{' '}
        {held.waiting > 0 && t('mydata.waiting', { n: held.waiting })}
      </p>
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          onClick={download}
          aria-describedby="mydata-hint"
        >
          {t('mydata.download')}
        </button>
      </div>
      <p class="muted" id="mydata-hint">
        {t('mydata.downloadHint')}
      </p>
      <h2>{t('mydata.list')}</h2>
      {ratings.length === 0 ? (
        <p>{t('mydata.none')}</p>
      ) : (
        <TableScroll label={t('mydata.list')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('mydata.when')}</th>
                <th scope="col">{t('mydata.what')}</th>
                <th scope="col" class="num">
                  {t('mydata.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...ratings].reverse().map((r) => {
                const def = INSTRUMENTS[r.instrument as InstrumentId];
                // A scale has no total: its one value is shown instead.
                const total =
                  r.total ??
                  (def ? (sumItems(def, r.values) ?? Object.values(r.values)[0] ?? null) : null);
                return (
                  <tr key={r.id}>
                    <td>{dateTime(r.administeredAt)}</td>
                    <td>
                      {def ? instrumentTexts(def.id).title : r.instrument}
                      {withdrawn.has(r.id) && ` (${t('mydata.withdrawn')})`}
                    </td>
                    <td class="num">{total === null ? '–' : number(total, 1)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </article>
  );
}
