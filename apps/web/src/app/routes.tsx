import type { RouteObject } from 'react-router';
import { AuditPage } from '../modules/audit/audit-page';
import { ForgotPasswordPage } from '../modules/auth/forgot-password-page';
import { ResetPasswordPage } from '../modules/auth/reset-password-page';
import { RequireRole, RequireSession } from '../modules/auth/route-guards';
import { SignInPage } from '../modules/auth/sign-in-page';
import { SignUpPage } from '../modules/auth/sign-up-page';
import { VerifyEmailPage } from '../modules/auth/verify-email-page';
import { HomePage } from '../modules/home/home-page';
import { AcceptInvitationPage } from '../modules/invitations/accept-invitation-page';
import { PracticePage } from '../modules/practices/practice-page';
import { TeamPage } from '../modules/team/team-page';
import { WorkspaceHomePage } from '../modules/workspace/workspace-home-page';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        // Inside the layout, so a page that crashes keeps the header and footer around its error message.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'p/:slug', element: <PracticePage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'invitations/accept', element: <AcceptInvitationPage /> },
          {
            path: 'app',
            element: <RequireSession />,
            children: [
              { element: <RequireRole />, children: [{ index: true, element: <WorkspaceHomePage /> }] },
              { element: <RequireRole permission="viewTeam" />, children: [{ path: 'team', element: <TeamPage /> }] },
              { element: <RequireRole permission="viewAudit" />, children: [{ path: 'audit', element: <AuditPage /> }] },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
