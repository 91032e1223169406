import { MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { AuthGate } from './features/auth/AuthGate';
import { AppLayout } from './features/shell/AppLayout';

const theme = createTheme({
  primaryColor: 'red',
  // System CJK fonts only: nothing is fetched at run time.
  fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
});

export function App() {
  return (
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <AuthGate>
        <AppLayout />
      </AuthGate>
    </MantineProvider>
  );
}
