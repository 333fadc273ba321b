import {
  ChartLine,
  Compass,
  Info,
  MessagesSquare,
  Sun,
  Target,
  Users,
  type LucideIcon,
} from 'lucide-preact';
import type { InstrumentId } from '../../../shared/instruments/definition';

/**
 * One picture per thing to do, so the home screen can be read by someone who reads little:
 * the same icon on the same task everywhere. Decorative for screen readers (the text says it).
 */
export const INSTRUMENT_ICONS: Record<InstrumentId, LucideIcon> = {
  ors: Sun,
  srs: MessagesSquare,
  gsrs: Users,
  scale: Target,
  compass: Compass,
};
export const ProgressIcon = ChartLine;
export const AboutIcon = Info;

export function Icon({ of: Of, size = 28 }: { of: LucideIcon; size?: number }) {
  return <Of aria-hidden="true" focusable="false" size={size} class="icon" />;
}
