import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider, Modal, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { StaffSession } from '../../../shared/core/auth/staff';
import { IdleLock } from '../auth/IdleLock';
import { AppLayout } from './AppLayout';
import { useEffect } from 'react';
import { startIdleBackups } from '../backup/idleBackup';
import { DatesLocale } from '../ui/dates/DatesLocale';

const theme = createTheme({
  primaryColor: 'red',
  // System CJK fonts only: nothing is fetched at run time.
  fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  components: {
    // A dialog opens with the cursor in its first field: the close cross, first in the page order,
    // is left out of Tab's walk (Esc and 取消 close the dialog from the keyboard; a click still works).
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { tabIndex: -1 } } }),
  },
});

/** Everything behind sign-in: loaded after the sign-in screen shows (a separate chunk). */
export function SignedInApp({ session }: { session: StaffSession }) {
  useEffect(() => startIdleBackups(), []);
  return (
    <MantineProvider theme={theme}>
      <DatesLocale>
        <Notifications position="top-right" />
        <IdleLock session={session}>
          <AppLayout />
        </IdleLock>
      </DatesLocale>
    </MantineProvider>
  );
}
