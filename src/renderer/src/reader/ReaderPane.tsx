import { useLayoutEffect, useRef, useState, type Ref } from 'react';
import { useKeyActions } from '../keyboard/useKeyActions';
import { lazyComponent } from '../ui/lazyComponent';
import type { ArticlePlugins } from './ArticleView';
import { ReaderBody, type ReaderPlaceholder } from './ReaderBody';
import type { ReaderHandle } from './ReaderHandle';
import type { OpenDocument } from './useOpenDocument';
import { noteReaderShown, removeFirstScreen } from './firstScreen';
import './reader.css';

// Not on the first screen: loaded when first shown (see lazyComponent).
const ShortcutsSheet = lazyComponent(() =>
  import('../keyboard/ShortcutsSheet').then((module) => module.ShortcutsSheet),
);

interface ReaderPaneProps {
  open: OpenDocument;
  placeholder: ReaderPlaceholder | null;
  /** Lexical plugins of other features, rendered inside the article. */
  plugins?: ArticlePlugins;
  ref?: Ref<ReaderHandle>;
}

/** The reading column. It is the skip link's target, hence focusable from script. */
export function ReaderPane({ open, placeholder, plugins, ref }: ReaderPaneProps) {
  const sectionRef = useRef<HTMLElement>(null);
  const shownId = open.status === 'ready' ? open.id : null;
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const showShortcuts = () => setShortcutsOpen(true);

  useKeyActions({
    showShortcuts: () => {
      showShortcuts();
      return true;
    },
  });

  // The first screen drawn before the app started (firstScreen.ts) gives way in the commit that
  // paints the text in its place (the article's layout effects, run before this one, drew it).
  useLayoutEffect(noteReaderShown, []);
  useLayoutEffect(() => {
    if (open.status === 'ready' || open.status === 'error') removeFirstScreen();
  }, [open.status]);

  // A newly opened document starts at its top, whichever element scrolls at this width.
  useLayoutEffect(() => {
    const section = sectionRef.current;
    if (!section || shownId === null) return;
    section.scrollTop = 0;
    if (section.parentElement) section.parentElement.scrollTop = 0;
  }, [shownId]);

  return (
    <section
      className="reader"
      id="reader"
      aria-label="Reader"
      aria-busy={open.status === 'loading'}
      tabIndex={-1}
      ref={sectionRef}
    >
      <ReaderBody
        open={open}
        placeholder={placeholder}
        onShowShortcuts={showShortcuts}
        plugins={plugins}
        ref={ref}
      />
      {shortcutsOpen && <ShortcutsSheet onClose={() => setShortcutsOpen(false)} />}
    </section>
  );
}
