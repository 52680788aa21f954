import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownBlocks } from '../../../renderer/src/kiosk/article/Markdown';
import { blocksToLines, inlineText, parseInline, parseMarkdown } from '../../../renderer/src/kiosk/article/markdown';

const render = (source: string) =>
  renderToStaticMarkup(createElement(MarkdownBlocks, { blocks: parseMarkdown(source) }));

describe('parseMarkdown', () => {
  it('reads the article subset: headings, paragraphs, bullets, numbered lists and bold', () => {
    const source = [
      'Calo atau sponsor **dilarang** menempatkan PMI.',
      'Hukumannya penjara.',
      '',
      '## Ciri-ciri',
      '',
      '- **Datang ke rumah.** Menjanjikan gaji tinggi.',
      '- Minta uang dulu.',
      '',
      '### Jika ditawari',
      '1. Jangan bayar.',
      '2. Catat nama.',
    ].join('\n');
    expect(render(source)).toBe(
      '<p>Calo atau sponsor <strong>dilarang</strong> menempatkan PMI. Hukumannya penjara.</p>' +
        '<h2 class="kiosk-md-h2">Ciri-ciri</h2>' +
        '<ul><li><strong>Datang ke rumah.</strong> Menjanjikan gaji tinggi.</li><li>Minta uang dulu.</li></ul>' +
        '<h3 class="kiosk-md-h3">Jika ditawari</h3>' +
        '<ol><li>Jangan bayar.</li><li>Catat nama.</li></ol>',
    );
  });

  it('never turns article text into HTML: tags and entities come out as text', () => {
    const html = render('<script>alert(1)</script> and <img src=x onerror=alert(1)>\n\n- <b>bold?</b> &amp;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&amp;amp;');
  });

  it('keeps the words of links and images but never a URL or a picture', () => {
    const html = render('Cek di [SISKOP2MI](javascript:alert(1)) atau ![foto kantor](http://example.invalid/x.png).');
    expect(html).toBe('<p>Cek di SISKOP2MI atau foto kantor.</p>');
  });

  it('joins continuation lines into the list item above them', () => {
    const blocks = parseMarkdown('- Bawa KTP\n  dan fotokopinya.\n- Bawa KK\n\nSelesai.');
    expect(blocks.map((b) => b.kind)).toEqual(['list', 'paragraph']);
    expect(blocksToLines(blocks)).toEqual(['Bawa KTP dan fotokopinya.', 'Bawa KK', 'Selesai.']);
  });

  it('keeps a numbered list that starts later than 1, and separates bullet from numbered lists', () => {
    const blocks = parseMarkdown('3. Tiga\n4. Empat\n- Titik');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ kind: 'list', ordered: true, start: 3 });
    expect(blocks[1]).toMatchObject({ kind: 'list', ordered: false });
    expect(render('3. Tiga\n4. Empat')).toBe('<ol start="3"><li>Tiga</li><li>Empat</li></ol>');
  });

  it('maps every heading level under the page title: # and ## → h2, ### → h3, deeper → h4', () => {
    const levels = parseMarkdown('# A\n## B\n### C\n#### D\n###### E').map((b) => (b.kind === 'heading' ? b.level : 0));
    expect(levels).toEqual([2, 2, 3, 4, 4]);
  });

  it('drops rules and table separators, and reads quotes and table rows as text', () => {
    expect(render('> Kutipan\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |')).toBe(
      '<p>Kutipan</p><p>a   b</p><p>1   2</p>',
    );
  });

  it('handles Windows line endings and a document of only blank lines', () => {
    expect(render('Satu\r\ndua\r\n\r\n- tiga')).toBe('<p>Satu dua</p><ul><li>tiga</li></ul>');
    expect(parseMarkdown('\n\n  \n')).toEqual([]);
  });

  it('gives every block, item and inline a unique key', () => {
    const blocks = parseMarkdown('A **b** *c*\n\n- x\n- **y**\n\n## H');
    const keys: string[] = [];
    for (const b of blocks) {
      keys.push(b.key);
      const items = b.kind === 'list' ? b.items : [{ key: `${b.key}/content`, content: b.content }];
      for (const item of items) {
        keys.push(item.key);
        const walk = (nodes: typeof item.content) => {
          for (const n of nodes) {
            keys.push(n.key);
            if (n.kind !== 'text') walk(n.children);
          }
        };
        walk(item.content);
      }
    }
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('parseInline', () => {
  it('reads bold with ** or __ and italic with * or _', () => {
    expect(parseInline('a **b** __c__ *d* _e_')).toMatchObject([
      { kind: 'text', text: 'a ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'b' }] },
      { kind: 'text', text: ' ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'c' }] },
      { kind: 'text', text: ' ' },
      { kind: 'em', children: [{ kind: 'text', text: 'd' }] },
      { kind: 'text', text: ' ' },
      { kind: 'em', children: [{ kind: 'text', text: 'e' }] },
    ]);
  });

  it('leaves stray marks alone: arithmetic, snake_case words, an unclosed **', () => {
    expect(inlineText(parseInline('2 * 3 * 4'))).toBe('2 * 3 * 4');
    expect(parseInline('kode_wilayah_desa')).toEqual([{ kind: 'text', key: '', text: 'kode_wilayah_desa' }]);
    expect(inlineText(parseInline('**belum ditutup'))).toBe('**belum ditutup');
  });

  it('honours backslash escapes and code spans as plain text', () => {
    expect(inlineText(parseInline('\\*bukan miring\\* dan `**kode**`'))).toBe('*bukan miring* dan **kode**');
  });
});

describe('the shipped articles', () => {
  const dir = path.resolve(__dirname, '../../../resources/content/articles');
  const files = readdirSync(dir).flatMap((lang) =>
    readdirSync(path.join(dir, lang)).map((f) => path.join(dir, lang, f)),
  );

  it('all render with no Markdown marks left in the text', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const file of files) {
      const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const blocks = parseMarkdown(body);
      expect(blocks.length, file).toBeGreaterThan(0);
      for (const line of blocksToLines(blocks)) {
        expect(line, file).not.toMatch(/\*\*|^#|^- |\]\(/);
      }
    }
  });
});
