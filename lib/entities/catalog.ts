// The hand-built catalog: every entity of the seed corpus, with the forms the
// seeds and real articles use, plus the agreements and officials a reader of
// Vietnamese foreign-affairs news meets most. Officials' posts and years were
// first written from general knowledge: each title carries a claim, cited from a
// seed article or a public page where one states the post and marked unverified
// elsewhere (title-sources.ts, title-citations.ts).

import { congressResolutions } from './congress-resolutions';
import { foreignOfficials, vietnameseOfficials } from './officials';
import { withTitleClaims } from './title-sources';
import type { Entity } from './types';

/** Bump when the catalog or matcher changes what is found, or what the catalog says of an entity (entities are stored with the corpus): the corpus is re-indexed. */
export const CATALOG_VERSION = 3;

const agreements: Entity[] = [
  {
    id: 'cptpp',
    kind: 'agreement',
    name: 'Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương',
    short: 'CPTPP',
    aliases: ['CPTPP', 'Hiệp định CPTPP', 'Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương'],
    description: 'Hiệp định thương mại tự do 11 nước ký năm 2018, có hiệu lực với Việt Nam từ 14/1/2019.',
  },
  {
    id: 'tpp',
    kind: 'agreement',
    name: 'Hiệp định Đối tác xuyên Thái Bình Dương',
    short: 'TPP',
    aliases: ['TPP', 'Hiệp định TPP', 'Hiệp định Đối tác xuyên Thái Bình Dương'],
    description: 'Hiệp định 12 nước ký năm 2016; sau khi Hoa Kỳ rút lui, 11 nước còn lại ký CPTPP.',
  },
  {
    id: 'evfta',
    kind: 'agreement',
    name: 'Hiệp định Thương mại tự do Liên minh châu Âu - Việt Nam',
    short: 'EVFTA',
    aliases: [
      'EVFTA',
      'Hiệp định EVFTA',
      'Hiệp định Thương mại tự do Liên minh châu Âu - Việt Nam',
      'Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu',
      'Hiệp định Thương mại tự do Việt Nam - EU',
    ],
    description: 'Hiệp định thương mại tự do giữa Việt Nam và Liên minh châu Âu, ký 30/6/2019, có hiệu lực từ 1/8/2020.',
  },
  {
    id: 'evipa',
    kind: 'agreement',
    name: 'Hiệp định Bảo hộ đầu tư Việt Nam - Liên minh châu Âu',
    short: 'EVIPA',
    aliases: ['EVIPA', 'Hiệp định EVIPA', 'Hiệp định Bảo hộ đầu tư Việt Nam - Liên minh châu Âu', 'Hiệp định Bảo hộ đầu tư Việt Nam - EU'],
    description: 'Hiệp định bảo hộ đầu tư giữa Việt Nam và Liên minh châu Âu, ký cùng EVFTA ngày 30/6/2019.',
  },
  {
    id: 'rcep',
    kind: 'agreement',
    name: 'Hiệp định Đối tác Kinh tế Toàn diện Khu vực',
    short: 'RCEP',
    aliases: ['RCEP', 'Hiệp định RCEP', 'Hiệp định Đối tác Kinh tế Toàn diện Khu vực'],
    description: 'Hiệp định thương mại tự do giữa 10 nước ASEAN và 5 đối tác, ký 15/11/2020 trong năm Việt Nam làm Chủ tịch ASEAN.',
  },
  {
    id: 'ukvfta',
    kind: 'agreement',
    name: 'Hiệp định Thương mại tự do Vương quốc Anh - Việt Nam',
    short: 'UKVFTA',
    aliases: [
      'UKVFTA',
      'Hiệp định UKVFTA',
      'Hiệp định Thương mại tự do Vương quốc Anh - Việt Nam',
      'Hiệp định Thương mại tự do Việt Nam - Vương quốc Anh',
    ],
    description: 'Hiệp định thương mại tự do giữa Việt Nam và Vương quốc Anh, ký 29/12/2020, kế thừa EVFTA sau Brexit.',
  },
  {
    id: 'vkfta',
    kind: 'agreement',
    name: 'Hiệp định Thương mại tự do Việt Nam - Hàn Quốc',
    short: 'VKFTA',
    aliases: ['VKFTA', 'Hiệp định VKFTA', 'Hiệp định Thương mại tự do Việt Nam - Hàn Quốc'],
    description: 'Hiệp định thương mại tự do song phương với Hàn Quốc, ký 5/5/2015, có hiệu lực từ 20/12/2015.',
  },
  {
    id: 'vjepa',
    kind: 'agreement',
    name: 'Hiệp định Đối tác kinh tế Việt Nam - Nhật Bản',
    short: 'VJEPA',
    aliases: ['VJEPA', 'Hiệp định VJEPA', 'Hiệp định Đối tác kinh tế Việt Nam - Nhật Bản'],
    description: 'Hiệp định đối tác kinh tế song phương với Nhật Bản, ký năm 2008, có hiệu lực từ 1/10/2009.',
  },
  {
    id: 'atiga',
    kind: 'agreement',
    name: 'Hiệp định Thương mại hàng hóa ASEAN',
    short: 'ATIGA',
    aliases: ['ATIGA', 'Hiệp định ATIGA', 'Hiệp định Thương mại hàng hóa ASEAN'],
    description: 'Hiệp định thương mại hàng hóa giữa các nước ASEAN, ký năm 2009, nền tảng của Khu vực mậu dịch tự do ASEAN (AFTA).',
  },
  agreement('afta', 'Khu vực Mậu dịch tự do ASEAN', 'AFTA', ['Khu vực Mậu dịch tự do ASEAN', 'Hiệp định AFTA'],
    'Khu vực mậu dịch tự do của ASEAN theo Hiệp định CEPT (1992); Việt Nam tham gia từ năm 1995.'),
  agreement('acfta', 'Hiệp định Thương mại tự do ASEAN - Trung Quốc', 'ACFTA', ['Hiệp định Thương mại tự do ASEAN - Trung Quốc', 'Hiệp định ACFTA'],
    'Hiệp định thương mại tự do giữa ASEAN và Trung Quốc; hiệp định khung ký năm 2002.'),
  agreement('akfta', 'Hiệp định Thương mại tự do ASEAN - Hàn Quốc', 'AKFTA', ['Hiệp định Thương mại tự do ASEAN - Hàn Quốc', 'Hiệp định AKFTA'],
    'Hiệp định thương mại tự do giữa ASEAN và Hàn Quốc; hiệp định khung ký năm 2005.'),
  agreement('ajcep', 'Hiệp định Đối tác kinh tế toàn diện ASEAN - Nhật Bản', 'AJCEP', ['Hiệp định Đối tác kinh tế toàn diện ASEAN - Nhật Bản', 'Hiệp định AJCEP'],
    'Hiệp định đối tác kinh tế toàn diện giữa ASEAN và Nhật Bản, ký năm 2008.'),
  agreement('aanzfta', 'Hiệp định Thương mại tự do ASEAN - Australia - New Zealand', 'AANZFTA', ['Hiệp định Thương mại tự do ASEAN - Australia - New Zealand', 'Hiệp định AANZFTA'],
    'Hiệp định thương mại tự do giữa ASEAN, Australia và New Zealand, ký năm 2009.'),
  agreement('aifta', 'Hiệp định Thương mại tự do ASEAN - Ấn Độ', 'AIFTA', ['Hiệp định Thương mại tự do ASEAN - Ấn Độ', 'Hiệp định AIFTA'],
    'Hiệp định thương mại hàng hóa giữa ASEAN và Ấn Độ, ký năm 2009.'),
  agreement('ahkfta', 'Hiệp định Thương mại tự do ASEAN - Hồng Kông (Trung Quốc)', 'AHKFTA', ['Hiệp định Thương mại tự do ASEAN - Hồng Kông', 'Hiệp định AHKFTA'],
    'Hiệp định thương mại tự do giữa ASEAN và Hồng Kông (Trung Quốc), ký năm 2017.'),
  agreement('vcfta', 'Hiệp định Thương mại tự do Việt Nam - Chile', 'VCFTA', ['Hiệp định Thương mại tự do Việt Nam - Chile', 'Hiệp định VCFTA'],
    'Hiệp định thương mại tự do song phương với Chile, ký năm 2011.'),
  agreement('vn-eaeu-fta', 'Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu', 'VN-EAEU FTA',
    ['VN-EAEU FTA', 'VN - EAEU FTA', 'Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu', 'Hiệp định VN-EAEU FTA'],
    'Hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á - Âu, ký năm 2015.'),
  agreement('vifta', 'Hiệp định Thương mại tự do Việt Nam - Israel', 'VIFTA', ['Hiệp định Thương mại tự do Việt Nam - Israel', 'Hiệp định VIFTA'],
    'Hiệp định thương mại tự do song phương với Israel, ký năm 2023.'),
  agreement('bta-viet-my', 'Hiệp định Thương mại song phương Việt Nam - Hoa Kỳ', 'BTA',
    ['Hiệp định Thương mại song phương Việt Nam - Hoa Kỳ', 'Hiệp định Thương mại Việt - Mỹ', 'Hiệp định BTA'],
    'Hiệp định thương mại song phương Việt Nam - Hoa Kỳ, ký ngày 13/7/2000, có hiệu lực từ 10/12/2001.'),
  agreement('wto-accession', 'Nghị định thư gia nhập WTO của Việt Nam', undefined,
    ['Nghị định thư gia nhập WTO', 'Nghị định thư gia nhập Tổ chức Thương mại Thế giới'],
    'Văn kiện đưa Việt Nam thành thành viên thứ 150 của WTO, ký ngày 7/11/2006, có hiệu lực từ 11/1/2007.'),
  agreement('unclos', 'Công ước Liên Hợp Quốc về Luật Biển 1982', 'UNCLOS',
    ['UNCLOS', 'Công ước Liên Hợp Quốc về Luật Biển', 'Công ước Liên Hợp Quốc về Luật Biển năm 1982', 'Công ước Luật Biển 1982', 'UNCLOS 1982'],
    'Công ước của Liên Hợp Quốc về Luật Biển, ký năm 1982; Việt Nam phê chuẩn năm 1994.'),
  agreement('thoa-thuan-paris', 'Thỏa thuận Paris về biến đổi khí hậu', undefined,
    ['Thỏa thuận Paris', 'Thỏa thuận Paris về biến đổi khí hậu', 'Thỏa thuận Paris về khí hậu'],
    'Thỏa thuận khí hậu toàn cầu thông qua tại COP21 năm 2015.'),
  agreement('hiep-dinh-paris-1973', 'Hiệp định Paris về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam', undefined,
    ['Hiệp định Paris', 'Hiệp định Paris 1973', 'Hiệp định Paris năm 1973', 'Hiệp định Paris về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam'],
    'Hiệp định ký ngày 27/1/1973 tại Paris về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam.'),
  agreement('hiep-dinh-geneve-1954', 'Hiệp định Genève 1954 về Đông Dương', undefined,
    ['Hiệp định Genève', 'Hiệp định Giơnevơ', 'Hiệp định Geneva', 'Hiệp định Genève 1954', 'Hiệp định Genève năm 1954'],
    'Hiệp định ký ngày 21/7/1954 tại Genève về đình chỉ chiến sự ở Đông Dương.'),
];

function agreement(id: string, name: string, short: string | undefined, aliases: string[], description: string): Entity {
  return { id, kind: 'agreement', name, ...(short ? { short } : {}), aliases: short ? [short, ...aliases] : aliases, description };
}

function partyResolution(number: number, date: string, subject: string, withBareNumber: boolean): Entity {
  const code = `${String(number).padStart(2, '0')}-NQ/TW`;
  const bare = withBareNumber ? [`Nghị quyết ${number}`, `Nghị quyết số ${number}`] : [];
  return {
    id: `nq-${code.toLowerCase().replace('/', '-')}`,
    kind: 'directive',
    name: `Nghị quyết ${code} ngày ${date} ${subject}`,
    short: `Nghị quyết ${code}`,
    aliases: [`Nghị quyết ${code}`, `Nghị quyết số ${code}`, ...bare],
    codes: [code],
    description: `Nghị quyết ${code} ngày ${date} ${subject}.`,
  };
}

const seedOfficials: Entity[] = [
  {
    id: 'pham-binh-minh',
    kind: 'official',
    name: 'Phạm Bình Minh',
    aliases: ['Phạm Bình Minh'],
    description: 'Bộ trưởng Bộ Ngoại giao (2011–2021), Phó Thủ tướng Chính phủ (2013–2023).',
    titles: ['Bộ trưởng Bộ Ngoại giao (2011–2021)', 'Phó Thủ tướng Chính phủ (2013–2023)'],
  },
  {
    id: 'pham-minh-chinh',
    kind: 'official',
    name: 'Phạm Minh Chính',
    aliases: ['Phạm Minh Chính'],
    description: 'Thủ tướng Chính phủ từ năm 2021; trước đó Trưởng Ban Tổ chức Trung ương (2016–2021).',
    titles: ['Trưởng Ban Tổ chức Trung ương (2016–2021)', 'Thủ tướng Chính phủ (từ 2021)'],
  },
  {
    id: 'hoang-binh-quan',
    kind: 'official',
    name: 'Hoàng Bình Quân',
    aliases: ['Hoàng Bình Quân'],
    description: 'Trưởng Ban Đối ngoại Trung ương (2011–2021).',
    titles: ['Trưởng Ban Đối ngoại Trung ương (2011–2021)'],
  },
  {
    id: 'nguyen-van-giau',
    kind: 'official',
    name: 'Nguyễn Văn Giàu',
    aliases: ['Nguyễn Văn Giàu'],
    description: 'Chủ nhiệm Ủy ban Đối ngoại của Quốc hội (2016–2021); Thống đốc Ngân hàng Nhà nước (2007–2011).',
    titles: ['Thống đốc Ngân hàng Nhà nước (2007–2011)', 'Chủ nhiệm Ủy ban Đối ngoại của Quốc hội (2016–2021)'],
  },
  {
    id: 'ho-chi-minh',
    kind: 'official',
    name: 'Hồ Chí Minh',
    aliases: ['Hồ Chí Minh'],
    description: 'Chủ tịch nước Việt Nam Dân chủ Cộng hòa (1945–1969).',
    titles: ['Chủ tịch nước Việt Nam Dân chủ Cộng hòa (1945–1969)'],
    // The city, and the institutions, streets and ideas named after him.
    notAfter: [
      'tp', 'tp.', 'thành phố', 'đường', 'phong cách', 'tư tưởng', 'tấm gương', 'đạo đức',
      'học viện chính trị quốc gia', 'bảo tàng', 'quảng trường', 'giải thưởng', 'huân chương',
      'đoàn thanh niên cộng sản', 'đội thiếu niên tiền phong', 'đại học', 'trường',
    ],
  },
  {
    id: 'nguyen-phu-trong',
    kind: 'official',
    name: 'Nguyễn Phú Trọng',
    aliases: ['Nguyễn Phú Trọng'],
    description: 'Tổng Bí thư Ban Chấp hành Trung ương Đảng (2011–2024), Chủ tịch nước (2018–2021).',
    titles: ['Tổng Bí thư (2011–2024)', 'Chủ tịch nước (2018–2021)'],
  },
  {
    id: 'nguyen-xuan-phuc',
    kind: 'official',
    name: 'Nguyễn Xuân Phúc',
    aliases: ['Nguyễn Xuân Phúc'],
    description: 'Thủ tướng Chính phủ (2016–2021), Chủ tịch nước (2021–2023).',
    titles: ['Thủ tướng Chính phủ (2016–2021)', 'Chủ tịch nước (2021–2023)'],
  },
  {
    id: 'to-lam',
    kind: 'official',
    name: 'Tô Lâm',
    aliases: ['Tô Lâm'],
    description: 'Bộ trưởng Bộ Công an (2016–2024), Chủ tịch nước (2024), Tổng Bí thư từ năm 2024.',
    titles: ['Bộ trưởng Bộ Công an (2016–2024)', 'Chủ tịch nước (2024)', 'Tổng Bí thư (từ 2024)'],
  },
  {
    id: 'bui-thanh-son',
    kind: 'official',
    name: 'Bùi Thanh Sơn',
    aliases: ['Bùi Thanh Sơn'],
    description: 'Phó Thủ tướng Chính phủ từ năm 2024, Bộ trưởng Bộ Ngoại giao (2021–2025).',
    titles: ['Bộ trưởng Bộ Ngoại giao (2021–2025)', 'Phó Thủ tướng Chính phủ (từ 2024)'],
  },
  {
    id: 'vuong-dinh-hue',
    kind: 'official',
    name: 'Vương Đình Huệ',
    aliases: ['Vương Đình Huệ'],
    description: 'Phó Thủ tướng Chính phủ (2016–2020), Chủ tịch Quốc hội (2021–2024).',
    titles: ['Phó Thủ tướng Chính phủ (2016–2020)', 'Chủ tịch Quốc hội (2021–2024)'],
  },
];

const directives: Entity[] = [
  {
    id: 'chi-thi-25-ct-tw',
    kind: 'directive',
    name: 'Chỉ thị 25-CT/TW của Ban Bí thư (8/8/2018) về đẩy mạnh và nâng tầm đối ngoại đa phương đến năm 2030',
    short: 'Chỉ thị 25-CT/TW',
    aliases: [
      'Chỉ thị 25',
      'Chỉ thị số 25',
      'Chỉ thị 25 của Ban Bí thư',
      'Chỉ thị số 25-CT/TW',
      'Chỉ thị 25-CT/TW',
      'Chỉ thị về đẩy mạnh và nâng tầm đối ngoại đa phương',
    ],
    codes: ['25-CT/TW'],
    description: 'Chỉ thị của Ban Bí thư ngày 8/8/2018 về đẩy mạnh và nâng tầm đối ngoại đa phương đến năm 2030.',
  },
  ...congressResolutions,
  partyResolution(22, '10/4/2013', 'của Bộ Chính trị về hội nhập quốc tế', false),
  partyResolution(6, '5/11/2016', 'của Ban Chấp hành Trung ương Đảng về thực hiện có hiệu quả tiến trình hội nhập kinh tế quốc tế trong bối cảnh tham gia các hiệp định thương mại tự do thế hệ mới', false),
  partyResolution(10, '3/6/2017', 'của Hội nghị Trung ương 5 khóa XII về phát triển kinh tế tư nhân', false),
  partyResolution(11, '3/6/2017', 'của Hội nghị Trung ương 5 khóa XII về hoàn thiện thể chế kinh tế thị trường định hướng xã hội chủ nghĩa', false),
  partyResolution(12, '3/6/2017', 'của Hội nghị Trung ương 5 khóa XII về cơ cấu lại, đổi mới và nâng cao hiệu quả doanh nghiệp nhà nước', false),
  partyResolution(18, '25/10/2017', 'của Hội nghị Trung ương 6 khóa XII về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả', true),
  partyResolution(57, '22/12/2024', 'của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia', true),
  partyResolution(59, '24/1/2025', 'của Bộ Chính trị về hội nhập quốc tế trong tình hình mới', true),
  partyResolution(66, '30/4/2025', 'của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật', true),
  partyResolution(68, '4/5/2025', 'của Bộ Chính trị về phát triển kinh tế tư nhân', true),
  {
    id: 'lenh-cong-bo-12-luat',
    kind: 'directive',
    name: 'Lệnh của Chủ tịch nước công bố 12 luật',
    aliases: ['Lệnh của Chủ tịch nước về 12 luật', 'Lệnh công bố 12 luật'],
    description: 'Lệnh của Chủ tịch nước công bố 12 luật vừa được Quốc hội thông qua (tháng 1/2026).',
  },
];

export const catalog: readonly Entity[] = [
  ...agreements,
  ...[...seedOfficials, ...vietnameseOfficials, ...foreignOfficials].map(withTitleClaims),
  ...directives,
];
