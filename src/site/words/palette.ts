// How statuses are drawn in charts and badges: colour and, for print, pattern.
import type { Status } from '../../schemas/index.ts';

/** How a status is drawn: an Okabe–Ito hue, plus a pattern so it stays distinct in black-and-white print. */
export interface StatusStyle {
  /** Fill colour (Okabe–Ito, safe for the common colour-vision deficiencies). */
  fill: string;
  /** Colour of the pattern's lines or dots drawn over the fill, and of the outline. */
  ink: string;
  /** Overlay that tells statuses apart without colour. */
  pattern: 'solid' | 'diagonal' | 'dots' | 'outline' | 'crosshatch';
}

export const STATUS_PALETTE: Record<Status, StatusStyle> = {
  achieved: { fill: '#009E73', ink: '#00573F', pattern: 'solid' },
  in_progress: { fill: '#56B4E9', ink: '#004C77', pattern: 'diagonal' },
  carried_over: { fill: '#E69F00', ink: '#6B4A00', pattern: 'dots' },
  no_evidence: { fill: '#FFFFFF', ink: '#595959', pattern: 'outline' },
  not_achieved: { fill: '#D55E00', ink: '#5C2800', pattern: 'crosshatch' },
};

/** Badge colours: text on background at a WCAG AA contrast of at least 4.5:1, with a border in the status hue. */
export interface BadgeStyle {
  background: string;
  text: string;
  border: string;
}

export const STATUS_BADGE: Record<Status, BadgeStyle> = {
  achieved: { background: '#E0F3EC', text: '#00573F', border: '#009E73' },
  in_progress: { background: '#E3F2FB', text: '#004C77', border: '#56B4E9' },
  carried_over: { background: '#FBF0D6', text: '#5E4100', border: '#E69F00' },
  no_evidence: { background: '#F2F2F2', text: '#404040', border: '#8C8C8C' },
  not_achieved: { background: '#F9E4D6', text: '#8A3700', border: '#D55E00' },
};
