import { useEffect, useState } from 'preact/hooks';
import { SUPPORT_EXPERIENCE_PACK } from '../../../../shared/packs/supportExperience';
import { questionnairePackSchema, type LoadedPack } from '../../../../shared/questionnaire';
import { licenceSchema, type Licence } from '../../../../shared/team';
import { LicenceFields } from './LicenceFields';
import { useI18n } from '../../../i18n';
import { packText } from '../../../packText';
import { staffApi, StaffApiError } from '../../../staff/api';
import { Field } from '../../common/Field';

type Problem = { path: string; message: string };

/**
 * Questionnaire packs: a team admin (for the team) or an organisation account (for all of
 * its teams) loads a pack file with the licence basis it holds; participants are asked it at
 * its moments. Stegvis's own example can be loaded with one click.
 */
export function QuestionnairePacks({ owner }: { owner: 'team' | 'organisation' }) {
  const { t, lang, date } = useI18n();
  const [packs, setPacks] = useState<LoadedPack[] | null>(null);
  const [licence, setLicence] = useState<Licence>({ holder: '', kind: 'organisation', date: '' });
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    staffApi.packs(owner).then(setPacks, () => setPacks([]));
  }, [owner]);

  const send = async (raw: unknown, basis: Licence) => {
    setSaved(false);
    const pack = questionnairePackSchema.safeParse(raw);
    const lic = licenceSchema.safeParse(basis);
    const found = [
      ...(pack.success
        ? []
        : pack.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))),
      ...(lic.success
        ? []
        : lic.error.issues.map((i) => ({
            path: `licence.${i.path.join('.')}`,
            message: i.message,
          }))),
    ];
    if (found.length) return setProblems(found);
    try {
      setPacks(await staffApi.loadPack(owner, { pack: pack.data, licence: lic.data! }));
      setProblems(null);
      setSaved(true);
    } catch (error) {
      setProblems(
        error instanceof StaffApiError && error.details.length
          ? error.details
          : [{ path: '', message: t('staff.failed') }],
      );
    }
  };
  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      return setProblems([{ path: '', message: t('packs.notJson') }]);
    }
    await send(raw, licence);
  };
  const example = () =>
    send(SUPPORT_EXPERIENCE_PACK, {
      holder: t('packs.exampleHolder'),
      kind: 'other',
      date: new Date().toISOString().slice(0, 10),
    });

  return (
    <section class="stack card" aria-labelledby="packs-title">
      <h2 id="packs-title">{t('packs.title')}</h2>
      <p class="muted">{t(owner === 'team' ? 'packs.leadTeam' : 'packs.leadOrganisation')}</p>
      {packs && packs.length === 0 && <p>{t('packs.none')}</p>}
      {packs && packs.length > 0 && (
        <ul class="stack">
          {packs.map((p) => (
            <li key={p.pack.id} class="group-row">
              <span>
                {t('packs.loaded', {
                  title: packText(p.pack.title, lang),
                  questions: p.pack.questions.length,
                  moments: p.pack.moments.map((m) => t(`packs.moment.${m}`)).join(', '),
                  holder: p.licence.holder,
                  date: date(p.licence.date),
                })}
                {p.loadedBy !== owner && <> {t('packs.byOrganisation')}</>}
              </span>
              {p.loadedBy === owner && (
                <button
                  type="button"
                  class="button button--small"
                  onClick={() =>
                    void staffApi.retirePack(owner, p.pack.id).then(setPacks, () => setSaved(false))
                  }
                >
                  {t('packs.retire')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {saved && (
        <p class="notice" role="status">
          {t('packs.saved')}
        </p>
      )}
      {problems && (
        <div class="notice notice--error" role="alert">
          <p>{t('packs.bad')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p.path ? `${p.path}: ${p.message}` : p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset class="stack">
        <legend>{t('packs.licence')}</legend>
        <div class="filters">
          <LicenceFields
            prefix="pack"
            labels={{ holder: t('packs.holder'), kind: t('packs.kind'), date: t('packs.date') }}
            value={licence}
            onChange={setLicence}
          />
        </div>
        <Field id="pack-file" label={t('packs.file')} hint={t('packs.fileHint')}>
          {(a11y) => (
            <input
              {...a11y}
              type="file"
              accept="application/json,.json"
              onChange={(e) => void upload(e.currentTarget)}
            />
          )}
        </Field>
      </fieldset>
      <div class="actions">
        <button type="button" class="button button--secondary" onClick={() => void example()}>
          {t('packs.example')}
        </button>
      </div>
    </section>
  );
}
