import { describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { catalog } from '../../lib/entities/catalog';

const find = (raw: string) => defaultMatcher().find(raw).map((m) => [m.kind, m.entityId, m.text]);
const texts = (raw: string, kind?: string) => defaultMatcher().find(raw).filter((m) => !kind || m.kind === kind).map((m) => m.text);

describe('officials by title and name', () => {
  it('finds a Vietnamese name after a title, an organization, or a chain of titles', () => {
    expect(texts('Bộ trưởng Bộ Công Thương Nguyễn Văn Ân cho biết')).toEqual(['Nguyễn Văn Ân']);
    expect(texts('Phó Thủ tướng, Bộ trưởng Ngoại giao Lê Văn Bảo phát biểu')).toEqual(['Lê Văn Bảo']);
    expect(texts('Chủ tịch UBND TP Hồ Chí Minh Phan Văn Mãi đã ký')).toEqual(['Phan Văn Mãi']);
    expect(find('Thứ trưởng Ngoại giao Đỗ Hùng Việt')).toEqual([['official', 'person:đỗ hùng việt', 'Đỗ Hùng Việt']]);
  });

  it('reads the name after a chain once, and afresh after each other title and in each text', () => {
    // nameAfterTitle keeps its last answer by text and by where the words after the chain start.
    expect(texts('Phó Thủ tướng, Bộ trưởng Ngoại giao Lê Văn Bảo và Thủ tướng Trần Văn Nam')).toEqual(['Lê Văn Bảo', 'Trần Văn Nam']);
    expect(texts('Phó Thủ tướng, Bộ trưởng Ngoại giao Lê Văn Bảo phát biểu')).toEqual(['Lê Văn Bảo']);
    expect(texts('Phó Thủ tướng, Bộ trưởng Ngoại giao Hồ Văn Bảo phát biểu')).toEqual(['Hồ Văn Bảo']);
    expect(texts('Phó Thủ tướng, Bộ trưởng Ngoại giao lê văn bảo phát biểu')).toEqual([]);
    // "Chủ tịch" names only a person right after it; "Thủ tướng" also one after an organization.
    expect(texts('Chủ tịch Hà Nội Trần Sỹ Thanh và Thủ tướng Hà Nội Trần Sỹ Thanh')).toEqual(['Trần Sỹ Thanh']);
  });

  it('finds foreign leaders after a title and a country, and in the other order', () => {
    expect(texts('Tổng thống Brazil Luiz Inácio Lula da Silva tới thăm')).toEqual(['Luiz Inácio Lula']);
    expect(texts('Ngoại trưởng Australia Penny Wong hội đàm')).toEqual(['Penny Wong']);
    expect(texts('Tổng thống Tokayev nói')).toEqual(['Tokayev']);
    expect(texts('ông Jean-Claude Juncker, cựu Chủ tịch Ủy ban châu Âu, cho rằng')).toEqual(['Jean-Claude Juncker']);
  });

  it('knows famous leaders without a title, and the name beside the comma-joined post', () => {
    expect(texts('người đồng cấp Joe Biden')).toEqual(['Joe Biden']);
    expect(texts('GS, TS Trần Văn Bình, Chủ tịch Viện Hàn lâm Khoa học xã hội, cho biết')).toEqual(['Trần Văn Bình']);
  });

  it('takes the head of a state-owned group for an official, the head of another company not', () => {
    expect(texts('Ông Lê Văn Bảo, Chủ tịch Hội đồng quản trị ACV - đơn vị làm chủ đầu tư')).toEqual(['Lê Văn Bảo']);
    expect(texts('Tổng giám đốc EVN Trần Văn Nam cho biết')).toEqual(['Trần Văn Nam']);
    expect(find('Ông Lê Văn Bảo, Chủ tịch Hội đồng quản trị Công ty ABC - đơn vị thi công')).toEqual([]);
    expect(find('Ông Lê Văn Bảo, Chủ tịch Hội đồng quản trị ACVX cho biết')).toEqual([]);
  });

  it('reads a sentence-opening "Ông" before a full name as the honorific', () => {
    expect(texts('Ông Nguyễn Văn Bình, Bộ trưởng Bộ Tài chính, cho biết')).toEqual(['Nguyễn Văn Bình']);
    expect(texts('Ông Ích Khiêm, Bộ trưởng Bộ Tài chính, cho biết')).toEqual(['Ông Ích Khiêm']);
  });

  it('marks no one for a bare title, a coach, an expert, a company chairman or a city', () => {
    expect(find('Thủ tướng yêu cầu các bộ khẩn trương')).toEqual([]);
    expect(find('HLV trưởng Kim Pan Gon tuyên bố')).toEqual([]);
    expect(find('chuyên gia kinh tế Trần Văn Nam cho rằng')).toEqual([]);
    expect(find('ông Phạm Văn Tư, Tổng giám đốc Công ty ABC')).toEqual([]);
    expect(find('Chủ tịch Hà Nội mời bác sĩ')).toEqual([]);
    expect(find('Tổng thư ký tòa soạn: Thạc sĩ Phạm Quốc Bình')).toEqual([]);
    expect(find('Chủ tịch UBND các tỉnh, thành phố ven biển')).toEqual([]);
    expect(find('Bộ trưởng Bộ XNK cho biết')).toEqual([]);
  });

  it('does not take streets and cities named after leaders for the leader', () => {
    expect(find('số 1 đường Lê Duẩn, TP Hồ Chí Minh')).toEqual([]);
    expect(find('Tổng Bí thư Lê Duẩn')).toEqual([['official', 'le-duan', 'Lê Duẩn']]);
    expect(find('đại lộ Võ Văn Kiệt')).toEqual([]);
  });
});

describe('directives', () => {
  it('reads numbered documents in their real shapes', () => {
    expect(find('Chỉ thị 22/CT-TTg, Nghị quyết 57-NQ/TW, Thông tư 01/2024/TT-BNG và Quyết định số 1234/QĐ-TTg')).toEqual([
      ['directive', 'doc:22/ct-ttg', 'Chỉ thị 22/CT-TTg'],
      ['directive', 'nq-57-nq-tw', 'Nghị quyết 57-NQ/TW'],
      ['directive', 'doc:01/2024/tt-bng', 'Thông tư 01/2024/TT-BNG'],
      ['directive', 'doc:1234/qđ-ttg', 'Quyết định số 1234/QĐ-TTg'],
    ]);
    expect(find('theo văn bản số 456/VPCP-QHQT ngày 3/1')).toEqual([['directive', 'doc:456/vpcp-qhqt', 'văn bản số 456/VPCP-QHQT']]);
  });

  it('reads a bare number only where it names a document', () => {
    expect(texts('quy định của Nghị định 83 và Nghị định số 95:')).toEqual(['Nghị định 83', 'Nghị định số 95']);
    expect(find('ra quyết định 3 ngày sau')).toEqual([]);
    expect(find('Nghị quyết 5 điểm')).toEqual([]);
  });

  it('gives the same directive the same id on two pages', () => {
    const a = defaultMatcher().find('Theo Nghị định 13/2023/NĐ-CP,')[0]!;
    const b = defaultMatcher().find('NGHỊ ĐỊNH SỐ 13/2023/NĐ‑CP')[0]!;
    expect(a.entityId).toBe('doc:13/2023/nđ-cp');
    expect(b.entityId).toBe(a.entityId);
  });

  it('reads plenum and congress resolutions', () => {
    expect(texts('quán triệt Nghị quyết Trung ương 5 - Khóa XII')).toEqual(['Nghị quyết Trung ương 5 - Khóa XII']);
    expect(texts('Nghị quyết Hội nghị Trung ương 4 (Khóa XII).')).toEqual(['Nghị quyết Hội nghị Trung ương 4 (Khóa XII)']);
    expect(find('Nghị quyết Đại hội X của Đảng')).toEqual([['directive', 'nq-dai-hoi-x', 'Nghị quyết Đại hội X']]);
  });

  it('reads named laws, not the word law', () => {
    expect(texts('Luật Đất đai sắp tới')).toEqual(['Luật Đất đai']);
    expect(texts('Luật Đầu tư năm 2020 quy định')).toEqual(['Luật Đầu tư năm 2020']);
    expect(find('Luật sư Nguyễn Văn A')).toEqual([]);
    expect(find('Báo Pháp Luật Việt Nam')).toEqual([]);
    expect(find('Đạo luật ngân sách quốc phòng')).toEqual([]);
    expect(find('luật quy định rằng')).toEqual([]);
  });
});

describe('agreements', () => {
  it('reads "Hiệp định … (ACRONYM)", agreements named by their parties, conventions and FTA acronyms', () => {
    expect(texts('Hiệp định Thương mại tự do ASEAN - Hồng Kông (AHKFTA) có hiệu lực')).toEqual(['Hiệp định Thương mại tự do ASEAN - Hồng Kông (AHKFTA)']);
    expect(find('Hiệp định Đối tác kinh tế toàn diện Khu vực Mới (XYZEP).')).toEqual([
      ['agreement', 'agreement:xyzep', 'Hiệp định Đối tác kinh tế toàn diện Khu vực Mới (XYZEP)'],
    ]);
    expect(texts('trong hiệp định Việt Nam – Nhật Bản và')).toEqual(['hiệp định Việt Nam – Nhật Bản']);
    expect(texts('gia nhập Công ước 105 về xóa bỏ lao động cưỡng bức và')).toEqual(['Công ước 105 về xóa bỏ lao động cưỡng bức và']);
    expect(texts('theo AANZFTA và KLMFTA,')).toEqual(['AANZFTA', 'KLMFTA']);
  });

  it('marks nothing for generic words', () => {
    expect(find('các hiệp định thương mại tự do thế hệ mới, các FTA')).toEqual([]);
    expect(find('Hiệp định có hiệu lực từ năm sau')).toEqual([]);
    expect(find('các Công ước của Tổ chức Lao động quốc tế')).toEqual([]);
  });
});

describe('catalog', () => {
  it('has unique ids, and every entity has a kind, a name, aliases and a description', () => {
    const ids = catalog.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of catalog) {
      expect(e.name, e.id).toBeTruthy();
      expect(e.aliases.length, e.id).toBeGreaterThan(0);
      expect(e.description.length, e.id).toBeGreaterThan(10);
      if (e.kind === 'official') expect(e.titles?.length, e.id).toBeGreaterThan(0);
    }
  });

  it('covers the agreements Vietnam is party to', () => {
    for (const acronym of ['CPTPP', 'EVFTA', 'EVIPA', 'RCEP', 'UKVFTA', 'VKFTA', 'VJEPA', 'AFTA', 'ATIGA']) {
      expect(find(`(${acronym}),`), acronym).toEqual([['agreement', expect.any(String), acronym]]);
    }
  });
});
