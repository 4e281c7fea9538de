// Generated Vietnamese news pages of a given size, with the mentions a real
// foreign-affairs article has (about one in four paragraphs names something).

const SENTENCES = [
  'Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh khẳng định công tác đối ngoại năm qua đã đạt nhiều kết quả quan trọng.',
  'Các đại biểu thảo luận về việc thực thi hiệu quả Hiệp định CPTPP và Hiệp định EVFTA trong bối cảnh mới.',
  'Theo Nghị định 13/2023/NĐ-CP, các cơ quan cần bảo đảm an toàn dữ liệu cá nhân của người dân.',
  'Thủ tướng Phạm Minh Chính đề nghị các bộ, ngành tiếp tục triển khai Nghị quyết Đại hội XIII của Đảng.',
  'Năm nay, thời tiết tại nhiều địa phương diễn biến phức tạp, mưa lớn kéo dài gây ngập úng cục bộ.',
  'Người dân đến chợ từ sáng sớm để mua thực phẩm, rau xanh và hoa quả cho gia đình.',
  'Giá xăng dầu trong nước được điều chỉnh theo diễn biến của thị trường thế giới vào chiều thứ năm.',
  'Đội tuyển bóng đá quốc gia đã có buổi tập đầu tiên trên sân vận động Mỹ Đình chuẩn bị cho giải đấu.',
  'Các trường học đã hoàn tất công tác tuyển sinh, sẵn sàng cho năm học mới với nhiều đổi mới.',
  'Doanh nghiệp xuất khẩu thủy sản kỳ vọng thị trường châu Âu sẽ phục hồi trong những tháng cuối năm.',
  'Hội nghị nhấn mạnh yêu cầu hoà bình, ổn định và hợp tác cùng phát triển trong khu vực.',
  'Các chuyên gia cho rằng cần đầu tư mạnh hơn nữa vào hạ tầng giao thông và năng lượng sạch.',
];

/** The same page with its paragraphs joined into one paragraph of one text node (a whole article in one node). */
export function generateOneNodePage(bytes: number): string {
  const page = generateArticlePage(bytes);
  const texts = [...page.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]);
  return page.replace(/<article>[\s\S]*<\/article>/, `<article><p>${texts.join(' ')}</p></article>`);
}

export function generateArticlePage(bytes: number, lang: 'vi' | 'en' = 'vi'): string {
  const paragraphs: string[] = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const p =
      lang === 'vi'
        ? `<p>${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i * 7 + 3) % SENTENCES.length]} ${SENTENCES[(i * 5 + 4) % SENTENCES.length]}</p>`
        : `<p>Paragraph ${i}: the minister met his counterparts to discuss trade, energy and the climate agenda for the coming year, with CPTPP on the table.</p>`;
    paragraphs.push(p);
    size += Buffer.byteLength(p);
    i++;
  }
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bench</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:900px;margin:0 auto;padding:8px}</style></head>
<body><header><h1>Tin tức</h1></header><main><article>${paragraphs.join('\n')}</article></main></body></html>`;
}
