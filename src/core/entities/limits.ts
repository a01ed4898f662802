/**
 * Longest mention stored, in UTF-16 code units; it bounds the overlap searches of automatic note
 * links. The CHECK of migration 003 holds the same number (a migration keeps its own copy, since
 * it must not change once shipped).
 */
export const maxMentionLength = 1000;
