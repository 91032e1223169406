import type { Pace } from '../../../shared/core/sheets/sheetRows';

/**
 * A Pace that gives the screen its turn once `budgetMs` of work has passed: long loops over a
 * sheet's rows (checking 100 000 of them) never hold a frame.
 */
export function framePace(budgetMs = 8): Pace {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    since = performance.now();
  };
}
