import { startTransition, useEffect, useState } from 'react';
import type { Suggestion } from '@shared/matching';
import type { MatchClient, MatchTarget } from './client/types';

/** A spinner for a ranking that answers within this long would only flicker. */
const SLOW_MS = 300;

export type SuggestionsRequest = { target: MatchTarget; queryId: string | null; top: number; exclude: readonly string[] };

export type SuggestionsState = {
  /** The latest answer; while a newer one is on its way, the previous one stays on screen. */
  suggestions: Suggestion[] | undefined;
  /** The current request has taken longer than a moment. */
  slow: boolean;
  error: string | undefined;
  /** The ranking these suggestions answer, so the screen can tell fresh from stale. */
  answeredId: string | null;
};

type Answer = { key: string; queryId: string; suggestions: Suggestion[] | undefined; error: string | undefined };

/**
 * Asks the engine for a record's suggestions whenever the record, the
 * exclusions or the engine's data (`version`) change. Answers to superseded
 * requests are dropped, so a quick run of clicks ends on the last one.
 */
export const useSuggestions = (client: MatchClient | undefined, version: number, request: SuggestionsRequest): SuggestionsState => {
  const { target, queryId, top, exclude } = request;
  // Primitive dependencies: a new exclusion array with the same ids asks nothing new.
  const excludeKey = [...exclude].sort().join('\n');
  const key = JSON.stringify([target, queryId, top, excludeKey, version]);
  const [answer, setAnswer] = useState<Answer>();
  const [slowKey, setSlowKey] = useState<string>();

  useEffect(() => {
    if (!client || !queryId || version === 0) return;
    let current = true;
    const timer = setTimeout(() => setSlowKey(key), SLOW_MS);
    // A transition: drawing a page of cards yields to the next click or keystroke instead of holding them up.
    const answer = (next: Answer) => current && startTransition(() => setAnswer(next));
    client.rank({ target, queryId, top, exclude: excludeKey === '' ? [] : excludeKey.split('\n') }).then(
      (suggestions) => answer({ key, queryId, suggestions, error: undefined }),
      (e: unknown) => answer({ key, queryId, suggestions: undefined, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, key, target, queryId, top, excludeKey, version]);

  const fresh = answer?.key === key;
  return {
    suggestions: answer && queryId ? answer.suggestions : undefined,
    slow: !fresh && slowKey === key,
    error: fresh ? answer.error : undefined,
    answeredId: answer?.queryId ?? null,
  };
};
