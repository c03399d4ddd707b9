import { create, type StateCreator } from 'zustand';

export const PAGES = ['event', 'organisations', 'participants', 'needs', 'achievements', 'matching', 'schedule', 'checkin', 'floor', 'outcomes', 'results', 'sync'] as const;
export type Page = (typeof PAGES)[number];

export type NavigationState = { page: Page; go(page: Page): void };

export const navigationState: StateCreator<NavigationState> = (set) => ({ page: 'participants', go: (page) => set({ page }) });

export const useNavigation = create<NavigationState>()(navigationState);
