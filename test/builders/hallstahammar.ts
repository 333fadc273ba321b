/**
 * Hallstahammar 2019 (../shared/domain.md) as an import CSV: 15 exits in 2019 (3 work,
 * 4 to AF, 4 municipal vocational rehab, 3 medical, 1 drop-out), ten of them with ORS
 * at intake and exit: mean 16.9 → 28.0. The team counts work, AF and vocational rehab
 * as positive, so 11 / 15 = 73.3 %.
 */
export const HALLSTAHAMMAR_GOALS = ['work', 'job_seeking', 'vocational_rehab'] as const;

const HEADER =
  'participant_code,gender,birth_year,intake_date,exit_date,exit_reason,instrument,administered_on,item1,item2,item3,item4,total';

export function hallstahammarCsv(): string {
  const intakes = [12, 14, 15, 16, 17, 18, 18, 19, 20, 20];
  const exitOrs = [25, 26, 27, 28, 28, 29, 29, 29, 29, 30];
  const reasons = [
    ...['work', 'work', 'work'],
    ...['job_seeking', 'job_seeking', 'job_seeking', 'job_seeking'],
    ...['vocational_rehab', 'vocational_rehab', 'vocational_rehab', 'vocational_rehab'],
    ...['medical', 'medical', 'medical'],
    'dropout',
  ];
  const rows: string[] = [HEADER];
  reasons.forEach((reason, i) => {
    const code = `HH-${String(i + 1).padStart(2, '0')}`;
    const gender = i % 2 ? 'man' : 'woman';
    const intake = reason === 'dropout' ? '2019-01-07' : '2018-04-03';
    const exit =
      reason === 'dropout' ? '2019-02-28' : `2019-${String((i % 9) + 3).padStart(2, '0')}-15`;
    const person = `${code},${gender},${1980 + i},${intake},${exit},${reason}`;
    if (i < intakes.length) {
      rows.push(`${person},ors,${intake},,,,,${intakes[i]}`);
      rows.push(`${person},ors,2018-10-01,,,,,${(intakes[i]! + exitOrs[i]!) / 2}`);
      rows.push(`${person},ors,${exit},,,,,${exitOrs[i]}`);
    } else rows.push(`${person},srs,${intake},,,,,38`);
  });
  return `${rows.join('\n')}\n`;
}
