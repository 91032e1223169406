import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import { Badge, MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { StaffSession } from '../../../shared/core/auth/staff';
import { IdleLock } from '../auth/IdleLock';
import { AppLayout } from './AppLayout';
import { lazy, Suspense, useEffect, useState } from 'react';
import { startIdleBackups } from '../backup/idleBackup';
import { startSearch } from '../search/searchSession';
import { DatesLocale } from '../ui/dates/DatesLocale';
import { StartupReminder } from '../dashboard/StartupReminder';
import { endFirstRunSession, isFirstRunSession } from '../auth/firstRunSession';

// Asked once, after the first administrator is created: loaded only then.
const OfficeNamesPrompt = lazy(() =>
  import('../settings/OfficeNamesPrompt').then((m) => ({ default: m.OfficeNamesPrompt })),
);

const theme = createTheme({
  primaryColor: 'red',
  // System CJK fonts only: nothing is fetched at run time.
  fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  components: {
    // A status badge is read whole: in a narrow table column Mantine cut it to "ISS…" (English ISSUED, ANSWERED,
    // 297 DAYS OVERDUE). Its full width is the column's least width instead.
    Badge: Badge.extend({ styles: { root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } } }),
  },
});

/** Everything behind sign-in: loaded after the sign-in screen shows (a separate chunk). */
export function SignedInApp({ session }: { session: StaffSession }) {
  useEffect(() => startIdleBackups(), []);
  // The header search's index: built after sign-in, forgotten at sign-out.
  useEffect(() => startSearch(), []);
  const [askOfficeNames, setAskOfficeNames] = useState(isFirstRunSession);
  return (
    <MantineProvider theme={theme}>
      <DatesLocale>
        <Notifications position="top-right" />
        <StartupReminder />
        {askOfficeNames && (
          <Suspense fallback={null}>
            <OfficeNamesPrompt
              onClose={() => {
                endFirstRunSession();
                setAskOfficeNames(false);
              }}
            />
          </Suspense>
        )}
        <IdleLock session={session}>
          <AppLayout />
        </IdleLock>
      </DatesLocale>
    </MantineProvider>
  );
}
