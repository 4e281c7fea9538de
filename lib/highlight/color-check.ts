// Is a colour the reader picked still readable? The fill is checked against
// typical light and dark pages; when it fails, the advice says which way to go.

import type { KindColor } from '../settings';
import { fillContrast, MIN_CONTRAST } from './contrast';
import { fillOf } from './styles';

export interface ColorCheck {
  /** Worst contrast of page text over the fill on light pages and on dark pages. */
  light: number;
  dark: number;
  ok: boolean;
  /**
   * What to change when it fails: a fill too dark for light pages, or too light
   * for dark ones. (Within the strength range no fill fails both.)
   */
  advice: 'lighter' | 'darker' | null;
}

export function checkKindColor(color: KindColor): ColorCheck {
  const { light, dark } = fillContrast(fillOf(color));
  const lightOk = light >= MIN_CONTRAST;
  const darkOk = dark >= MIN_CONTRAST;
  return {
    light,
    dark,
    ok: lightOk && darkOk,
    advice: lightOk && darkOk ? null : !lightOk ? 'lighter' : 'darker',
  };
}
