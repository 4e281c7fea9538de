import { describe, expect, it, vi } from 'vitest';
import { PassageList, type ListedPassage } from '../../components/PassageList';
import { mount, root } from './support/mount';

const hit = (n: number, title: string): ListedPassage => ({
  passage: { id: `seed:${n}#1`, docId: `seed:${n}`, index: 1, blockIndex: 1, text: `Đoạn ${n}`, mentions: [], entityIds: [] },
  document: { id: `seed:${n}`, title, source: 'baoquocte.vn', date: '2021-05-0' + n, origin: 'seed' },
  marks: [],
  alsoIn: [],
});

describe('passage buttons', () => {
  it('each "open" and footer button is described by its own passage’s title line (ids unique across two lists)', async () => {
    const footer = vi.fn((_hit: ListedPassage, describedBy: string) => <button type="button" data-footer aria-describedby={describedBy} />);
    await mount(
      <div>
        <PassageList hits={[hit(1, 'Họp báo thường kỳ'), hit(2, 'Hội nghị Ngoại giao')]} onOpenDocument={() => {}} footer={footer} />
        <PassageList hits={[hit(1, 'Họp báo thường kỳ')]} onOpenDocument={() => {}} />
      </div>,
    );
    const described = [...root.querySelectorAll('button')].map((b) => root.querySelector(`[id="${b.getAttribute('aria-describedby')}"]`)?.querySelector('.tc-doc-title')?.textContent);
    expect(described).toEqual(['Họp báo thường kỳ', 'Họp báo thường kỳ', 'Hội nghị Ngoại giao', 'Hội nghị Ngoại giao', 'Họp báo thường kỳ']);
    const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
