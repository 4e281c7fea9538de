// Officials a reader of Vietnamese foreign-affairs and government news meets:
// Party and State leaders, ministers, and foreign heads of state and ministers.
// Each title line says the post and the years it was held. They were first
// written from general knowledge; where a public page states the post, the
// line gives that page's years and the catalog cites it (title-citations.ts);
// the others are marked unverified (title-sources.ts).

import type { Entity } from './types';

const slug = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '-');

function official(name: string, titles: string[], extraAliases: string[] = []): Entity {
  return {
    id: slug(name),
    kind: 'official',
    name,
    aliases: [name, ...extraAliases],
    description: titles.join('; ') + '.',
    titles,
  };
}

export const vietnameseOfficials: Entity[] = [
  official('Lê Duẩn', ['Bí thư thứ nhất, Tổng Bí thư Ban Chấp hành Trung ương Đảng (1960–1986)']),
  official('Trường Chinh', ['Tổng Bí thư (1941–1956, 1986)', 'Chủ tịch Hội đồng Nhà nước (1981–1987)']),
  official('Nguyễn Văn Linh', ['Tổng Bí thư (1986–1991)']),
  official('Đỗ Mười', ['Chủ tịch Hội đồng Bộ trưởng (1988–1991)', 'Tổng Bí thư (1991–1997)']),
  official('Lê Khả Phiêu', ['Tổng Bí thư (1997–2001)']),
  official('Nông Đức Mạnh', ['Chủ tịch Quốc hội (1992–2001)', 'Tổng Bí thư (2001–2011)']),
  official('Phạm Văn Đồng', ['Thủ tướng Chính phủ (1955–1987)']),
  official('Võ Nguyên Giáp', ['Đại tướng, Bộ trưởng Bộ Quốc phòng (1946–1947, 1948–1980)', 'Phó Thủ tướng (1955–1991)']),
  official('Võ Văn Kiệt', ['Thủ tướng Chính phủ (1991–1997)']),
  official('Phan Văn Khải', ['Thủ tướng Chính phủ (1997–2006)']),
  official('Nguyễn Tấn Dũng', ['Thủ tướng Chính phủ (2006–2016)']),
  official('Trần Đức Lương', ['Chủ tịch nước (1997–2006)']),
  official('Nguyễn Minh Triết', ['Chủ tịch nước (2006–2011)']),
  official('Trương Tấn Sang', ['Chủ tịch nước (2011–2016)']),
  official('Trần Đại Quang', ['Bộ trưởng Bộ Công an (2011–2016)', 'Chủ tịch nước (2016–2018)']),
  official('Võ Văn Thưởng', ['Chủ tịch nước (2023–2024)']),
  official('Lương Cường', ['Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam (2016–2024)', 'Chủ tịch nước (từ 2024)']),
  official('Nguyễn Văn An', ['Chủ tịch Quốc hội (2001–2006)']),
  official('Nguyễn Sinh Hùng', ['Phó Thủ tướng (2006–2011)', 'Chủ tịch Quốc hội (2011–2016)']),
  official('Nguyễn Thị Kim Ngân', ['Chủ tịch Quốc hội (2016–2021)']),
  official('Trần Thanh Mẫn', ['Chủ tịch Quốc hội (từ 2024)']),
  official('Nguyễn Thị Doan', ['Phó Chủ tịch nước (2007–2016)']),
  official('Đặng Thị Ngọc Thịnh', ['Phó Chủ tịch nước (2016–2021)']),
  official('Võ Thị Ánh Xuân', ['Phó Chủ tịch nước (từ 2021)']),
  official('Nguyễn Mạnh Cầm', ['Bộ trưởng Bộ Ngoại giao (1991–2000)', 'Phó Thủ tướng (1997–2002)']),
  official('Nguyễn Dy Niên', ['Bộ trưởng Bộ Ngoại giao (2000–2006)']),
  official('Phạm Gia Khiêm', ['Phó Thủ tướng (1997–2011)', 'Bộ trưởng Bộ Ngoại giao (2006–2011)']),
  official('Lê Hoài Trung', ['Thứ trưởng Bộ Ngoại giao (2010–2021)', 'Trưởng Ban Đối ngoại Trung ương (2021–2025)', 'Bộ trưởng Bộ Ngoại giao (từ 2025)']),
  official('Hoàng Trung Hải', ['Phó Thủ tướng (2007–2016)', 'Bí thư Thành ủy Hà Nội (2016–2020)']),
  official('Nguyễn Thiện Nhân', ['Phó Thủ tướng (2007–2013)']),
  official('Vũ Văn Ninh', ['Phó Thủ tướng (2011–2016)']),
  official('Vũ Đức Đam', ['Phó Thủ tướng (2013–2023)']),
  official('Trương Hòa Bình', ['Phó Thủ tướng thường trực (2016–2021)']),
  official('Trịnh Đình Dũng', ['Phó Thủ tướng (2016–2021)']),
  official('Lê Minh Khái', ['Tổng Thanh tra Chính phủ (2017–2021)', 'Phó Thủ tướng (2021–2024)']),
  official('Lê Văn Thành', ['Phó Thủ tướng (2021–2023)']),
  official('Trần Hồng Hà', ['Bộ trưởng Bộ Tài nguyên và Môi trường (2016–2023)', 'Phó Thủ tướng (từ 2023)']),
  official('Trần Lưu Quang', ['Phó Thủ tướng (2023–2024)']),
  official('Nguyễn Hòa Bình', ['Chánh án Tòa án nhân dân tối cao (2016–2024)', 'Phó Thủ tướng thường trực (từ 2024)']),
  official('Hồ Đức Phớc', ['Bộ trưởng Bộ Tài chính (2021–2024)', 'Phó Thủ tướng (từ 2024)']),
  official('Mai Tiến Dũng', ['Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ (2016–2021)']),
  official('Trần Văn Sơn', ['Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ (từ 2021)']),
  official('Vũ Huy Hoàng', ['Bộ trưởng Bộ Công Thương (2011–2016)']),
  official('Trần Tuấn Anh', ['Bộ trưởng Bộ Công Thương (2016–2021)', 'Trưởng Ban Kinh tế Trung ương (2021–2024)']),
  official('Nguyễn Hồng Diên', ['Bộ trưởng Bộ Công Thương (2021–2025)']),
  official('Nguyễn Chí Dũng', ['Bộ trưởng Bộ Kế hoạch và Đầu tư (2016–2025)', 'Phó Thủ tướng (từ 2025)']),
  official('Đinh Tiến Dũng', ['Bộ trưởng Bộ Tài chính (2013–2021)', 'Bí thư Thành ủy Hà Nội (2021–2024)']),
  official('Phùng Quang Thanh', ['Bộ trưởng Bộ Quốc phòng (2006–2016)']),
  official('Ngô Xuân Lịch', ['Bộ trưởng Bộ Quốc phòng (2016–2021)']),
  official('Phan Văn Giang', ['Bộ trưởng Bộ Quốc phòng (từ 2021)']),
  official('Lương Tam Quang', ['Bộ trưởng Bộ Công an (từ 2024)']),
  official('Nguyễn Văn Bình', ['Thống đốc Ngân hàng Nhà nước (2011–2016)']),
  official('Lê Minh Hưng', ['Thống đốc Ngân hàng Nhà nước (2016–2020)']),
  official('Nguyễn Thị Hồng', ['Thống đốc Ngân hàng Nhà nước (từ 2020)']),
];

export const foreignOfficials: Entity[] = [
  official('Joe Biden', ['Phó Tổng thống Hoa Kỳ (2009–2017)', 'Tổng thống Hoa Kỳ (2021–2025)'], ['Biden']),
  official('Donald Trump', ['Tổng thống Hoa Kỳ (2017–2021, từ 2025)'], ['Trump']),
  official('Barack Obama', ['Tổng thống Hoa Kỳ (2009–2017)'], ['Obama']),
  official('Nancy Pelosi', ['Chủ tịch Hạ viện Hoa Kỳ (2007–2011, 2019–2023)'], ['Pelosi']),
  official('Antony Blinken', ['Ngoại trưởng Hoa Kỳ (2021–2025)'], ['Blinken']),
  official('Mike Pompeo', ['Ngoại trưởng Hoa Kỳ (2018–2021)'], ['Pompeo']),
  official('Vladimir Putin', ['Tổng thống Nga (2000–2008, từ 2012)', 'Thủ tướng Nga (1999–2000, 2008–2012)'], ['Putin']),
  official('Sergei Lavrov', ['Ngoại trưởng Nga (từ 2004)'], ['Sergey Lavrov', 'Lavrov']),
  official('Volodymyr Zelensky', ['Tổng thống Ukraine (từ 2019)'], ['Zelensky', 'Volodymyr Zelenskyy', 'Zelenskyy']),
  official('Tập Cận Bình', ['Tổng Bí thư Đảng Cộng sản Trung Quốc (từ 2012)', 'Chủ tịch nước Trung Quốc (từ 2013)']),
  official('Lý Khắc Cường', ['Thủ tướng Trung Quốc (2013–2023)']),
  official('Vương Nghị', ['Ngoại trưởng Trung Quốc (2013–2022, từ 2023)']),
  official('Angela Merkel', ['Thủ tướng Đức (2005–2021)'], ['Merkel']),
  official('Gerhard Schröder', ['Thủ tướng Đức (1998–2005)']),
  official('Olaf Scholz', ['Thủ tướng Đức (2021–2025)'], ['Scholz']),
  official('Martin Schulz', ['Chủ tịch Nghị viện châu Âu (2012–2017)']),
  official('Emmanuel Macron', ['Tổng thống Pháp (từ 2017)'], ['Macron']),
  official('Boris Johnson', ['Thủ tướng Anh (2019–2022)']),
  official('Rishi Sunak', ['Thủ tướng Anh (2022–2024)']),
  official('Shinzo Abe', ['Thủ tướng Nhật Bản (2006–2007, 2012–2020)'], ['Abe Shinzo']),
  official('Fumio Kishida', ['Thủ tướng Nhật Bản (2021–2024)'], ['Kishida Fumio', 'Kishida']),
  official('Moon Jae-in', ['Tổng thống Hàn Quốc (2017–2022)']),
  official('Yoon Suk-yeol', ['Tổng thống Hàn Quốc (2022–2025)']),
  official('Kim Jong-un', ['Lãnh đạo Triều Tiên (từ 2011)'], ['Kim Jong Un']),
  official('Narendra Modi', ['Thủ tướng Ấn Độ (từ 2014)'], ['Modi']),
  official('Recep Tayyip Erdogan', ['Tổng thống Thổ Nhĩ Kỳ (từ 2014)'], ['Erdogan']),
  official('Hun Sen', ['Thủ tướng Campuchia (1985–2023)']),
  official('Lee Hsien Loong', ['Thủ tướng Singapore (2004–2024)']),
  official('Joko Widodo', ['Tổng thống Indonesia (2014–2024)'], ['Jokowi']),
  official('Justin Trudeau', ['Thủ tướng Canada (2015–2025)']),
  official('Ursula von der Leyen', ['Chủ tịch Ủy ban châu Âu (từ 2019)']),
  official('António Guterres', ['Tổng Thư ký Liên Hợp Quốc (từ 2017)'], ['Antonio Guterres', 'Guterres']),
];
