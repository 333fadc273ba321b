import { outsideReports } from '../../../src/domain/disclosure/outside';
import { reportingYear } from '../../../src/domain/report/reportingYear';
import { teamReport, type TeamReport } from '../../../src/domain/report/cohort';
import type { OrganisationCase } from '../../builders/organisation';
import { attack, type Claim, type Published } from './attack';

const read = (tree: unknown, path: string) =>
  path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], tree);

export interface Leak extends Claim {
  truth: unknown;
}

/**
 * Publishes everything an organisation's teams let out for one reporting year (each team's
 * steering-group reports, the organisation's comparison) and runs the attacker over all of
 * it at once. Returns what it found: leaks (a hidden value worked out exactly, zeros aside:
 * an empty cell is nobody) and wrong claims (a relation the attacker assumed that does not
 * hold, so the attacker itself is wrong).
 */
export function attackOrganisation(org: OrganisationCase, firstYear = 2025) {
  const people = org.teams.flatMap((t) => t.people);
  let next = 0;
  const teams = org.teams.map((t, i) => ({
    key: `team${i}`,
    name: `Team ${i}`,
    members: t.people.map(() => next++),
    settings: t.settings,
  }));
  const year = reportingYear(firstYear, org.yearStart);
  const out = outsideReports(people, teams, year, org.organisation);
  const periods = { year: year.year, first: year.halves[0], second: year.halves[1] };
  const published: Published[] = [];
  const truth = new Map<string, TeamReport>();
  const add = (
    entity: string,
    kind: Published['kind'],
    reports: Record<keyof typeof periods, Published['report']>,
    members: number[],
    settings: OrganisationCase['organisation'],
    inside?: string[],
  ) => {
    for (const span of ['year', 'first', 'second'] as const) {
      published.push({
        entity,
        kind,
        span,
        report: reports[span],
        ...(inside && { teams: inside }),
      });
      truth.set(
        `${entity}|${span}`,
        teamReport(
          members.map((m) => people[m]!),
          periods[span],
          {},
          settings,
        ),
      );
    }
  };
  out.teams.forEach((t, i) =>
    add(t.key, 'team', t.reports, [...teams[i]!.members], teams[i]!.settings),
  );
  if (out.others)
    add(
      'others',
      'others',
      out.others.reports,
      teams.filter((t) => out.others!.teams.includes(t.key)).flatMap((t) => [...t.members]),
      org.organisation,
      out.others.teams,
    );
  if (out.total)
    add(
      'total',
      'total',
      out.total,
      people.map((_, i) => i),
      org.organisation,
    );

  const leaks: Leak[] = [];
  const wrong: Leak[] = [];
  for (const claim of attack(published)) {
    const real = read(truth.get(`${claim.entity}|${claim.span}`), claim.path);
    const exact = typeof real === 'number' && Math.abs(real - claim.value) < 1e-6;
    if (!exact) wrong.push({ ...claim, truth: real });
    else if (real !== 0) leaks.push({ ...claim, truth: real });
  }
  const truthOf = (entity: string, span: string) => truth.get(`${entity}|${span}`);
  return { leaks, wrong, published, out, truthOf };
}

/**
 * Marks that say something untrue: `<5` where the truth is not 1–4, or a number that is
 * not the team's figure.
 */
export function honestMarks(run: ReturnType<typeof attackOrganisation>): string[] {
  const wrong: string[] = [];
  const walk = (shown: unknown, real: unknown, path: string, where: string) => {
    if (shown !== null && typeof shown === 'object') {
      for (const [k, v] of Object.entries(shown))
        walk(
          v,
          (real as Record<string, unknown> | undefined)?.[k],
          path ? `${path}.${k}` : k,
          where,
        );
      return;
    }
    if (shown === '<5') {
      // A count of 1–4, or a figure over 1–4 people: then its count is shown as <5 or .. too.
      if (
        typeof real === 'number' &&
        Number.isInteger(real) &&
        !/percent|Mean|Months|effect|meanAge|Total$/i.test(path) &&
        (real < 1 || real > 4)
      )
        wrong.push(`${where} ${path}: <5 but ${real}`);
    } else if (
      typeof shown === 'number' &&
      typeof real === 'number' &&
      Math.abs(shown - real) > 1e-9
    )
      wrong.push(`${where} ${path}: ${shown} but ${real}`);
  };
  for (const p of run.published)
    walk(p.report, run.truthOf(p.entity, p.span), '', `${p.entity}|${p.span}`);
  return wrong;
}
