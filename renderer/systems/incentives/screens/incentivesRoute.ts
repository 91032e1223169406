/**
 * Where in System 3 the user is, as the part of the address after #/incentives/. The Dashboard
 * links straight to the list each of its figures counts.
 *   rounds | round.<id> | claim.<id> | report | todo.review | todo.leader | todo.followUps
 */
export const TODO_VIEWS = ['review', 'leader', 'followUps'] as const;
export type TodoView = (typeof TODO_VIEWS)[number];

export type IncentivesPlace =
  | { page: 'rounds' }
  | { page: 'round'; id: string }
  | { page: 'claim'; id: string }
  | { page: 'report' }
  | { page: 'todo'; view: TodoView };

export function parsePlace(sub: string): IncentivesPlace {
  const [page, a] = sub.split('.');
  if ((page === 'round' || page === 'claim') && a) return { page, id: a };
  if (page === 'report') return { page };
  if (page === 'todo') return { page, view: TODO_VIEWS.includes(a as TodoView) ? (a as TodoView) : 'review' };
  return { page: 'rounds' };
}

export function placeSub(place: IncentivesPlace): string {
  if (place.page === 'round' || place.page === 'claim') return `${place.page}.${place.id}`;
  if (place.page === 'todo') return `todo.${place.view}`;
  return place.page;
}
