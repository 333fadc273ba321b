import { useState } from 'preact/hooks';
import { csvProblemText, type CsvProblemCode } from '../../../../shared/csvProblems';
import type { CsvImportResponse } from '../../../../shared/responses/staff';
import { useI18n } from '../../../i18n';
import { staffApi } from '../../../staff/api';
import { TableScroll } from '../../common/TableScroll';

type Problem = CsvImportResponse['problems'][number];

/**
 * Importing earlier ratings from a spreadsheet: choose the file, see every problem at once
 * (line, column, what is wrong) or what would be added and what deserves a look, then import
 * all of it. Nothing is stored until the admin says so, and nothing at all if a line is wrong.
 */
export function CsvImport() {
  const { t, lang } = useI18n();
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [check, setCheck] = useState<CsvImportResponse | null>(null);
  const [state, setState] = useState<'idle' | 'checking' | 'importing' | 'done' | 'failed'>('idle');

  const choose = async (file: File | undefined) => {
    setCheck(null);
    setState('idle');
    if (!file) return setCsv(null);
    const text = await file.text();
    setCsv({ name: file.name, text });
    setState('checking');
    try {
      setCheck(await staffApi.checkImport(text));
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  const run = async () => {
    if (!csv) return;
    setState('importing');
    try {
      setCheck(await staffApi.runImport(csv.text));
      setState('done');
    } catch {
      setState('failed');
    }
  };
  const words = (p: Problem) =>
    csvProblemText({ code: p.code as CsvProblemCode, vars: p.vars }, lang === 'en' ? 'en' : 'sv');

  return (
    <section class="stack card" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p>{t('import.help')}</p>
      <div class="field">
        <label for="import-file">{t('import.file')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
      </div>
      <div aria-live="polite" class="stack">
        {state === 'checking' && <p>{t('import.checking')}</p>}
        {state === 'failed' && (
          <p class="notice notice--error" role="alert">
            {t('staff.failed')}
          </p>
        )}
        {check && !check.ok && (
          <>
            <p class="notice notice--error" role="alert">
              {t('import.problems', { count: check.problems.length })}
            </p>
            <ProblemTable
              rows={check.problems}
              words={words}
              caption={t('import.problemsCaption')}
            />
          </>
        )}
        {check?.ok && check.summary && (
          <>
            <p
              class={state === 'done' ? 'notice' : ''}
              role={state === 'done' ? 'status' : undefined}
            >
              {t(state === 'done' ? 'import.done' : 'import.preview', {
                created: check.summary.participantsCreated,
                updated: check.summary.participantsUpdated,
                added: check.summary.ratingsAdded,
                present: check.summary.ratingsAlreadyPresent,
              })}
            </p>
            {check.warnings.length > 0 && (
              <>
                <p>{t('import.warnings', { count: check.warnings.length })}</p>
                <ProblemTable
                  rows={check.warnings}
                  words={words}
                  caption={t('import.warningsCaption')}
                />
              </>
            )}
            {state !== 'done' && (
              <div class="actions">
                <button
                  type="button"
                  class="button button--primary"
                  disabled={state === 'importing'}
                  onClick={() => void run()}
                >
                  {t('import.run', { name: csv?.name ?? '' })}
                </button>
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}

function ProblemTable({
  rows,
  words,
  caption,
}: {
  rows: readonly Problem[];
  words: (p: Problem) => string;
  caption: string;
}) {
  const { t } = useI18n();
  return (
    <TableScroll label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.colLine')}</th>
            <th scope="col">{t('import.colColumn')}</th>
            <th scope="col">{t('import.colProblem')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p, i) => (
            <tr key={i}>
              <td>{p.line}</td>
              <td>{p.column ?? '–'}</td>
              <td>{words(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
