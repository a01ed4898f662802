import type { Span } from '../../../shared/span';
import type {
  DocEntity,
  EntityCard,
  EntityType,
  Mention,
  NoteLink,
} from '../../../shared/entities';

/** Where the open document's entities stand: loading is the first fetch, before any answer. */
export type ExtractionStatus = 'loading' | 'extracting' | 'ready' | 'failed';

/**
 * The open document's entities, the one selected and its mentions, the note links, and every
 * correction. Each correction resolves once the core has stored it and the lists were fetched
 * again, so what the panel shows afterwards is what the core now holds.
 */
export interface EntitiesApi {
  status: ExtractionStatus;
  /** 0..1 while extracting. */
  progress: number;
  /** Why extraction or the last action failed, fit to show; cleared by the next success. */
  error: string | null;
  /** What the last correction did ("Renamed to …"), for a polite status line. */
  message: string | null;
  entities: DocEntity[];
  entityById: ReadonlyMap<string, DocEntity>;

  selectedId: string | null;
  /**
   * Selects an entity (or none): its mentions are marked and the first is shown. `show` brings
   * the Entities tab forward (for a selection made elsewhere, as from a note's chip).
   */
  select: (id: string | null, show?: boolean) => void;
  /** Bumped by select(…, true): the side panel watches it to bring the Entities tab forward. */
  showRequest: number;
  /** The selected entity's mentions in this document, in reading order. */
  selectedMentions: Mention[];
  /** Index into selectedMentions of the current mention. */
  currentIndex: number;
  /** Moves to the mention at this index (wrapping round); the reader scrolls to it. */
  goToMention: (index: number) => void;
  /** Bumped by every move, so the reader scrolls even when the index is unchanged. */
  navSerial: number;

  /** The selected entity's card, library-wide; null until it arrives. */
  card: EntityCard | null;

  /** The links of this document's notes. */
  links: NoteLink[];

  /** The canonical text of the open document, for quoting a selection. */
  text: string;

  rename: (id: string, canonical: string) => Promise<boolean>;
  retype: (id: string, type: EntityType) => Promise<boolean>;
  merge: (id: string, intoId: string) => Promise<boolean>;
  split: (id: string, alias: string) => Promise<boolean>;
  hide: (id: string, hidden: boolean) => Promise<boolean>;
  addFromSelection: (range: Span, type: EntityType) => Promise<boolean>;
  link: (noteId: string, entityId: string) => Promise<boolean>;
  unlink: (noteId: string, entityId: string) => Promise<boolean>;
}
