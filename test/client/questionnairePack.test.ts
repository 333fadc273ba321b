import { describe, expect, it } from 'vitest';
import { SUPPORT_EXPERIENCE_PACK } from '../../src/shared/packs/supportExperience';
import { questionnairePackSchema } from '../../src/shared/questionnaire';

/** A pack as a file holds it: anything may be spoiled in it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test spoils the file freely
type Pack = any;

describe('questionnaire packs', () => {
  it('take the example pack that ships with Stegvis', () => {
    expect(questionnairePackSchema.safeParse(SUPPORT_EXPERIENCE_PACK).success).toBe(true);
  });

  it.each([
    [
      'a question without Swedish',
      (p: Pack) => (p.questions[0].text = { en: 'Hi?' }),
      'questions.0.text.sv',
    ],
    [
      'one option only',
      (p: Pack) => (p.questions[0].options = p.questions[0].options.slice(0, 1)),
      'questions.0.options',
    ],
    [
      'six levels',
      (p: Pack) =>
        p.questions[0].options.push(
          { value: 6, label: { sv: 'x' } },
          { value: 7, label: { sv: 'y' } },
        ),
      'questions.0.options',
    ],
    ['a value twice', (p: Pack) => (p.questions[2].options[1].value = 0), 'questions.2.options'],
    ['the same question id twice', (p: Pack) => (p.questions[1].id = 'listened'), 'questions'],
    ['an unknown moment', (p: Pack) => (p.moments = ['weekly']), 'moments.0'],
    ['a control character in a text', (p: Pack) => (p.title.sv = 'Hej\u0007'), 'title.sv'],
  ])('refuse %s, naming where', (_, spoil, path) => {
    const pack = structuredClone(SUPPORT_EXPERIENCE_PACK);
    spoil(pack);
    const result = questionnairePackSchema.safeParse(pack);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
