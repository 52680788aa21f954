import { Fragment, type ReactNode } from 'react';
import type { Block, Inline } from './markdown';

/**
 * Article blocks as React elements. Text goes in as children, which React escapes: there is no
 * dangerouslySetInnerHTML anywhere in the kiosk. Headings start at h2 (the title is the h1).
 */
export function MarkdownBlocks({ blocks }: { blocks: readonly Block[] }) {
  return <>{blocks.map(renderBlock)}</>;
}

function renderBlock(block: Block): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const Tag = (['h2', 'h3', 'h4'] as const)[block.level - 2];
      return (
        <Tag key={block.key} className={`kiosk-md-h${block.level}`}>
          {renderInlines(block.content)}
        </Tag>
      );
    }
    case 'paragraph':
      return <p key={block.key}>{renderInlines(block.content)}</p>;
    case 'list': {
      const items = block.items.map((item) => <li key={item.key}>{renderInlines(item.content)}</li>);
      return block.ordered ? (
        <ol key={block.key} start={block.start === 1 ? undefined : block.start}>
          {items}
        </ol>
      ) : (
        <ul key={block.key}>{items}</ul>
      );
    }
  }
}

export function renderInlines(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((node) => {
    if (node.kind === 'text') return <Fragment key={node.key}>{node.text}</Fragment>;
    const Tag = node.kind === 'strong' ? 'strong' : 'em';
    return <Tag key={node.key}>{renderInlines(node.children)}</Tag>;
  });
}
