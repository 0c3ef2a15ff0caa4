import { Container } from '@mantine/core';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { useSignedIn } from '../modules/auth/auth-provider';
import { PracticeStandingBanner } from '../modules/billing/practice-standing-banner';
import classes from './workspace-layout.module.css';
import { homePathFor, navigationFor } from './workspace-navigation';

/** Every page under /app: the practice's menu for the person's role beside the page. */
export function WorkspaceLayout() {
  const { practice } = useSignedIn();
  const { pathname } = useLocation();
  if (!practice) return <Outlet />;

  const home = homePathFor(practice.role);
  if (home && (pathname === '/app' || pathname === '/app/')) return <Navigate to={home} replace />;

  return (
    <Container size="xl">
      <div className={classes.workspace}>
        <nav aria-label={`${practice.practiceName} menu`} className={classes.nav}>
          {navigationFor(practice.role).map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end} className={classes.link}>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className={classes.page}>
          <PracticeStandingBanner />
          <Outlet />
        </div>
      </div>
    </Container>
  );
}
