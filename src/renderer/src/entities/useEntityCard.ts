import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntityCard } from '../../../shared/entities';
import { call } from '../api';

export interface CardState {
  /** The card of the entity asked for; null until it arrives (or when none is asked for). */
  card: EntityCard | null;
  /** Fetches the card again; resolves to it (or null when it failed). */
  reload: () => Promise<EntityCard | null>;
}

/**
 * The library-wide card of the selected entity, fetched again whenever asked to. A merged
 * entity's id answers with the entity it became: `onMoved` is then told the new id.
 */
export const useEntityCard = (
  entityId: string | null,
  onMoved: (id: string) => void,
): CardState => {
  const [card, setCard] = useState<EntityCard | null>(null);
  const generation = useRef(0);
  const moved = useRef(onMoved);
  useEffect(() => {
    moved.current = onMoved;
  });

  const settle = useCallback((id: string, mine: number, answer: EntityCard) => {
    if (mine !== generation.current) return;
    setCard(answer);
    if (answer.entity.id !== id) moved.current(answer.entity.id);
  }, []);

  useEffect(() => {
    if (entityId === null) return;
    const mine = ++generation.current;
    // A card that cannot be read leaves the list's own facts shown; the panel says nothing.
    call('entities.get', { entityId }).then(
      (answer) => settle(entityId, mine, answer),
      () => undefined,
    );
  }, [entityId, settle]);

  const reload = useCallback(async () => {
    if (entityId === null) return null;
    const mine = ++generation.current;
    try {
      const answer = await call('entities.get', { entityId });
      settle(entityId, mine, answer);
      return answer;
    } catch {
      return null;
    }
  }, [entityId, settle]);

  return { card: card && card.entity.id === entityId ? card : null, reload };
};
