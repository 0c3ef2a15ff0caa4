import { Container, Group, Text } from '@mantine/core';
import { PageState } from '@ascend/web/ui';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { EmailVerificationBanner } from '../modules/auth/email-verification-banner';
import { HeaderSession } from '../modules/auth/header-session';
import classes from './app-layout.module.css';
import { LogoMark } from './logo-mark';

export function AppLayout() {
  return (
    // Plain landmarks rather than Mantine's AppShell, whose scroll locking the public pages would download for nothing.
    <div className={classes.shell}>
      <header className={classes.header}>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Link to="/" className={classes.brand} aria-label="Ascend home">
              <LogoMark />
              Ascend
            </Link>
            <HeaderSession />
          </Group>
        </Container>
      </header>
      <main className={classes.main}>
        <div className={classes.content}>
          <EmailVerificationBanner />
          {/* Shown only on a first visit straight to a route whose code is still loading; navigations keep the old page. */}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </div>
      </main>
      <footer className={classes.footer}>
        <Container size="lg">
          <Text size="sm" c="dimmed">
            Ascend · Coaching practices, clients and their progress in one place.
          </Text>
        </Container>
      </footer>
    </div>
  );
}

function PageLoading() {
  return (
    <Container size="sm">
      <PageState kind="loading" label="Loading the page" />
    </Container>
  );
}
