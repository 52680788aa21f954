/**
 * Plain text of the article Markdown subset (headings, lists, bold/italic, links), for the
 * index and for snippets. Line breaks become spaces: a snippet is one line of prose.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '') // headings
    .replace(/^\s{0,3}>\s?/gm, '') // quotes
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '') // list markers
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: keep the words
    .replace(/(\*\*|__)(.+?)\1/g, '$2') // bold
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/gm, '$1$2') // italic
    .replace(/`([^`]*)`/g, '$1') // code
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*$/gm, '') // table rules
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
