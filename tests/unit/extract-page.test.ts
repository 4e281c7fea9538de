import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/corpus/extract-page';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const PAGE = `<!doctype html><html lang="vi"><head><title>Báo X - Tin đối ngoại</title>
<meta property="og:site_name" content="baoquocte.vn">
<meta property="article:published_time" content="2021-01-11T08:30:00+07:00"></head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a> Phó Thủ tướng Phạm Bình Minh nói chuyện dài dòng ở menu</nav></header>
<main><article>
<h1>Hội nghị tổng kết công tác năm 2020 của Bộ Ngoại giao</h1>
<p class="sapo">Ngày 11/1, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác năm 2020, phương hướng nhiệm vụ năm 2021.</p>
<figure><img src="a.jpg"><figcaption>Phó Thủ tướng Phạm Bình Minh phát biểu. (Ảnh: TTXVN)</figcaption></figure>
<div class="body"><p>Phó Thủ tướng, Bộ trưởng Phạm Bình Minh đề nghị Bộ Ngoại giao theo dõi sát tình hình Biển Đông.</p>
<p>Các hiệp định thương mại tự do thế hệ mới như EVFTA và CPTPP được triển khai hiệu quả trong năm qua.</p>
<div class="box-tinlienquan"><p>Tin liên quan: Thủ tướng Phạm Minh Chính tiếp Đại sứ các nước tại Hà Nội hôm nay</p></div>
<p>Tin khác</p>
<p>Bài này không thuộc bài viết: danh sách tin sau dòng “Tin khác” là tin của trang.</p>
</div></article></main>
<aside><p>Đọc nhiều: Hiệp định RCEP có hiệu lực từ ngày 1/1/2022 với mười nước thành viên.</p></aside>
<footer><p>Bản quyền thuộc về báo X, mọi hình thức sao chép phải ghi rõ nguồn.</p></footer>
</body></html>`;

describe('extractArticle', () => {
  it('keeps the article body and its captions, drops menus, related links, asides, footers and what follows "Tin khác"', () => {
    const a = extractArticle(parse(PAGE), 'https://baoquocte.vn/hoi-nghi.html');
    expect(a.title).toBe('Hội nghị tổng kết công tác năm 2020 của Bộ Ngoại giao');
    expect(a.source).toBe('baoquocte.vn');
    expect(a.date).toBe('2021-01-11');
    expect(a.blocks).toEqual([
      { role: 'paragraph', text: 'Ngày 11/1, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác năm 2020, phương hướng nhiệm vụ năm 2021.' },
      { role: 'caption', text: 'Phó Thủ tướng Phạm Bình Minh phát biểu. (Ảnh: TTXVN)' },
      { role: 'paragraph', text: 'Phó Thủ tướng, Bộ trưởng Phạm Bình Minh đề nghị Bộ Ngoại giao theo dõi sát tình hình Biển Đông.' },
      { role: 'paragraph', text: 'Các hiệp định thương mại tự do thế hệ mới như EVFTA và CPTPP được triển khai hiệu quả trong năm qua.' },
    ]);
  });

  it('falls back to the hostname and a dd/mm/yyyy date in the text', () => {
    const a = extractArticle(
      parse(`<html><body><div class="date">Thứ hai, 06/01/2025 10:00</div><div><p>Thủ tướng Phạm Minh Chính phát biểu tại Hội nghị tổng kết ngành ngoại giao.</p></div></body></html>`),
      'https://www.example.vn/x',
    );
    expect(a).toMatchObject({ source: 'example.vn', date: '2025-01-06' });
    expect(a.blocks).toHaveLength(1);
  });

  it('reads the dateline Vietnamese sites print, and dates in URLs', () => {
    const body = '<p>Thủ tướng yêu cầu xử nghiêm cán bộ vi phạm nồng độ cồn khi tham gia giao thông.</p>';
    expect(extractArticle(parse(`<html><body><article>${body}<p>Thứ Ba, 17/09/2024 - 19:25</p></article></body></html>`), 'https://vietnamnet.vn/a').date).toBe('2024-09-17');
    expect(extractArticle(parse(`<html><body><article>${body}</article></body></html>`), 'https://dantri.com.vn/the-gioi/bai-20221224190411575.htm').date).toBe('2022-12-24');
    expect(extractArticle(parse(`<html><body><article>${body}</article></body></html>`), 'https://x.vn/2024/06/02/bai.html').date).toBe('2024-06-02');
    expect(extractArticle(parse(`<html><body><article>${body}</article></body></html>`), 'https://x.vn/bai-123.html').date).toBeNull();
  });
});
