import type { Licence } from '../../../shared/team';
import { useI18n } from '../../i18n';
import { NEUTRAL_WORDING } from '../../wording';

/** Which wording the questions on this screen use: the team's licensed one, or ours. */
export function WordingNote({ wording, licence }: { wording: string; licence?: Licence | null }) {
  const { t } = useI18n();
  return (
    <p class="muted wording-note" data-wording={wording}>
      {wording === NEUTRAL_WORDING
        ? t('wording.neutral')
        : [
            t('wording.team', { name: wording }),
            licence ? ` ${t('wording.licence', { holder: licence.holder })}` : '',
          ].join('')}
    </p>
  );
}
