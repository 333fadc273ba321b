/**
 * What can be wrong in a ratings CSV, as codes with their values, so the import screen says
 * it in the admin's language and the CLI and API in English. One place for the words.
 */
export const CSV_PROBLEM_TEXTS = {
  en: {
    invalid_csv: 'The file is not valid CSV: {detail}',
    header_missing: 'The header row lacks: {columns}',
    unknown_columns: 'Unknown columns: {columns}',
    column_count: 'Expected {expected} columns, found {found}',
    no_rows: 'The file has no rows after the header',
    code_invalid: 'Not a valid participant code (letters, digits, dashes): "{value}"',
    gender_invalid: 'Gender must be woman, man, other or unknown: "{value}"',
    birth_year_invalid: 'Not a birth year: "{value}"',
    age_out_of_range: 'Born {birthYear} makes {age} at intake; Stegvis takes ages 13–67',
    date_invalid: 'Not a date YYYY-MM-DD: "{value}"',
    future_date: 'The date {value} has not come yet',
    exit_reason_invalid: 'Unknown exit reason: "{value}"',
    exit_pair: 'exit_date and exit_reason go together',
    exit_before_intake: 'Exit is before intake',
    referrer_invalid: 'Referrer must be one of {allowed}: "{value}"',
    support_invalid: 'Support must be one of {allowed}: "{value}"',
    years_invalid: 'Years in support must be 0–60: "{value}"',
    instrument_invalid: 'Instrument must be {allowed}: "{value}"',
    number_invalid: 'Not a number: "{value}"',
    too_many_items: '{instrument} has {count} item(s)',
    items_incomplete: 'Fill in all items, or none and the total',
    off_scale_whole: 'Must be a whole number {min}–{max}',
    off_scale_decimal: 'Must be {min}–{max} with at most one decimal',
    total_missing: 'Give the items or the total',
    total_mismatch: 'The items add up to {sum}, not {total}',
    out_of_range: 'Out of range for {instrument}: {detail}',
    differs_in_file: 'Differs from line {line} for participant {code}',
    differs_stored: 'Differs from participant {code} already stored',
    exit_differs_stored: 'Differs from the exit already stored for {code}',
    before_intake: 'Rated {value}, before the intake on {intake}',
  },
  sv: {
    invalid_csv: 'Filen är inte giltig CSV: {detail}',
    header_missing: 'Rubrikraden saknar: {columns}',
    unknown_columns: 'Okända kolumner: {columns}',
    column_count: 'Väntade {expected} kolumner, fann {found}',
    no_rows: 'Filen har inga rader efter rubrikraden',
    code_invalid: 'Inte en giltig deltagarkod (bokstäver, siffror, bindestreck): ”{value}”',
    gender_invalid: 'Kön ska vara woman, man, other eller unknown: ”{value}”',
    birth_year_invalid: 'Inte ett födelseår: ”{value}”',
    age_out_of_range: 'Född {birthYear} ger {age} år vid inskrivningen; Stegvis gäller 13–67 år',
    date_invalid: 'Inte ett datum ÅÅÅÅ-MM-DD: ”{value}”',
    future_date: 'Datumet {value} har inte kommit än',
    exit_reason_invalid: 'Okänd avslutsorsak: ”{value}”',
    exit_pair: 'exit_date och exit_reason anges tillsammans',
    exit_before_intake: 'Avslutet är före inskrivningen',
    referrer_invalid: 'Remittent ska vara en av {allowed}: ”{value}”',
    support_invalid: 'Försörjning ska vara en av {allowed}: ”{value}”',
    years_invalid: 'År i försörjning ska vara 0–60: ”{value}”',
    instrument_invalid: 'Instrument ska vara {allowed}: ”{value}”',
    number_invalid: 'Inte ett tal: ”{value}”',
    too_many_items: '{instrument} har {count} fråga/frågor',
    items_incomplete: 'Fyll i alla frågor, eller ingen och summan',
    off_scale_whole: 'Ska vara ett heltal {min}–{max}',
    off_scale_decimal: 'Ska vara {min}–{max} med högst en decimal',
    total_missing: 'Ange frågorna eller summan',
    total_mismatch: 'Frågorna blir {sum} tillsammans, inte {total}',
    out_of_range: 'Utanför skalan för {instrument}: {detail}',
    differs_in_file: 'Skiljer sig från rad {line} för deltagaren {code}',
    differs_stored: 'Skiljer sig från deltagaren {code} som redan finns',
    exit_differs_stored: 'Skiljer sig från avslutet som redan finns för {code}',
    before_intake: 'Skattat {value}, före inskrivningen {intake}',
  },
} as const;

export type CsvProblemCode = keyof (typeof CSV_PROBLEM_TEXTS)['en'];

/** One problem (or warning) on one line, in any column or the whole row (`column: null`). */
export interface CsvProblem {
  line: number;
  column: string | null;
  code: CsvProblemCode;
  vars: Record<string, string | number>;
  /** In English, for the CLI, the logs and programs. */
  message: string;
}

export function csvProblemText(
  p: Pick<CsvProblem, 'code' | 'vars'>,
  lang: keyof typeof CSV_PROBLEM_TEXTS = 'en',
): string {
  return CSV_PROBLEM_TEXTS[lang][p.code].replace(/\{(\w+)\}/g, (_, k: string) =>
    String(p.vars[k] ?? `{${k}}`),
  );
}

export function csvProblem(
  line: number,
  column: string | null,
  code: CsvProblemCode,
  vars: Record<string, string | number> = {},
): CsvProblem {
  return { line, column, code, vars, message: csvProblemText({ code, vars }) };
}
