import type { InstrumentDefinition } from './definition';
import type { InstrumentTexts } from './texts';
import type { InstrumentWording } from './wording';

// Apart from the wording file's schema: the phone lays a stored wording over its texts on
// the first screen, long before it validates a new file.
/**
 * Our texts in one language with the team's licensed wording laid over them. The file's item
 * set must match the definition's exactly, else ours stay (never a mix of two wordings within
 * one item list). `when` stays ours: licensed wording has no such text.
 */
export function applyWording(
  def: InstrumentDefinition,
  ours: InstrumentTexts,
  wording: InstrumentWording,
): InstrumentTexts | null {
  const ids = def.items.map((i) => i.id);
  if (ids.some((id) => !wording.items[id]) || Object.keys(wording.items).length !== ids.length)
    return null;
  return {
    title: wording.title,
    prompt: wording.prompt,
    when: ours.when,
    anchors: { ...wording.anchors },
    items: Object.fromEntries(
      ids.map((id) => {
        const w = wording.items[id]!;
        // No hint in the licensed text: showing ours beside it would mix two wordings.
        return [id, w.hint ? { label: w.label, hint: w.hint } : { label: w.label }];
      }),
    ),
  };
}
