/** Lets a button's spinner paint before work that blocks the thread for a moment (building pages, a workbook). */
export const nextFrame = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
