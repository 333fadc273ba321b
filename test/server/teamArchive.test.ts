import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { TeamExport } from '../../src/shared/teamExport';
import {
  readTeamArchive,
  teamArchive,
  teamArchiveChunks,
} from '../../src/server/teams/teamArchive';
import { teamJsonPieces } from '../../src/server/teams/teamJson';

/** A team export with `n` ORS ratings (the format's own shape, as teamExport returns it). */
function exportOf(n: number): TeamExport {
  const participant = (i: number) => ({
    id: `p-${i}`,
    code: `HH-${i}`,
    displayName: i === 0 ? 'Åsa "Ö" ትግርኛ عربي' : null,
    gender: 'kvinna',
    birthYear: 1980,
    intakeDate: '2026-01-05',
    exitDate: null,
    exitReason: null,
    exitNote: null,
    referrer: null,
    support: null,
    yearsInSupport: null,
    followUpConsentAt: null,
    followUpEndedAt: null,
    createdAt: '2026-01-05T09:00:00.000Z',
  });
  return {
    format: 'stegvis-team-export',
    version: 1,
    exportedAt: '2026-12-04T20:00:00.000Z',
    team: { id: 't-1', name: 'Hallstahammar', createdAt: '2026-01-01T00:00:00.000Z' },
    settings: null,
    wordings: [],
    staff: [],
    participants: Array.from({ length: 50 }, (_, i) => participant(i)),
    history: [],
    devices: [],
    facts: Array.from({ length: n }, (_, i) => ({
      participantId: `p-${i % 50}`,
      id: `f-${i}`,
      type: 'rating',
      instrument: 'ors',
      occurredAt: '2026-03-01T10:00:00.000Z',
      total: 22.5,
      provenance: 'participant_device',
      fact: { values: { individual: 5.5, interpersonal: 6, social: 5, overall: 6 }, note: 'a\nb' },
      deviceId: null,
      receivedAt: '2026-03-01T10:00:01.000Z',
      groupSession: null,
    })),
    groups: [],
    groupSessions: [],
    coachNotes: [],
    acknowledgements: [],
    coaches: [],
    statuses: [],
    accessLog: [],
    erasures: [],
  };
}

describe('the team archive, written as a stream', () => {
  it('writes team.json exactly as JSON.stringify(data, null, 2) would, empty lists too', () => {
    for (const data of [exportOf(0), exportOf(3)]) {
      expect([...teamJsonPieces(data)].join('')).toBe(JSON.stringify(data, null, 2));
    }
  });

  it('sends a large team in many chunks that unzip to the same data and every rating', async () => {
    const data = exportOf(6000);
    let chunks = 0;
    for await (const _ of teamArchiveChunks(data)) chunks++;
    expect(chunks).toBeGreaterThan(3);

    const archive = await teamArchive(data);
    const files = unzipSync(archive);
    expect(strFromU8(files['team.json']!)).toBe(JSON.stringify(data, null, 2));
    expect(readTeamArchive(archive)).toEqual(data);
    const ratings = strFromU8(files['csv/ratings.csv']!).trimEnd().split('\n');
    expect(ratings).toHaveLength(6001); // the header and each rating once, across the slices
    expect([...files['csv/ratings.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // one BOM, first
    expect(ratings[0]).toMatch(/^participant_code;instrument;/);
    expect(ratings.filter((line) => line.includes('\uFEFF'))).toEqual([]);
    expect(ratings[6000]).toBe(
      'HH-49;ors;2026-03-01T10:00:00.000Z;5,5;6;5;6;22,5;participant_device;;nej;f-5999',
    );
    expect(Object.keys(files)).toContain('csv/');
  });
});
