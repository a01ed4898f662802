import type { FeatureHandlers } from '../../shared/contract';
import type { notesMethods } from '../../shared/contract/notes';
import type { NotesService } from './service';

export interface NotesDeps {
  notes: NotesService;
}

export const notesHandlers = ({ notes }: NotesDeps): FeatureHandlers<typeof notesMethods> => ({
  'notes.save': (input) => notes.save(input),
  'notes.delete': ({ id }) => notes.delete(id),
  'notes.restore': ({ note }) => notes.restore(note),
});
