// Public pages that state an official's post and the years it was held: the
// catalog's evidence for its title lines (see TitleClaim in types.ts). Each
// entry names one title of one official exactly; `terms` are the years the
// pages give, and the title line shows those same years (a test holds them
// together). `says` is our own short paraphrase of what the page states, never
// the page's words. Where no page was found the title stays unverified.
// One page, or two when one gives the start of a post and another its end.

import type { PublicPage, Term } from './types';

export interface PublicCitation {
  id: string;
  /** One of the entity's titles, exactly. */
  title: string;
  terms: Term[];
  pages: PublicPage[];
}

const years = (from: number, to?: number): Term => (to === undefined ? { from } : { from, to });

export const PUBLIC_TITLE_CITATIONS: readonly PublicCitation[] = [
  {
    id: 'le-duan',
    title: 'Bí thư thứ nhất, Tổng Bí thư Ban Chấp hành Trung ương Đảng (1960–1986)',
    terms: [years(1960, 1986)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/L%C3%AA_Du%E1%BA%A9n', says: 'Tổng Bí thư Đảng Cộng sản Việt Nam từ 10/9/1960 đến 10/7/1986.' },
    ],
  },
  {
    id: 'truong-chinh',
    title: 'Tổng Bí thư (1941–1956, 1986)',
    terms: [years(1941, 1956), years(1986, 1986)],
    pages: [
      { url: 'https://en.daihoidang.vn/nhan-su/truong-chinh-1094.vnp', says: 'Tổng Bí thư từ tháng 5/1941 đến tháng 10/1956 và từ tháng 7 đến tháng 12/1986.' },
    ],
  },
  {
    id: 'nguyen-van-linh',
    title: 'Tổng Bí thư (1986–1991)',
    terms: [years(1986, 1991)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Nguy%E1%BB%85n_V%C4%83n_Linh', says: 'Tổng Bí thư từ 18/12/1986 đến 28/6/1991.' },
    ],
  },
  {
    id: 'truong-chinh',
    title: 'Chủ tịch Hội đồng Nhà nước (1981–1987)',
    terms: [years(1981, 1987)],
    pages: [
      { url: 'https://kyvatlichsucand.vn/vn/news/chu-tich-nuoc-viet-nam-qua-cac-thoi-ky.html', says: 'Danh sách nguyên thủ Việt Nam qua các thời kỳ ghi Trường Chinh giai đoạn 1981–1987.' },
    ],
  },
  {
    id: 'do-muoi',
    title: 'Chủ tịch Hội đồng Bộ trưởng (1988–1991)',
    terms: [years(1988, 1991)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/%C4%90%E1%BB%97_M%C6%B0%E1%BB%9Di', says: 'Chủ tịch Hội đồng Bộ trưởng từ 22/6/1988 đến 8/8/1991.' },
    ],
  },
  {
    id: 'do-muoi',
    title: 'Tổng Bí thư (1991–1997)',
    terms: [years(1991, 1997)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/%C4%90%E1%BB%97_M%C6%B0%E1%BB%9Di', says: 'Tổng Bí thư từ 28/6/1991 đến 26/12/1997.' },
    ],
  },
  {
    id: 'le-kha-phieu',
    title: 'Tổng Bí thư (1997–2001)',
    terms: [years(1997, 2001)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/L%C3%AA_Kh%E1%BA%A3_Phi%C3%AAu', says: 'Tổng Bí thư từ 26/12/1997 đến 22/4/2001.' },
    ],
  },
  {
    id: 'nong-duc-manh',
    title: 'Chủ tịch Quốc hội (1992–2001)',
    terms: [years(1992, 2001)],
    pages: [
      { url: 'https://en.m.wikipedia.org/wiki/N%C3%B4ng_%C4%90%E1%BB%A9c_M%E1%BA%A1nh', says: 'Chủ tịch Quốc hội từ 23/9/1992 đến 27/6/2001.' },
    ],
  },
  {
    id: 'nong-duc-manh',
    title: 'Tổng Bí thư (2001–2011)',
    terms: [years(2001, 2011)],
    pages: [
      { url: 'https://en.m.wikipedia.org/wiki/N%C3%B4ng_%C4%90%E1%BB%A9c_M%E1%BA%A1nh', says: 'Tổng Bí thư từ 22/4/2001 đến 19/1/2011.' },
    ],
  },
  {
    id: 'pham-van-dong',
    title: 'Thủ tướng Chính phủ (1955–1987)',
    terms: [years(1955, 1987)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Ph%E1%BA%A1m_V%C4%83n_%C4%90%E1%BB%93ng', says: 'Thủ tướng Việt Nam Dân chủ Cộng hòa từ 20/9/1955, rồi Thủ tướng (Chủ tịch Hội đồng Bộ trưởng) nước thống nhất từ 2/7/1976 đến 18/6/1987.' },
    ],
  },
  {
    id: 'vo-nguyen-giap',
    title: 'Đại tướng, Bộ trưởng Bộ Quốc phòng (1946–1947, 1948–1980)',
    terms: [years(1946, 1947), years(1948, 1980)],
    pages: [
      { url: 'https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/V%C3%B5_Nguy%C3%AAn_Gi%C3%A1p', says: 'Bản sao Wikipedia tiếng Anh (2025-06): Bộ trưởng Quốc phòng từ 11/5/1946 đến 8/5/1947 và từ 1948 đến 1980.' },
    ],
  },
  {
    id: 'vo-nguyen-giap',
    title: 'Phó Thủ tướng (1955–1991)',
    terms: [years(1955, 1991)],
    pages: [
      { url: 'https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/V%C3%B5_Nguy%C3%AAn_Gi%C3%A1p', says: 'Bản sao Wikipedia tiếng Anh (2025-06): Phó Thủ tướng (Phó Chủ tịch Hội đồng Bộ trưởng) từ 20/9/1955 đến tháng 8/1991.' },
    ],
  },
  {
    id: 'vo-van-kiet',
    title: 'Thủ tướng Chính phủ (1991–1997)',
    terms: [years(1991, 1997)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/V%C3%B5_V%C4%83n_Ki%E1%BB%87t', says: 'Chủ tịch Hội đồng Bộ trưởng từ 8/8/1991, Thủ tướng từ 24/9/1992 đến 24/9/1997.' },
    ],
  },
  {
    id: 'phan-van-khai',
    title: 'Thủ tướng Chính phủ (1997–2006)',
    terms: [years(1997, 2006)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Phan_V%C4%83n_Kh%E1%BA%A3i', says: 'Thủ tướng từ 25/9/1997 đến 27/6/2006.' },
    ],
  },
  {
    id: 'nguyen-tan-dung',
    title: 'Thủ tướng Chính phủ (2006–2016)',
    terms: [years(2006, 2016)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Nguy%E1%BB%85n_T%E1%BA%A5n_D%C5%A9ng', says: 'Thủ tướng từ 27/6/2006 đến 7/4/2016.' },
    ],
  },
  {
    id: 'tran-duc-luong',
    title: 'Chủ tịch nước (1997–2006)',
    terms: [years(1997, 2006)],
    pages: [
      { url: 'https://kyvatlichsucand.vn/vn/news/chu-tich-nuoc-viet-nam-qua-cac-thoi-ky.html', says: 'Danh sách Chủ tịch nước qua các thời kỳ ghi Trần Đức Lương từ 1997 đến tháng 6/2006.' },
    ],
  },
  {
    id: 'nguyen-minh-triet',
    title: 'Chủ tịch nước (2006–2011)',
    terms: [years(2006, 2011)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Nguy%E1%BB%85n_Minh_Tri%E1%BA%BFt', says: 'Chủ tịch nước từ 27/6/2006 đến 25/7/2011.' },
    ],
  },
  {
    id: 'truong-tan-sang',
    title: 'Chủ tịch nước (2011–2016)',
    terms: [years(2011, 2016)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Tr%C6%B0%C6%A1ng_T%E1%BA%A5n_Sang', says: 'Chủ tịch nước từ 25/7/2011 đến 2/4/2016.' },
    ],
  },
  {
    id: 'tran-dai-quang',
    title: 'Bộ trưởng Bộ Công an (2011–2016)',
    terms: [years(2011, 2016)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Tr%E1%BA%A7n_%C4%90%E1%BA%A1i_Quang', says: 'Bộ trưởng Bộ Công an từ 3/8/2011 đến 8/4/2016.' },
    ],
  },
  {
    id: 'tran-dai-quang',
    title: 'Chủ tịch nước (2016–2018)',
    terms: [years(2016, 2018)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Tr%E1%BA%A7n_%C4%90%E1%BA%A1i_Quang', says: 'Chủ tịch nước từ 2/4/2016 đến khi qua đời ngày 21/9/2018.' },
    ],
  },
  {
    id: 'vo-van-thuong',
    title: 'Chủ tịch nước (2023–2024)',
    terms: [years(2023, 2024)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/V%C3%B5_V%C4%83n_Th%C6%B0%E1%BB%9Fng', says: 'Chủ tịch nước từ 2/3/2023 đến 21/3/2024.' },
    ],
  },
  {
    id: 'luong-cuong',
    title: 'Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam (2016–2024)',
    terms: [years(2016, 2024)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/L%C6%B0%C6%A1ng_C%C6%B0%E1%BB%9Dng', says: 'Chủ nhiệm Tổng cục Chính trị từ 15/4/2016 đến 3/6/2024.' },
    ],
  },
  {
    id: 'luong-cuong',
    title: 'Chủ tịch nước (từ 2024)',
    terms: [years(2024)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/L%C6%B0%C6%A1ng_C%C6%B0%E1%BB%9Dng', says: 'Chủ tịch nước từ 21/10/2024.' },
    ],
  },
  {
    id: 'nguyen-van-an',
    title: 'Chủ tịch Quốc hội (2001–2006)',
    terms: [years(2001, 2006)],
    pages: [
      { url: 'https://ja.m.wikipedia.org/wiki/%E3%82%B0%E3%82%A8%E3%83%B3%E3%83%BB%E3%83%B4%E3%82%A1%E3%83%B3%E3%83%BB%E3%82%A2%E3%83%B3', says: 'Chủ tịch Quốc hội từ 27/6/2001 đến 26/6/2006 (Wikipedia tiếng Nhật).' },
    ],
  },
  {
    id: 'nguyen-sinh-hung',
    title: 'Phó Thủ tướng (2006–2011)',
    terms: [years(2006, 2011)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Nguy%E1%BB%85n_Sinh_H%C3%B9ng', says: 'Phó Thủ tướng từ 28/6/2006 đến 25/7/2011.' },
    ],
  },
  {
    id: 'nguyen-sinh-hung',
    title: 'Chủ tịch Quốc hội (2011–2016)',
    terms: [years(2011, 2016)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Nguy%E1%BB%85n_Sinh_H%C3%B9ng', says: 'Chủ tịch Quốc hội từ 23/7/2011 đến 31/3/2016.' },
    ],
  },
  {
    id: 'nguyen-thi-kim-ngan',
    title: 'Chủ tịch Quốc hội (2016–2021)',
    terms: [years(2016, 2021)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Nguy%E1%BB%85n_Th%E1%BB%8B_Kim_Ng%C3%A2n?ns=0&oldid=1106029500', says: 'Chủ tịch Quốc hội từ 31/3/2016 đến 30/3/2021.' },
    ],
  },
  {
    id: 'tran-thanh-man',
    title: 'Chủ tịch Quốc hội (từ 2024)',
    terms: [years(2024)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Tr%E1%BA%A7n_Thanh_M%E1%BA%ABn', says: 'Chủ tịch Quốc hội từ 20/5/2024 (điều hành từ 2/5/2024), đương nhiệm theo trang.' },
    ],
  },
  {
    id: 'vo-thi-anh-xuan',
    title: 'Phó Chủ tịch nước (từ 2021)',
    terms: [years(2021)],
    pages: [
      { url: 'http://news.gov.vn/vice-president-vo-thi-anh-xuan-becomes-acting-president-111240321123546093.htm', says: 'Cổng thông tin Chính phủ (3/2024): được bầu Phó Chủ tịch nước ngày 6/4/2021, vẫn giữ chức tại thời điểm bài viết.' },
    ],
  },
  {
    id: 'dang-thi-ngoc-thinh',
    title: 'Phó Chủ tịch nước (2016–2021)',
    terms: [years(2016, 2021)],
    pages: [
      { url: 'https://en.vietnamplus.vn/dang-thi-ngoc-thinh-relieved-from-position-of-state-vice-president/199645.vnp', says: 'Quốc hội miễn nhiệm bà khỏi chức Phó Chủ tịch nước nhiệm kỳ 2016–2021 sáng 6/4/2021.' },
    ],
  },
  {
    id: 'nguyen-manh-cam',
    title: 'Bộ trưởng Bộ Ngoại giao (1991–2000)',
    terms: [years(1991, 2000)],
    pages: [
      { url: 'https://de.wiki.li/Nguy%E1%BB%85n_M%E1%BA%A1nh_C%E1%BA%A7m', says: 'Bản sao Wikipedia tiếng Đức: Bộ trưởng Ngoại giao từ tháng 8/1991 đến tháng 2/2000.' },
    ],
  },
  {
    id: 'nguyen-manh-cam',
    title: 'Phó Thủ tướng (1997–2002)',
    terms: [years(1997, 2002)],
    pages: [
      { url: 'https://de.wiki.li/Nguy%E1%BB%85n_M%E1%BA%A1nh_C%E1%BA%A7m', says: 'Bản sao Wikipedia tiếng Đức: Phó Thủ tướng từ 1997 đến 2002.' },
    ],
  },
  {
    id: 'le-hoai-trung',
    title: 'Thứ trưởng Bộ Ngoại giao (2010–2021)',
    terms: [years(2010, 2021)],
    pages: [
      { url: 'https://www.baogiaothong.vn/thu-truong-bo-ngoai-giao-le-hoai-trung-lam-truong-ban-doi-ngoai-trung-uong-d499667.html', says: 'Báo Giao thông (19/3/2021): Thứ trưởng Ngoại giao từ tháng 12/2010 (tái bổ nhiệm 10/2014), đến ngày 19/3/2021 được điều động làm Trưởng Ban Đối ngoại Trung ương.' },
    ],
  },
  {
    id: 'le-hoai-trung',
    title: 'Trưởng Ban Đối ngoại Trung ương (2021–2025)',
    terms: [years(2021, 2025)],
    pages: [
      { url: 'https://amp.vtcnews.vn/ong-le-hoai-trung-lam-bo-truong-bo-ngoai-giao-ar973135.html', says: 'VTC News (25/10/2025): Trưởng Ban Đối ngoại Trung ương từ tháng 3/2021, tháng 2/2025 chuyển làm Chánh Văn phòng Trung ương Đảng.' },
    ],
  },
  {
    id: 'le-hoai-trung',
    title: 'Bộ trưởng Bộ Ngoại giao (từ 2025)',
    terms: [years(2025)],
    pages: [
      { url: 'https://amp.vtcnews.vn/ong-le-hoai-trung-lam-bo-truong-bo-ngoai-giao-ar973135.html', says: 'VTC News: Quốc hội phê chuẩn bổ nhiệm Bộ trưởng Bộ Ngoại giao ngày 25/10/2025.' },
    ],
  },
  {
    id: 'hoang-trung-hai',
    title: 'Bí thư Thành ủy Hà Nội (2016–2020)',
    terms: [years(2016, 2020)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Ho%C3%A0ng_Trung_H%E1%BA%A3i', says: 'Bí thư Thành ủy Hà Nội từ 5/2/2016 đến 7/2/2020.' },
    ],
  },
  {
    id: 'nguyen-thien-nhan',
    title: 'Phó Thủ tướng (2007–2013)',
    terms: [years(2007, 2013)],
    pages: [
      { url: 'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Nguy%E1%BB%85n_Thi%E1%BB%87n_Nh%C3%A2n', says: 'Bản sao Wikipedia tiếng Anh (2020-08): Phó Thủ tướng từ 2/8/2007 đến 11/11/2013.' },
    ],
  },
  {
    id: 'vu-duc-dam',
    title: 'Phó Thủ tướng (2013–2023)',
    terms: [years(2013, 2023)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/V%C5%A9_%C4%90%E1%BB%A9c_%C4%90am', says: 'Phó Thủ tướng từ 13/11/2013 đến 5/1/2023.' },
    ],
  },
  {
    id: 'truong-hoa-binh',
    title: 'Phó Thủ tướng thường trực (2016–2021)',
    terms: [years(2016, 2021)],
    pages: [
      { url: 'https://de.m.wikipedia.org./wiki/Tr%C6%B0%C6%A1ng_H%C3%B2a_B%C3%ACnh', says: 'Wikipedia tiếng Đức: Phó Thủ tướng từ 2016 đến 2021.' },
      { url: 'http://chaos.owiki.org/wiki/Tr%C6%B0%C6%A1ng_H%C3%B2a_B%C3%ACnh', says: 'Bản sao Wikipedia tiếng Anh (khi ông đương chức): gọi ông là Phó Thủ tướng thứ nhất (thường trực).' },
    ],
  },
  {
    id: 'le-minh-khai',
    title: 'Tổng Thanh tra Chính phủ (2017–2021)',
    terms: [years(2017, 2021)],
    pages: [
      { url: 'https://giaoduc.net.vn/tieu-diem/chan-dung-pho-thu-tuong-chinh-phu-le-minh-khai-post216924.gd', says: 'Giáo dục Việt Nam/TTXVN (8/4/2021): Tổng Thanh tra Chính phủ từ tháng 10/2017 cho tới khi được phê chuẩn làm Phó Thủ tướng ngày 8/4/2021.' },
    ],
  },
  {
    id: 'le-van-thanh',
    title: 'Phó Thủ tướng (2021–2023)',
    terms: [years(2021, 2023)],
    pages: [
      { url: 'https://en.vietnamplus.vn/deputy-prime-minister-le-van-thanh-passes-away/266733.vnp', says: 'Vietnam+ (8/2023): được bổ nhiệm Phó Thủ tướng tháng 4/2021, qua đời khi đương chức ngày 22/8/2023.' },
    ],
  },
  {
    id: 'tran-hong-ha',
    title: 'Bộ trưởng Bộ Tài nguyên và Môi trường (2016–2023)',
    terms: [years(2016, 2023)],
    pages: [
      { url: 'https://tuoitrenews.vn/news/politics/20230105/vietnam-has-two-new-deputy-prime-ministers/70794.html', says: 'Tuổi Trẻ News (5/1/2023): Bộ trưởng Tài nguyên và Môi trường từ tháng 4/2016, được Quốc hội phê chuẩn làm Phó Thủ tướng ngày 5/1/2023.' },
    ],
  },
  {
    id: 'tran-hong-ha',
    title: 'Phó Thủ tướng (từ 2023)',
    terms: [years(2023)],
    pages: [
      { url: 'https://tuoitrenews.vn/news/politics/20230105/vietnam-has-two-new-deputy-prime-ministers/70794.html', says: 'Tuổi Trẻ News: Quốc hội phê chuẩn bổ nhiệm Phó Thủ tướng ngày 5/1/2023.' },
    ],
  },
  {
    id: 'tran-luu-quang',
    title: 'Phó Thủ tướng (2023–2024)',
    terms: [years(2023, 2024)],
    pages: [
      { url: 'https://en.vietnamplus.vn/na-approves-appointment-of-two-deputy-prime-ministers/246604.vnp', says: 'Vietnam+: trở thành Phó Thủ tướng ngày 5/1/2023.' },
      { url: 'https://english.baoquangninh.vn/national-assembly-elects-three-deputy-prime-ministers-3315964.html', says: 'Báo Quảng Ninh/VGP (27/8/2024): ngày 21/8/2024 Bộ Chính trị phân công Phó Thủ tướng Trần Lưu Quang làm Trưởng Ban Kinh tế Trung ương.' },
    ],
  },
  {
    id: 'nguyen-hoa-binh',
    title: 'Chánh án Tòa án nhân dân tối cao (2016–2024)',
    terms: [years(2016, 2024)],
    pages: [
      { url: 'https://betaen.vietnamplus.vn/legislators-elect-high-ranking-officials-post96757.vnp', says: 'Vietnam+: Quốc hội bầu làm Chánh án TANDTC ngày 27/7/2016.' },
      { url: 'https://english.baoquangninh.vn/national-assembly-elects-three-deputy-prime-ministers-3315964.html', says: 'Báo Quảng Ninh/VGP: ngày 26/8/2024, khi đang là Chánh án, được bầu làm Phó Thủ tướng.' },
    ],
  },
  {
    id: 'nguyen-hoa-binh',
    title: 'Phó Thủ tướng thường trực (từ 2024)',
    terms: [years(2024)],
    pages: [
      { url: 'https://english.baoquangninh.vn/national-assembly-elects-three-deputy-prime-ministers-3315964.html', says: 'Báo Quảng Ninh/VGP: Quốc hội bầu làm Phó Thủ tướng ngày 26/8/2024.' },
      { url: 'https://www.vietnam.vn/en/phan-cong-nhiem-vu-cac-pho-thu-tuong-chinh-phu', says: 'vietnam.vn: bảng phân công nhiệm vụ các Phó Thủ tướng ghi ông là Phó Thủ tướng thường trực.' },
    ],
  },
  {
    id: 'bui-thanh-son',
    title: 'Phó Thủ tướng Chính phủ (từ 2024)',
    terms: [years(2024)],
    pages: [
      { url: 'https://english.baoquangninh.vn/national-assembly-elects-three-deputy-prime-ministers-3315964.html', says: 'Báo Quảng Ninh/VGP: Bộ trưởng Ngoại giao Bùi Thanh Sơn được Quốc hội bầu làm Phó Thủ tướng ngày 26/8/2024.' },
    ],
  },
  {
    id: 'bui-thanh-son',
    title: 'Bộ trưởng Bộ Ngoại giao (2021–2025)',
    terms: [years(2021, 2025)],
    pages: [
      { url: 'https://www.talkvietnam.org/2021/04/pm-chinh-presents-nominations-for-new-cabinet-members-to-national-assembly/', says: 'talkvietnam/VNS (7/4/2021): được đề cử thay ông Phạm Bình Minh làm Bộ trưởng Ngoại giao.' },
      { url: 'https://dantri.com.vn/xa-hoi/thu-tuong-giao-quyen-bo-truong-ngoai-giao-cho-ong-le-hoai-trung-20250828124921265.htm', says: 'Dân trí (30/8/2025): Chủ tịch nước quyết định để ông tạm thôi giữ chức Bộ trưởng Ngoại giao.' },
    ],
  },
  {
    id: 'ho-duc-phoc',
    title: 'Phó Thủ tướng (từ 2024)',
    terms: [years(2024)],
    pages: [
      { url: 'https://english.baoquangninh.vn/national-assembly-elects-three-deputy-prime-ministers-3315964.html', says: 'Báo Quảng Ninh/VGP: Bộ trưởng Tài chính Hồ Đức Phớc được bầu làm Phó Thủ tướng ngày 26/8/2024.' },
    ],
  },
  {
    id: 'mai-tien-dung',
    title: 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ (2016–2021)',
    terms: [years(2016, 2021)],
    pages: [
      { url: 'https://vi.wikipedia.org./wiki/Mai_Ti%E1%BA%BFn_D%C5%A9ng_(ch%C3%ADnh_kh%C3%A1ch)', says: 'Wikipedia tiếng Việt: Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ từ 9/4/2016 đến 7/4/2021.' },
    ],
  },
  {
    id: 'tran-van-son',
    title: 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ (từ 2021)',
    terms: [years(2021)],
    pages: [
      { url: 'https://vi.m.wikipedia.org/wiki/B%E1%BB%99_tr%C6%B0%E1%BB%9Fng,_Ch%E1%BB%A7_nhi%E1%BB%87m_V%C4%83n_ph%C3%B2ng_Ch%C3%ADnh_ph%E1%BB%A7_(Vi%E1%BB%87t_Nam)', says: 'Wikipedia tiếng Việt (bài về chức danh): người đương nhiệm là Trần Văn Sơn, từ 8/4/2021.' },
    ],
  },
  {
    id: 'vu-huy-hoang',
    title: 'Bộ trưởng Bộ Công Thương (2011–2016)',
    terms: [years(2011, 2016)],
    pages: [
      { url: 'https://vietnamnet.vn/en/former-minister-of-industry-and-trade-investigated-657032.html', says: 'VietNamNet (7/2020): kết luận của Ban Bí thư nêu ông là Bộ trưởng Công Thương giai đoạn 2011–2016.' },
    ],
  },
  {
    id: 'tran-tuan-anh',
    title: 'Bộ trưởng Bộ Công Thương (2016–2021)',
    terms: [years(2016, 2021)],
    pages: [
      { url: 'https://e.vnexpress.net/news/news/head-of-central-economic-commission-removed-from-politburo-4707312.html', says: 'VnExpress International (31/1/2024): thông báo của Trung ương nêu ông là Bộ trưởng Công Thương giai đoạn 2016–2021.' },
    ],
  },
  {
    id: 'tran-tuan-anh',
    title: 'Trưởng Ban Kinh tế Trung ương (2021–2024)',
    terms: [years(2021, 2024)],
    pages: [
      { url: 'https://e.vnexpress.net/news/news/head-of-central-economic-commission-removed-from-politburo-4707312.html', says: 'VnExpress International (31/1/2024): ảnh năm 2021 ghi ông là Trưởng Ban Kinh tế Trung ương; ngày 31/1/2024 Trung ương cho thôi các chức vụ theo nguyện vọng.' },
    ],
  },
  {
    id: 'nguyen-hong-dien',
    title: 'Bộ trưởng Bộ Công Thương (2021–2025)',
    terms: [years(2021, 2025)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Nguy%E1%BB%85n_H%E1%BB%93ng_Di%C3%AAn', says: 'Bộ trưởng Công Thương từ 8/4/2021 đến 20/12/2025.' },
    ],
  },
  {
    id: 'nguyen-chi-dung',
    title: 'Bộ trưởng Bộ Kế hoạch và Đầu tư (2016–2025)',
    terms: [years(2016, 2025)],
    pages: [
      { url: 'https://vnbiznews.com/phe-chuan-bo-nhiem-hai-pho-thu-tuong-va-cac-bo-truong-sau-hop-nhat-pid1989210710', says: 'vnbiznews (18/2/2025): Bộ trưởng Kế hoạch và Đầu tư từ tháng 4/2016 cho tới khi được phê chuẩn làm Phó Thủ tướng ngày 18/2/2025.' },
    ],
  },
  {
    id: 'nguyen-chi-dung',
    title: 'Phó Thủ tướng (từ 2025)',
    terms: [years(2025)],
    pages: [
      { url: 'https://plo.vn/chinh-phu-co-them-2-pho-thu-tuong-post834777.html', says: 'Pháp Luật TP.HCM (18/2/2025): Quốc hội phê chuẩn bổ nhiệm Phó Thủ tướng.' },
    ],
  },
  {
    id: 'dinh-tien-dung',
    title: 'Bí thư Thành ủy Hà Nội (2021–2024)',
    terms: [years(2021, 2024)],
    pages: [
      { url: 'https://vietnamnews.vn/politics-laws/918414/finance-minister-dinh-tien-dung-assigned-as-secretary-of-ha-noi-party-committee.html', says: 'Việt Nam News (4/4/2021): Bộ Chính trị phân công Bộ trưởng Tài chính làm Bí thư Thành ủy Hà Nội.' },
      { url: 'https://e.vnexpress.net/news/news/politburo-accepts-for-hanoi-party-chief-to-step-down-4760282.html', says: 'VnExpress International (19/6/2024): Bộ Chính trị đồng ý cho thôi chức Bí thư Thành ủy Hà Nội.' },
    ],
  },
  {
    id: 'vuong-dinh-hue',
    title: 'Phó Thủ tướng Chính phủ (2016–2020)',
    terms: [years(2016, 2020)],
    pages: [
      { url: 'https://tuoitrenews.vn/news/politics/20210331/party-chief-of-hanoi-vuong-dinh-hue-elected-as-chairman-of-vietnam-s-national-assembly/60070.html', says: 'Tuổi Trẻ News (31/3/2021): ông là Phó Thủ tướng từ tháng 8/2016 đến tháng 6/2020.' },
    ],
  },
  {
    id: 'vuong-dinh-hue',
    title: 'Chủ tịch Quốc hội (2021–2024)',
    terms: [years(2021, 2024)],
    pages: [
      { url: 'https://tuoitrenews.vn/news/politics/20210331/party-chief-of-hanoi-vuong-dinh-hue-elected-as-chairman-of-vietnam-s-national-assembly/60070.html', says: 'Tuổi Trẻ News: được bầu làm Chủ tịch Quốc hội ngày 31/3/2021.' },
      { url: 'https://e.vnexpress.net/news/news/vietnam-names-new-national-assembly-chairman-4748334.html', says: 'VnExpress International (20/5/2024): ngày 2/5/2024 Quốc hội chấp thuận để ông thôi chức Chủ tịch Quốc hội.' },
    ],
  },
  {
    id: 'nguyen-phu-trong',
    title: 'Tổng Bí thư (2011–2024)',
    terms: [years(2011, 2024)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Nguy%E1%BB%85n_Ph%C3%BA_Tr%E1%BB%8Dng', says: 'Tổng Bí thư từ 19/1/2011 cho tới khi qua đời ngày 19/7/2024.' },
    ],
  },
  {
    id: 'nguyen-phu-trong',
    title: 'Chủ tịch nước (2018–2021)',
    terms: [years(2018, 2021)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Nguy%E1%BB%85n_Ph%C3%BA_Tr%E1%BB%8Dng', says: 'Chủ tịch nước từ 23/10/2018 đến 5/4/2021.' },
    ],
  },
  {
    id: 'nguyen-xuan-phuc',
    title: 'Thủ tướng Chính phủ (2016–2021)',
    terms: [years(2016, 2021)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Nguy%E1%BB%85n_Xu%C3%A2n_Ph%C3%BAc', says: 'Thủ tướng từ 7/4/2016 đến 5/4/2021.' },
    ],
  },
  {
    id: 'nguyen-xuan-phuc',
    title: 'Chủ tịch nước (2021–2023)',
    terms: [years(2021, 2023)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Nguy%E1%BB%85n_Xu%C3%A2n_Ph%C3%BAc', says: 'Chủ tịch nước từ 5/4/2021 đến 18/1/2023.' },
    ],
  },
  {
    id: 'to-lam',
    title: 'Bộ trưởng Bộ Công an (2016–2024)',
    terms: [years(2016, 2024)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/T%C3%B4_L%C3%A2m', says: 'Bộ trưởng Bộ Công an từ 9/4/2016 đến 22/5/2024.' },
    ],
  },
  {
    id: 'to-lam',
    title: 'Chủ tịch nước (2024)',
    terms: [years(2024, 2024)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/T%C3%B4_L%C3%A2m', says: 'Chủ tịch nước từ 23/5 đến 21/10/2024.' },
    ],
  },
  {
    id: 'to-lam',
    title: 'Tổng Bí thư (từ 2024)',
    terms: [years(2024)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/T%C3%B4_L%C3%A2m', says: 'Tổng Bí thư từ 18/7/2024 (thay ông Nguyễn Phú Trọng), đương nhiệm theo trang.' },
    ],
  },
  {
    id: 'pham-minh-chinh',
    title: 'Trưởng Ban Tổ chức Trung ương (2016–2021)',
    terms: [years(2016, 2021)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Ph%E1%BA%A1m_Minh_Ch%C3%ADnh', says: 'Trưởng Ban Tổ chức Trung ương từ 5/2/2016 đến 8/4/2021.' },
    ],
  },
  {
    id: 'ho-chi-minh',
    title: 'Chủ tịch nước Việt Nam Dân chủ Cộng hòa (1945–1969)',
    terms: [years(1945, 1969)],
    pages: [
      { url: 'http://piglix.com/piglix/H%E1%BB%93_Ch%C3%AD_Minh', says: 'Bản sao Wikipedia tiếng Anh: Chủ tịch đầu tiên của nước Việt Nam Dân chủ Cộng hòa từ 2/9/1945 đến 2/9/1969.' },
    ],
  },
  {
    id: 'phung-quang-thanh',
    title: 'Bộ trưởng Bộ Quốc phòng (2006–2016)',
    terms: [years(2006, 2016)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Ph%C3%B9ng_Quang_Thanh', says: 'Bộ trưởng Quốc phòng từ 28/6/2006 đến 8/4/2016.' },
    ],
  },
  {
    id: 'ngo-xuan-lich',
    title: 'Bộ trưởng Bộ Quốc phòng (2016–2021)',
    terms: [years(2016, 2021)],
    pages: [
      { url: 'https://talk.dob.jp/enwiki/w/index.php?oldid=1263759784&title=Ng%C3%B4_Xu%C3%A2n_L%E1%BB%8Bch', says: 'Bản sao một phiên bản Wikipedia tiếng Anh (12/2024): Bộ trưởng Quốc phòng từ 9/4/2016 đến 7/4/2021.' },
    ],
  },
  {
    id: 'phan-van-giang',
    title: 'Bộ trưởng Bộ Quốc phòng (từ 2021)',
    terms: [years(2021)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Phan_V%C4%83n_Giang', says: 'Bộ trưởng Quốc phòng từ 8/4/2021, đương nhiệm theo trang.' },
    ],
  },
  {
    id: 'luong-tam-quang',
    title: 'Bộ trưởng Bộ Công an (từ 2024)',
    terms: [years(2024)],
    pages: [
      { url: 'https://e.vnexpress.net/news/news/vietnam-appoints-new-public-security-minister-4755204.html', says: 'VnExpress International (6/6/2024): Quốc hội phê chuẩn bổ nhiệm ông làm Bộ trưởng Bộ Công an nhiệm kỳ 2021–2026.' },
    ],
  },
  {
    id: 'nguyen-van-binh',
    title: 'Thống đốc Ngân hàng Nhà nước (2011–2016)',
    terms: [years(2011, 2016)],
    pages: [
      { url: 'https://e.vnexpress.net/news/news/disciplinary-action-sought-against-former-central-bank-governor-4186517.html', says: 'VnExpress International (3/11/2020): ông là Thống đốc Ngân hàng Nhà nước từ 2011 đến 2016.' },
    ],
  },
  {
    id: 'le-minh-hung',
    title: 'Thống đốc Ngân hàng Nhà nước (2016–2020)',
    terms: [years(2016, 2020)],
    pages: [
      { url: 'https://baogiaothong.vn/ong-le-minh-hung-lam-truong-ban-to-chuc-trung-uong-192240516174432023.htm', says: 'Báo Giao thông (5/2024): Thống đốc Ngân hàng Nhà nước từ tháng 4/2016; từ tháng 10/2020 chuyển làm Chánh Văn phòng Trung ương Đảng.' },
    ],
  },
  {
    id: 'nguyen-thi-hong',
    title: 'Thống đốc Ngân hàng Nhà nước (từ 2020)',
    terms: [years(2020)],
    pages: [
      { url: 'https://en.vietnamplus.vn/appointment-decision-presented-to-new-governor-of-central-bank/190550.vnp', says: 'Vietnam+ (16/11/2020): nhận quyết định bổ nhiệm Thống đốc Ngân hàng Nhà nước sau khi được Quốc hội phê chuẩn.' },
    ],
  },
  {
    id: 'joe-biden',
    title: 'Phó Tổng thống Hoa Kỳ (2009–2017)',
    terms: [years(2009, 2017)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Vice_presidency_of_Joe_Biden', says: 'Wikipedia tiếng Anh (bài về nhiệm kỳ Phó Tổng thống): từ 20/1/2009 đến 20/1/2017.' },
    ],
  },
  {
    id: 'nancy-pelosi',
    title: 'Chủ tịch Hạ viện Hoa Kỳ (2007–2011, 2019–2023)',
    terms: [years(2007, 2011), years(2019, 2023)],
    pages: [
      { url: 'https://kids.britannica.com/students/article/Nancy-Pelosi/477548', says: 'Britannica (bách khoa cho học sinh): Chủ tịch Hạ viện 2007–2011 và lại từ 2019.' },
      { url: 'https://wikipediahub.online/view_html.php?lang=en&q=Nancy_Pelosi&sq=Albert+Einstein', says: 'Bản sao Wikipedia tiếng Anh: Chủ tịch Hạ viện từ 4/1/2007 đến 3/1/2011 và từ 3/1/2019 đến 3/1/2023.' },
    ],
  },
  {
    id: 'mike-pompeo',
    title: 'Ngoại trưởng Hoa Kỳ (2018–2021)',
    terms: [years(2018, 2021)],
    pages: [
      { url: 'https://www.state.gov/secretary/index.htm', says: 'Bộ Ngoại giao Hoa Kỳ (trang chính thức, 12/2018): tuyên thệ nhậm chức Ngoại trưởng thứ 70 ngày 26/4/2018.' },
      { url: 'https://review.clateway.com/wiki/view_html.php?q=Mike_Pompeo', says: 'Bản sao Wikipedia tiếng Anh: Ngoại trưởng từ 26/4/2018 đến 20/1/2021.' },
    ],
  },
  {
    id: 'donald-trump',
    title: 'Tổng thống Hoa Kỳ (2017–2021, từ 2025)',
    terms: [years(2017, 2021), years(2025)],
    pages: [
      { url: 'http://locke.citizendium.org/wiki/Donald_Trump', says: 'Citizendium (bách khoa): Tổng thống Hoa Kỳ từ 20/1/2017 đến 20/1/2021.' },
      { url: 'https://theweek.com/politics/donald-trump-inauguration', says: 'The Week (20/1/2025): nhậm chức Tổng thống thứ 47 ngày 20/1/2025, trở lại sau bốn năm.' },
    ],
  },
  {
    id: 'vladimir-putin',
    title: 'Tổng thống Nga (2000–2008, từ 2012)',
    terms: [years(2000, 2008), years(2012)],
    pages: [
      { url: 'https://www.diplomaticpress.com/vladimir-vladimirovich-putin/', says: 'Diplomatic Press (chép theo Wikipedia): Tổng thống từ 2000 đến 2008 và lại từ 7/5/2012.' },
    ],
  },
  {
    id: 'vladimir-putin',
    title: 'Thủ tướng Nga (1999–2000, 2008–2012)',
    terms: [years(1999, 2000), years(2008, 2012)],
    pages: [
      { url: 'https://www.diplomaticpress.com/vladimir-vladimirovich-putin/', says: 'Diplomatic Press (chép theo Wikipedia): Thủ tướng Nga từ 1999 đến 2000 và từ 2008 đến 2012.' },
    ],
  },
  {
    id: 'sergei-lavrov',
    title: 'Ngoại trưởng Nga (từ 2004)',
    terms: [years(2004)],
    pages: [
      { url: 'https://www.dw.com/en/sergey-lavrov/t-39241389', says: 'Deutsche Welle: Bộ trưởng Ngoại giao Nga, nhận chức năm 2004 sau mười năm làm đại diện tại Liên Hợp Quốc.' },
    ],
  },
  {
    id: 'volodymyr-zelensky',
    title: 'Tổng thống Ukraine (từ 2019)',
    terms: [years(2019)],
    pages: [
      { url: 'https://en.m.wikipedia.org/wiki/Volodymyr_Zelensky', says: 'Wikipedia tiếng Anh (bản 2019): Tổng thống thứ sáu của Ukraine, nhậm chức ngày 20/5/2019.' },
    ],
  },
  {
    id: 'tap-can-binh',
    title: 'Tổng Bí thư Đảng Cộng sản Trung Quốc (từ 2012)',
    terms: [years(2012)],
    pages: [
      { url: 'https://simple.m.wikipedia.org/wiki/Xi_Jinping', says: 'Wikipedia tiếng Anh giản lược: Tổng Bí thư từ 15/11/2012, đương nhiệm theo trang.' },
    ],
  },
  {
    id: 'tap-can-binh',
    title: 'Chủ tịch nước Trung Quốc (từ 2013)',
    terms: [years(2013)],
    pages: [
      { url: 'https://simple.m.wikipedia.org/wiki/Xi_Jinping', says: 'Wikipedia tiếng Anh giản lược: Chủ tịch nước từ 14/3/2013, đương nhiệm theo trang.' },
    ],
  },
  {
    id: 'ly-khac-cuong',
    title: 'Thủ tướng Trung Quốc (2013–2023)',
    terms: [years(2013, 2023)],
    pages: [
      { url: 'https://simple.wikipedia.org./wiki/Li_Keqiang', says: 'Wikipedia tiếng Anh giản lược: Thủ tướng Quốc vụ viện từ 15/3/2013 đến 11/3/2023.' },
    ],
  },
  {
    id: 'vuong-nghi',
    title: 'Ngoại trưởng Trung Quốc (2013–2022, từ 2023)',
    terms: [years(2013, 2022), years(2023)],
    pages: [
      { url: 'https://www.devdiscourse.com/article/law-order/2539658-chinas-wang-yi-makes-first-statement-after-reappointment-as-foreign-minister', says: 'Devdiscourse/Reuters (28/7/2023): giữ chức Ngoại trưởng 2013–2022 và được bổ nhiệm lại trong tuần đó (7/2023), thay ông Tần Cương.' },
    ],
  },
  {
    id: 'angela-merkel',
    title: 'Thủ tướng Đức (2005–2021)',
    terms: [years(2005, 2021)],
    pages: [
      { url: 'https://www.dw.com/en/angela-merkel/t-17280098', says: 'Deutsche Welle: Thủ tướng Đức từ 2005 đến 2021.' },
    ],
  },
  {
    id: 'gerhard-schroder',
    title: 'Thủ tướng Đức (1998–2005)',
    terms: [years(1998, 2005)],
    pages: [
      { url: 'https://www.britannica.com/biography/Gerhard-Schroder', says: 'Encyclopaedia Britannica: Thủ tướng Đức từ 1998 đến 2005.' },
    ],
  },
  {
    id: 'martin-schulz',
    title: 'Chủ tịch Nghị viện châu Âu (2012–2017)',
    terms: [years(2012, 2017)],
    pages: [
      { url: 'https://archive.is/oHcVh', says: 'Bản lưu (archive.is) của Wikipedia tiếng Anh: Chủ tịch Nghị viện châu Âu từ 17/1/2012 đến 17/1/2017.' },
    ],
  },
  {
    id: 'olaf-scholz',
    title: 'Thủ tướng Đức (2021–2025)',
    terms: [years(2021, 2025)],
    pages: [
      { url: 'https://www.dw.com/en/olaf-scholz/t-57304267', says: 'Deutsche Welle: được bầu làm Thủ tướng năm 2021.' },
      { url: 'https://menafn.com/1109515035/German-Parliament-Elects-Friedrich-Merz-As-New-Chancellor', says: 'MENAFN/KUNA (6/5/2025): Quốc hội Đức bầu ông Friedrich Merz làm Thủ tướng, kế nhiệm ông Olaf Scholz.' },
    ],
  },
  {
    id: 'emmanuel-macron',
    title: 'Tổng thống Pháp (từ 2017)',
    terms: [years(2017)],
    pages: [
      { url: 'https://simple.wikipedia.org/wiki/President_of_France', says: 'Wikipedia tiếng Anh giản lược (bài về chức danh): Tổng thống đương nhiệm là Emmanuel Macron, từ 14/5/2017.' },
    ],
  },
  {
    id: 'boris-johnson',
    title: 'Thủ tướng Anh (2019–2022)',
    terms: [years(2019, 2022)],
    pages: [
      { url: 'https://ekantipur.com/en/world/2024/07/23/today-in-2019-johnson-in-the-uk-37-52.html', says: 'Kantipur (7/2024): Thủ tướng Vương quốc Anh từ 24/7/2019 đến 6/9/2022.' },
    ],
  },
  {
    id: 'rishi-sunak',
    title: 'Thủ tướng Anh (2022–2024)',
    terms: [years(2022, 2024)],
    pages: [
      { url: 'https://www.vedomosti.ru/politics/news/2026/02/27/1179717-sunak-zelenskogo', says: 'Vedomosti (2/2026): Thủ tướng Anh từ tháng 10/2022 đến tháng 7/2024, kế nhiệm bà Liz Truss.' },
    ],
  },
  {
    id: 'shinzo-abe',
    title: 'Thủ tướng Nhật Bản (2006–2007, 2012–2020)',
    terms: [years(2006, 2007), years(2012, 2020)],
    pages: [
      { url: 'https://indiansvoice.co.uk/shinzo-abe-japans-longest-serving-prime-minister', says: 'Indians Voice (bài của IANS, 7/2022): Thủ tướng Nhật Bản từ 2006 đến 2007 và lại từ 2012 đến 2020.' },
    ],
  },
  {
    id: 'fumio-kishida',
    title: 'Thủ tướng Nhật Bản (2021–2024)',
    terms: [years(2021, 2024)],
    pages: [
      { url: 'https://en.m.wikipedia.org/wiki/Fumio_Kishida', says: 'Wikipedia tiếng Anh (bản lưu khi ông còn tại chức): Thủ tướng Nhật Bản từ 4/10/2021.' },
      { url: 'https://ww-w.pages.dev/0xRnVtaW9fS2lzaGlkYQ', says: 'Bản sao Wikipedia tiếng Anh (bản sau): Thủ tướng Nhật Bản từ 2021 đến 2024.' },
    ],
  },
  {
    id: 'moon-jae-in',
    title: 'Tổng thống Hàn Quốc (2017–2022)',
    terms: [years(2017, 2022)],
    pages: [
      { url: 'https://simple.m.wikipedia.org/wiki/Moon_Jae-in', says: 'Wikipedia tiếng Anh giản lược: Tổng thống Hàn Quốc từ 10/5/2017 đến 9/5/2022.' },
    ],
  },
  {
    id: 'yoon-suk-yeol',
    title: 'Tổng thống Hàn Quốc (2022–2025)',
    terms: [years(2022, 2025)],
    pages: [
      { url: 'https://www.millenniumpost.in/world/cheers-jeers-as-s-koreas-yoon-removed-as-prez-605281', says: 'Millennium Post (4/4/2025): Tòa án Hiến pháp phế truất ông, người trở thành Tổng thống năm 2022.' },
      { url: 'https://world.kbs.co.kr/service/news_view.htm?Seq_Code=103415&lang=g', says: 'KBS World: Tòa án Hiến pháp bãi nhiệm ông, có hiệu lực ngày 4/4/2025.' },
    ],
  },
  {
    id: 'kim-jong-un',
    title: 'Lãnh đạo Triều Tiên (từ 2011)',
    terms: [years(2011)],
    pages: [
      { url: 'https://www.thetimes.co.uk/topic/kim-jong-un', says: 'The Times: lãnh đạo tối cao Triều Tiên, kế nhiệm cha là Kim Jong-il khi ông này mất vào tháng 12/2011.' },
    ],
  },
  {
    id: 'narendra-modi',
    title: 'Thủ tướng Ấn Độ (từ 2014)',
    terms: [years(2014)],
    pages: [
      { url: 'https://www.jansatta.com/about/pm-narendra-modi', says: 'Jansatta: lần đầu làm Thủ tướng năm 2014, tuyên thệ nhiệm kỳ thứ ba ngày 9/6/2024.' },
    ],
  },
  {
    id: 'recep-tayyip-erdogan',
    title: 'Tổng thống Thổ Nhĩ Kỳ (từ 2014)',
    terms: [years(2014)],
    pages: [
      { url: 'http://www.bbc.com/news/world-europe-17992010', says: 'BBC (8/2015): tuyên thệ nhậm chức Tổng thống tháng 8/2014, sau 12 năm làm Thủ tướng.' },
    ],
  },
  {
    id: 'hun-sen',
    title: 'Thủ tướng Campuchia (1985–2023)',
    terms: [years(1985, 2023)],
    pages: [
      { url: 'http://www.theasian.asia/archives/181085', says: 'The AsiaN (7/2023): Thủ tướng từ 14/1/1985 đến 22/8/2023, khi con trai Hun Manet kế nhiệm.' },
    ],
  },
  {
    id: 'lee-hsien-loong',
    title: 'Thủ tướng Singapore (2004–2024)',
    terms: [years(2004, 2024)],
    pages: [
      { url: 'http://www.nationthailand.com/blogs/news/world/40037996', says: 'The Nation Thailand (13/5/2024): Thủ tướng Singapore từ năm 2004, đệ đơn từ chức để chính phủ mới của ông Lawrence Wong nhậm chức ngày 15/5/2024.' },
    ],
  },
  {
    id: 'justin-trudeau',
    title: 'Thủ tướng Canada (2015–2025)',
    terms: [years(2015, 2025)],
    pages: [
      { url: 'https://www.indy100.com/politics/mark-carney-justin-trudeau-canada-election', says: 'indy100 (10/3/2025): ông làm Thủ tướng từ năm 2015, đảng Tự do đã chọn ông Mark Carney kế nhiệm.' },
      { url: 'https://en.dailypakistan.com.pk/14-Mar-2025/mark-carney-sworn-in-as-canadas-prime-minister', says: 'Daily Pakistan (14/3/2025): ông Carney tuyên thệ nhậm chức Thủ tướng, khép lại gần mười năm cầm quyền của ông Trudeau.' },
    ],
  },
  {
    id: 'ursula-von-der-leyen',
    title: 'Chủ tịch Ủy ban châu Âu (từ 2019)',
    terms: [years(2019)],
    pages: [
      { url: 'https://commission.europa.eu/about/organisation/president/about-president_en', says: 'Trang chính thức của Ủy ban châu Âu: Chủ tịch Ủy ban từ năm 2019, được bầu nhiệm kỳ thứ hai đến 2029.' },
    ],
  },
  {
    id: 'antonio-guterres',
    title: 'Tổng Thư ký Liên Hợp Quốc (từ 2017)',
    terms: [years(2017)],
    pages: [
      { url: 'https://media.un.org/photo/en/collections/leadership/antonio-guterres-portugal-term-office-2017-present', says: 'Liên Hợp Quốc (trang chính thức): Tổng Thư ký thứ chín, nhậm chức ngày 1/1/2017, được bổ nhiệm nhiệm kỳ hai kéo dài đến 2026.' },
    ],
  },
  {
    id: 'joko-widodo',
    title: 'Tổng thống Indonesia (2014–2024)',
    terms: [years(2014, 2024)],
    pages: [
      { url: 'https://simple.wikipedia.org/wiki/President_of_Indonesia', says: 'Wikipedia tiếng Anh giản lược (bài về chức danh): Tổng thống từ 20/10/2014.' },
      { url: 'https://menafn.com/1108800048/Prabowo-Subianto-Sworn-In-As-Indonesian-President', says: 'MENAFN/Antara (21/10/2024): ông Prabowo tuyên thệ ngày 20/10/2024, kế nhiệm ông Joko Widodo sau mười năm cầm quyền.' },
    ],
  },
  {
    id: 'antony-blinken',
    title: 'Ngoại trưởng Hoa Kỳ (2021–2025)',
    terms: [years(2021, 2025)],
    pages: [
      { url: 'https://review.clateway.com/wiki/view_html.php?q=Antony_Blinken&sq=Qlik', says: 'Bản sao Wikipedia tiếng Anh: Ngoại trưởng thứ 71, nhậm chức ngày 26/1/2021.' },
      { url: 'https://www.nbcphiladelphia.com/news/national-international/marco-rubio-trump-secretary-of-state/4084227/', says: 'NBC Philadelphia/AP (21/1/2025): ông Marco Rubio tuyên thệ nhậm chức, thay ông Blinken.' },
    ],
  },
  // Phạm Gia Khiêm's 'Phó Thủ tướng (1997–2011)' has no entry, so it stays unverified: the German Wikipedia copy
  // cited below gives the start (10/1997), and no page found gives the end year (searched in session 5: Vietnamese
  // and English biographies, the lists of deputy prime ministers, the 2011 and 2013 cabinet changes). Pages on
  // Phạm Bình Minh name Khiêm as his predecessor both as Foreign Minister (Minh from 3/8/2011) and as Phó Thủ
  // tướng (Minh from 11/2013), which does not date the end of Khiêm's Phó Thủ tướng post. Searched again in session
  // 6 (pages, docs, find_string): his biography and term in Vietnamese and English; the lists of deputy prime
  // ministers (vi.wikipedia 'Danh sách Phó Thủ tướng Việt Nam', en.wikipedia 'Deputy Prime Minister of Vietnam' and
  // copies: the parts read stop before his row); the 2014 Huân chương Hồ Chí Minh reports (baoquangnam.vn,
  // baogialai.com.vn, plo.vn), the Huy hiệu Đảng report (vietnam.vn) and Dân trí's report of a Japanese order given
  // to him (a 11/6 with 2013 still ahead), which call him 'nguyên Phó Thủ tướng' with no years; the August 2011 and
  // later cabinet reports. None states when the post ended. Searched again in session 7 (pages, docs, code corpora;
  // find_string on 'Phạm Gia Khiêm', 'Pham Gia Khiem', 'Gia Khiêm (1997', 'Phó Thủ tướng Chính phủ (1997'): 'Phạm Gia
  // Khiêm Phó Thủ tướng 1997 2011', 'Pham Gia Khiem Deputy Prime Minister 1997 2011', his infobox ('In office',
  // 'Nhiệm kỳ', 'Kế nhiệm'), the National Assembly's 2011 approvals (Nghị quyết 04/2011/QH13) and a 'miễn nhiệm' of
  // him in 8/2011, 'nguyên Phó Thủ tướng giai đoạn 1997-2011': the lists of deputy prime ministers (en and vi
  // Wikipedia, wikizero, wikimili, worddisk, an IPFS copy) again stop before his row; the other pages are the 2013
  // appointments of Phạm Bình Minh and Vũ Đức Đam, the German copy above (start only), and files naming other people.
  // Searched again in session 10 (about 45 pages/docs queries in Vietnamese, English, French, Chinese and Japanese;
  // find_string again): still no page states the end. What the pages do state, without naming his end: vir.com.vn
  // (20/7/2011) and en.vietnamplus.vn report him as Phó Thủ tướng kiêm Bộ trưởng Ngoại giao at the ASEAN meeting of
  // 19/7/2011; vietnamnet.vn (2/8/2011) and a copy of a 3/8/2011 report (caosukythuat.net) list the new
  // government's four Phó Thủ tướng (Hoàng Trung Hải, Nguyễn Thiện Nhân, Nguyễn Xuân Phúc, Vũ Văn Ninh), without
  // him; febnet.cocolog-nifty.com (29/4/2012) and Dân trí call him a former Phó Thủ tướng. The end year would
  // follow from these only by deduction, not from a page's own words, so the line stays unverified. The Nikkei
  // speaker page (nikkei.co.jp, 2007) dates his promotion to Phó Thủ tướng 9/1997 (the German copy: 10/1997).
  {
    id: 'pham-gia-khiem',
    title: 'Bộ trưởng Bộ Ngoại giao (2006–2011)',
    terms: [years(2006, 2011)],
    pages: [
      { url: 'https://de.wiki.li/Ph%E1%BA%A1m_Gia_Khi%C3%AAm', says: 'Bản sao Wikipedia tiếng Đức: kiêm Bộ trưởng Ngoại giao từ 28/6/2006.' },
      { url: 'https://defzone.net/wiki/vi/Ph%E1%BA%A1m_B%C3%ACnh_Minh', says: 'Bản sao Wikipedia tiếng Việt (bài Phạm Bình Minh): ông Minh kế nhiệm ông Khiêm làm Bộ trưởng Ngoại giao từ 3/8/2011.' },
    ],
  },
  {
    id: 'nguyen-dy-nien',
    title: 'Bộ trưởng Bộ Ngoại giao (2000–2006)',
    terms: [years(2000, 2006)],
    pages: [
      { url: 'https://vietnamnet.vn/vn/tuanvietnam/tieudiem/bac-ho-trong-trai-tim-nguyen-bo-truong-ngoai-giao-nguyen-dy-nien-792720.html', says: 'VietNamNet (11/2021): giữ chức Bộ trưởng Ngoại giao từ tháng 2/2000 đến tháng 6/2006.' },
    ],
  },
  {
    id: 'barack-obama',
    title: 'Tổng thống Hoa Kỳ (2009–2017)',
    terms: [years(2009, 2017)],
    pages: [
      { url: 'https://simple.m.wikipedia.org/wiki/Barack_Obama', says: 'Wikipedia tiếng Anh đơn giản: Tổng thống thứ 44 từ 20/1/2009 đến 20/1/2017.' },
    ],
  },
  {
    id: 'vu-van-ninh',
    title: 'Phó Thủ tướng (2011–2016)',
    terms: [years(2011, 2016)],
    pages: [
      { url: 'https://mgronline.com/indochina/detail/9560000020881', says: 'Manager Online (Thái Lan, 2013): ông được bổ nhiệm Phó Thủ tướng tháng 8/2011 sau khi lập chính phủ mới.' },
      { url: 'https://e.vnexpress.net/news/news/vietnamese-legislators-approve-two-deputy-prime-ministers-and-several-ministers-to-step-down-3383610.html', says: 'VnExpress International (8/4/2016): Quốc hội chấp thuận cho Phó Thủ tướng Vũ Văn Ninh thôi chức.' },
    ],
  },
  {
    id: 'trinh-dinh-dung',
    title: 'Phó Thủ tướng (2016–2021)',
    terms: [years(2016, 2021)],
    pages: [
      { url: 'https://e.vnexpress.net/news/news/pm-nguyen-xuan-phuc-nominates-new-cabinet-3383758.html', says: 'VnExpress International (8/4/2016): được Thủ tướng đề cử làm Phó Thủ tướng.' },
      { url: 'https://www.talkvietnam.org/2021/04/pm-chinh-presents-nominations-for-new-cabinet-members-to-national-assembly/', says: 'talkvietnam/VNS (7/4/2021): được miễn nhiệm chức Phó Thủ tướng trong ngày.' },
    ],
  },
  {
    id: 'dinh-tien-dung',
    title: 'Bộ trưởng Bộ Tài chính (2013–2021)',
    terms: [years(2013, 2021)],
    pages: [
      { url: 'https://24hbinhphuoc.com.vn/bo-chinh-tri-phan-cong-bo-truong-dinh-tien-dung-lam-bi-thu-ha-noi-thay-ong-vuong-dinh-hue', says: '24h Bình Phước (theo Dân Việt, 4/2021): Bộ trưởng Tài chính từ tháng 5/2013, đang giữ chức khi được phân công làm Bí thư Thành ủy Hà Nội.' },
      { url: 'https://sggpnews.org.vn/national/na-approves-appointment-of-12-new-ministers-govt-members-91620.html', says: 'SGGP (8/4/2021): Quốc hội phê chuẩn ông Hồ Đức Phớc làm Bộ trưởng Tài chính.' },
    ],
  },
  {
    id: 'le-minh-khai',
    title: 'Phó Thủ tướng (2021–2024)',
    terms: [years(2021, 2024)],
    pages: [
      { url: 'https://giaoduc.net.vn/tieu-diem/chan-dung-pho-thu-tuong-chinh-phu-le-minh-khai-post216924.gd', says: 'Giáo dục Việt Nam/TTXVN: Quốc hội phê chuẩn bổ nhiệm Phó Thủ tướng ngày 8/4/2021.' },
      { url: 'https://phapluatphattrien.vn/quoc-hoi-phe-chuan-mien-nhiem-chuc-vu-pho-thu-tuong-doi-voi-ong-le-minh-khai-d1069.html', says: 'Pháp luật & Phát triển (27/8/2024): Quốc hội phê chuẩn miễn nhiệm chức Phó Thủ tướng ngày 26/8/2024.' },
    ],
  },
  {
    id: 'hoang-trung-hai',
    title: 'Phó Thủ tướng (2007–2016)',
    terms: [years(2007, 2016)],
    pages: [
      { url: 'https://en.wikipedia.org/wiki/Ho%C3%A0ng_Trung_H%E1%BA%A3i', says: 'Phó Thủ tướng từ 27/8/2007 đến 8/4/2016.' },
    ],
  },
  {
    id: 'joe-biden',
    title: 'Tổng thống Hoa Kỳ (2021–2025)',
    terms: [years(2021, 2025)],
    pages: [
      { url: 'https://thisdaystory.com/November-7/joe-biden-is-confirmed-elected-as-the-46th-president-of-the-united-states-defeating-incumbent-donald-trump', says: 'thisdaystory (chép theo Wikipedia): nhiệm kỳ Tổng thống thứ 46 bắt đầu ngày 20/1/2021 và kết thúc ngày 20/1/2025.' },
    ],
  },
  {
    id: 'ho-duc-phoc',
    title: 'Bộ trưởng Bộ Tài chính (2021–2024)',
    terms: [years(2021, 2024)],
    pages: [
      { url: 'https://plo.vn/ong-ho-duc-phoc-duoc-phe-chuan-lam-pho-thu-tuong-chinh-phu-post806989.html', says: 'Pháp Luật TP.HCM (26/8/2024): được phê chuẩn làm Bộ trưởng Tài chính tháng 4/2021, nay thêm chức Phó Thủ tướng.' },
      { url: 'https://lite.baomoi.com/trinh-quoc-hoi-mien-nhiem-bo-truong-bo-tai-chinh-bo-truong-bo-gtvt-c50837448.epi', says: 'Báo Mới (27/11/2024): Thủ tướng trình Quốc hội miễn nhiệm chức Bộ trưởng Tài chính mà Phó Thủ tướng Hồ Đức Phớc đang kiêm.' },
    ],
  },
  {
    id: 'nguyen-thi-doan',
    title: 'Phó Chủ tịch nước (2007–2016)',
    terms: [years(2007, 2016)],
    pages: [
      { url: 'https://vietnamnet.vn/tieu-su-cua-nu-pho-chu-tich-nuoc-tre-nhat-tu-truoc-toi-nay-725306.html', says: 'VietNamNet (điểm lại các nữ Phó Chủ tịch nước): bà giữ chức Phó Chủ tịch nước từ 2007 đến 2016.' },
    ],
  },
  {
    id: 'nguyen-van-giau',
    title: 'Thống đốc Ngân hàng Nhà nước (2007–2011)',
    terms: [years(2007, 2011)],
    pages: [
      { url: 'https://vneconomy.vn/ong-nguyen-van-giau-vi-tri-doi-trach-nhiem-khong-doi.htm', says: 'VnEconomy: làm Thống đốc từ tháng 8/2007, sau bốn năm thì chuyển sang Quốc hội khóa XIII.' },
      { url: 'http://cogitasia.com/the-leaderboard-nguyen-van-binh/', says: 'CogitAsia: người kế nhiệm, ông Nguyễn Văn Bình, trở thành Thống đốc năm 2011.' },
    ],
  },
];
