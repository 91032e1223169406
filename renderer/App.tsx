import { lazy, Suspense } from 'react';
import { Center, Loader, MantineProvider, createTheme } from '@mantine/core';
import { AuthGate } from './features/auth/AuthGate';
// The app behind sign-in loads after the sign-in screen shows: the first screen comes up faster.
const SignedInApp = lazy(() => import('./features/shell/SignedInApp').then((m) => ({ default: m.SignedInApp })));

const theme = createTheme({
  primaryColor: 'red',
  // System CJK fonts only: nothing is fetched at run time.
  fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
});

export function App() {
  return (
    <MantineProvider theme={theme}>
      <AuthGate>
        {(session) => (
          <Suspense fallback={<Center h="100vh">{<Loader />}</Center>}>
            <SignedInApp session={session} />
          </Suspense>
        )}
      </AuthGate>
    </MantineProvider>
  );
}
