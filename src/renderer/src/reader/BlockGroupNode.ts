import { $applyNodeReplacement, ElementNode, type LexicalNode } from 'lexical';

/**
 * A run of consecutive blocks in one `<div>`. The browser skips layout and paint of groups far
 * off screen (content-visibility in reader/reader.css), and every frame still walks each skipped
 * element: a 1 MB article has thousands of blocks but only about a hundred groups, which makes
 * each frame after a new highlight tens of milliseconds cheaper. A group is not a block of the
 * text model: offsets.ts looks through it as it does through lists.
 */
export class BlockGroupNode extends ElementNode {
  override $config() {
    return this.config('gloss-block-group', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'article-group';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }
}

export const $createBlockGroupNode = (): BlockGroupNode =>
  $applyNodeReplacement(new BlockGroupNode());

export const $isBlockGroupNode = (node: LexicalNode | null | undefined): node is BlockGroupNode =>
  node instanceof BlockGroupNode;
