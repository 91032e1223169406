import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { Notifications } from '@mantine/notifications';
import type { StaffSession } from '../../../shared/domain/auth/staff';
import { IdleLock } from '../auth/IdleLock';
import { AppLayout } from './AppLayout';

/** Everything behind sign-in: loaded after the sign-in screen shows (a separate chunk). */
export function SignedInApp({ session }: { session: StaffSession }) {
  return (
    <>
      <Notifications position="top-right" />
      <IdleLock session={session}>
        <AppLayout />
      </IdleLock>
    </>
  );
}
