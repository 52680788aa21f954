/**
 * The articles' Markdown subset, parsed into plain data: `#`–`######` headings, paragraphs,
 * "- " bullets, "1. " numbered lists, **bold** and *italic*. Anything else (links, images,
 * code, quotes, tables) degrades to its words. The result is rendered as React elements only
 * (Markdown.tsx), so no text from an article can ever become HTML. Pure, for unit tests.
 */

export type Inline =
  | { kind: 'text'; key: string; text: string }
  | { kind: 'strong' | 'em'; key: string; children: Inline[] };

export type Block =
  | { kind: 'heading'; key: string; level: 2 | 3 | 4; content: Inline[] }
  | { kind: 'paragraph'; key: string; content: Inline[] }
  | { kind: 'list'; key: string; ordered: boolean; start: number; items: { key: string; content: Inline[] }[] };

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?/;
const TABLE_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/;

/** `(target)` of a link or image, allowing one level of parentheses inside (URLs often have them). */
const LINK_TARGET = String.raw`\((?:[^()]|\([^()]*\))*\)`;
const IMAGE = new RegExp(`^!\\[([^\\]]*)\\]${LINK_TARGET}`);
const LINK = new RegExp(`^\\[([^\\]]*)\\]${LINK_TARGET}`);

type OpenList = { ordered: boolean; start: number; items: string[] };

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').replace(/\t/g, '  ').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: OpenList | null = null;
  // After a blank line inside a list, only an indented line continues the last item.
  let blankInList = false;

  const closeParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', key: '', content: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const closeList = () => {
    if (list) {
      blocks.push({
        kind: 'list',
        key: '',
        ordered: list.ordered,
        start: list.start,
        items: list.items.map((text) => ({ key: '', content: parseInline(text) })),
      });
    }
    list = null;
    blankInList = false;
  };
  const addItem = (ordered: boolean, start: number, text: string) => {
    closeParagraph();
    if (!list || list.ordered !== ordered) {
      closeList();
      list = { ordered, start, items: [] };
    }
    list.items.push(text.trim());
    blankInList = false;
  };

  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      closeParagraph();
      if (list) blankInList = true;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      closeParagraph();
      closeList();
      const hashes = heading[1].length;
      const level = hashes <= 2 ? 2 : hashes === 3 ? 3 : 4;
      const content = parseInline(heading[2]);
      if (content.length > 0) blocks.push({ kind: 'heading', key: '', level, content });
      continue;
    }
    if (RULE.test(line) || TABLE_RULE.test(line)) {
      closeParagraph();
      closeList();
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      addItem(false, 1, bullet[1]);
      continue;
    }
    const ordered = ORDERED.exec(line);
    if (ordered) {
      addItem(true, Number(ordered[1]), ordered[2]);
      continue;
    }
    const text = line.replace(QUOTE, '').replace(/\|/g, ' ').trim();
    const openList = list as OpenList | null;
    if (openList && (!blankInList || /^ {2,}/.test(line))) {
      // A continuation line of the last item (lazy or indented).
      const last = openList.items.length - 1;
      openList.items[last] = `${openList.items[last]} ${text}`;
      blankInList = false;
      continue;
    }
    closeList();
    if (text) paragraph.push(text);
  }
  closeParagraph();
  closeList();
  return withKeys(blocks);
}

/** Inline marks of one block's text. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ kind: 'text', key: '', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const next = source[i + 1];
    if (ch === '\\' && next !== undefined && /[\\`*_[\]()#+\-.!>|]/.test(next)) {
      buffer += next;
      i += 2;
      continue;
    }
    if ((ch === '*' || ch === '_') && next === ch) {
      const close = source.indexOf(ch + ch, i + 2);
      if (close > i + 2) {
        flush();
        out.push({ kind: 'strong', key: '', children: parseInline(source.slice(i + 2, close)) });
        i = close + 2;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && next !== undefined && next !== ' ' && next !== ch) {
      const wordBefore = ch === '_' && /[\p{L}\p{N}]/u.test(source[i - 1] ?? '');
      const close = wordBefore ? -1 : findEmphasisEnd(source, i + 1, ch);
      if (close > i + 1) {
        flush();
        out.push({ kind: 'em', key: '', children: parseInline(source.slice(i + 1, close)) });
        i = close + 1;
        continue;
      }
    }
    if (ch === '!' && next === '[') {
      // An image: only its description, the kiosk never loads a picture named by an article.
      const image = IMAGE.exec(source.slice(i));
      if (image) {
        buffer += image[1];
        i += image[0].length;
        continue;
      }
    }
    if (ch === '[') {
      const link = LINK.exec(source.slice(i));
      if (link) {
        // A kiosk cannot follow links; the words stay, marks inside them too.
        flush();
        out.push(...parseInline(link[1]));
        i += link[0].length;
        continue;
      }
    }
    if (ch === '`') {
      const close = source.indexOf('`', i + 1);
      if (close > i) {
        buffer += source.slice(i + 1, close);
        i = close + 1;
        continue;
      }
    }
    buffer += ch;
    i++;
  }
  flush();
  return mergeText(out);
}

function findEmphasisEnd(source: string, from: number, mark: string): number {
  for (let j = from + 1; j < source.length; j++) {
    if (source[j] !== mark || source[j - 1] === ' ' || source[j - 1] === '\\') continue;
    if (source[j + 1] === mark) {
      j++;
      continue;
    }
    if (mark === '_' && /[\p{L}\p{N}]/u.test(source[j + 1] ?? '')) continue;
    return j;
  }
  return -1;
}

function mergeText(nodes: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (node.kind === 'text' && last?.kind === 'text') last.text += node.text;
    else merged.push(node);
  }
  return merged;
}

/** Stable keys from the position in the document, so React never needs an array index. */
function withKeys(blocks: Block[]): Block[] {
  const keyInlines = (nodes: Inline[], prefix: string): Inline[] =>
    nodes.map((node, n) =>
      node.kind === 'text'
        ? { ...node, key: `${prefix}.${n}` }
        : { ...node, key: `${prefix}.${n}`, children: keyInlines(node.children, `${prefix}.${n}`) },
    );
  return blocks.map((block, b): Block => {
    const key = `b${b}`;
    if (block.kind === 'list') {
      return {
        ...block,
        key,
        items: block.items.map((item, n) => ({ key: `${key}.${n}`, content: keyInlines(item.content, `${key}.${n}`) })),
      };
    }
    return { ...block, key, content: keyInlines(block.content, key) };
  });
}

/** The words of inline content, marks removed: for speech and for tests. */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : inlineText(node.children))).join('');
}

/** One line of text per heading, paragraph and list item, in reading order. */
export function blocksToLines(blocks: readonly Block[]): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'list') {
      block.items.forEach((item, n) => {
        const text = inlineText(item.content).trim();
        if (text) lines.push(block.ordered ? `${block.start + n}. ${text}` : text);
      });
    } else {
      const text = inlineText(block.content).trim();
      if (text) lines.push(text);
    }
  }
  return lines;
}
