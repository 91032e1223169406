import { NotBuiltPage } from '../../../core/shell/NotBuiltPage';

/** Until the system is built, its page says so plainly. */
export function NotBuiltYet() {
  return <NotBuiltPage titleKey="incentives.nav" bodyKey="incentives.notBuilt" />;
}
