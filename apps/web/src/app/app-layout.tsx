import { AppShell, Container, Group, Text } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { EmailVerificationBanner } from '../modules/auth/email-verification-banner';
import { HeaderSession } from '../modules/auth/header-session';
import classes from './app-layout.module.css';
import { LogoMark } from './logo-mark';

export function AppLayout() {
  return (
    <AppShell header={{ height: 64 }} className={classes.shell}>
      <AppShell.Header className={classes.header}>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Link to="/" className={classes.brand} aria-label="Ascend home">
              <LogoMark />
              Ascend
            </Link>
            <HeaderSession />
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main className={classes.main}>
        <div className={classes.content}>
          <EmailVerificationBanner />
          <Outlet />
        </div>
      </AppShell.Main>
      <footer className={classes.footer}>
        <Container size="lg">
          <Text size="sm" c="dimmed">
            Ascend · Coaching practices, clients and their progress in one place.
          </Text>
        </Container>
      </footer>
    </AppShell>
  );
}
