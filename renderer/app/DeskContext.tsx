import { createContext, useContext } from 'react';
import type { DeskDatabase } from '../db/database';

/** The open database, given by the app root so tests can hand in a fresh one. */
export const DeskContext = createContext<DeskDatabase | null>(null);

export const useDesk = (): DeskDatabase => {
  const db = useContext(DeskContext);
  if (!db) throw new Error('useDesk outside <DeskContext.Provider>');
  return db;
};
