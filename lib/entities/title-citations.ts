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
      { url: 'https://baobinhduong.vn/en/deputy-prime-minister-named-hanoi-party-leader-a136240.html', says: 'Báo Bình Dương/TTXVN (5/2/2016): Phó Thủ tướng Hoàng Trung Hải được cử làm Bí thư Thành ủy Hà Nội nhiệm kỳ 2015–2020.' },
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
];
