// "Nghị quyết Đại hội …" is written a dozen ways; every form names the same
// resolution of one Party congress. The forms are generated, not typed out.

import type { Entity } from './types';

const CONGRESSES: { numeral: string; year: number }[] = [
  { numeral: 'XI', year: 2011 },
  { numeral: 'XII', year: 2016 },
  { numeral: 'XIII', year: 2021 },
  { numeral: 'XIV', year: 2026 },
];

function aliasesFor(numeral: string): string[] {
  const middles = [
    'Đại hội',
    'Đại hội Đảng',
    'Đại hội Đảng toàn quốc',
    'Đại hội toàn quốc',
    'Đại hội đại biểu toàn quốc',
  ];
  const forms: string[] = [];
  for (const middle of middles) {
    forms.push(`Nghị quyết ${middle} lần thứ ${numeral} của Đảng`);
    forms.push(`Nghị quyết ${middle} lần thứ ${numeral}`);
    forms.push(`Nghị quyết ${middle} ${numeral} của Đảng`);
    forms.push(`Nghị quyết ${middle} ${numeral}`);
  }
  return forms;
}

export const congressResolutions: Entity[] = CONGRESSES.map(({ numeral, year }) => ({
  id: `nq-dai-hoi-${numeral.toLowerCase()}`,
  kind: 'directive',
  name: `Nghị quyết Đại hội đại biểu toàn quốc lần thứ ${numeral} của Đảng`,
  short: `Nghị quyết Đại hội ${numeral}`,
  aliases: aliasesFor(numeral),
  description: `Nghị quyết của Đại hội Đảng Cộng sản Việt Nam lần thứ ${numeral} (${year}), định hướng đường lối cho nhiệm kỳ ${year}–${year + 5}.`,
}));
