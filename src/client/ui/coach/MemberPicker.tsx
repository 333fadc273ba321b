import type { ParticipantRow } from '../../staff/api';
import { participantLabel } from './participantLabel';

/** Ticks for the group's members: code, and the display name where the team uses one. */
export function MemberPicker({
  legend,
  people,
  chosen,
  onChange,
}: {
  legend: string;
  people: ParticipantRow[];
  chosen: ReadonlySet<string>;
  onChange(chosen: Set<string>): void;
}) {
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  return (
    <fieldset class="members">
      <legend>{legend}</legend>
      {people.map((p) => (
        <label key={p.id} class="check">
          <input type="checkbox" checked={chosen.has(p.id)} onChange={() => toggle(p.id)} />
          {participantLabel(p)}
        </label>
      ))}
    </fieldset>
  );
}
