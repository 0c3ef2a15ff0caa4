import { type RouteObject, useRoutes } from 'react-router';
import { HomePage } from '../modules/home/home-page';
import { PracticePage } from '../modules/practices/practice-page';
import { actionItemRoutes } from '../modules/action-items/action-item-routes';
import { coachingRoutes } from '../modules/coaching/coaching-routes';
import { impactRoutes } from '../modules/impact/impact-routes';
import { leadRoutes } from '../modules/leads/lead-routes';
import { masterclassRoutes } from '../modules/masterclasses/masterclass-routes';
import { masterclassPublicRoutes, portalMasterclassRoutes } from '../modules/masterclass-pages/masterclass-page-routes';
import { contentRoutes, portalVideoRoutes, publicSiteSettingsRoutes } from '../modules/content/content-routes';
import { newsletterRoutes } from '../modules/newsletter/newsletter-routes';
import { newsletterPublicRoutes } from '../modules/newsletter-pages/newsletter-page-routes';
import { portalRoutes } from '../modules/portal/portal-routes';
import { sitePublicRoutes } from '../modules/site/site-routes';
import { rosterRoutes } from '../modules/roster/roster-routes';
import { billingRoutes } from '../modules/billing/billing-routes';
import { operatorRoutes } from '../modules/operator/operator-routes';
import { packagePublicRoutes, portalPackageRoutes, salesRoutes } from '../modules/sales/sales-routes';
import { accountPublicRoutes, accountRoutes } from '../modules/account/account-routes';
import { AppLayout } from './app-layout';
import { lazyComponent } from './lazy-component';
import { NotFoundPage } from './not-found-page';
import { RouteErrorBoundary } from './route-error-boundary';

// The two public landing pages ship in the entry chunk, so their data request starts without waiting for another
// chunk; every other route is a chunk of its own, fetched when first visited.
const SignInPage = lazyComponent(() => import('../modules/auth/sign-in-page').then((m) => m.SignInPage));
const SignUpPage = lazyComponent(() => import('../modules/auth/sign-up-page').then((m) => m.SignUpPage));
const ConfirmSignUpPage = lazyComponent(() => import('../modules/auth/confirm-sign-up-page').then((m) => m.ConfirmSignUpPage));
const VerifyEmailPage = lazyComponent(() => import('../modules/auth/verify-email-page').then((m) => m.VerifyEmailPage));
const ForgotPasswordPage = lazyComponent(() => import('../modules/auth/forgot-password-page').then((m) => m.ForgotPasswordPage));
const ResetPasswordPage = lazyComponent(() => import('../modules/auth/reset-password-page').then((m) => m.ResetPasswordPage));
const AcceptInvitationPage = lazyComponent(() =>
  import('../modules/invitations/accept-invitation-page').then((m) => m.AcceptInvitationPage),
);
const RequireSession = lazyComponent(() => import('../modules/auth/route-guards').then((m) => m.RequireSession));
const RequireRole = lazyComponent(() => import('../modules/auth/route-guards').then((m) => m.RequireRole));
const WorkspaceHomePage = lazyComponent(() => import('../modules/workspace/workspace-home-page').then((m) => m.WorkspaceHomePage));
const TeamPage = lazyComponent(() => import('../modules/team/team-page').then((m) => m.TeamPage));
const WorkspaceLayout = lazyComponent(() => import('./workspace-layout').then((m) => m.WorkspaceLayout));
const AuditPage = lazyComponent(() => import('../modules/audit/audit-page').then((m) => m.AuditPage));

export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        // Inside the layout, so a page that crashes keeps the header and footer around its error message.
        element: <RouteErrorBoundary />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'p/:slug', element: <PracticePage /> },
          ...leadRoutes,
          ...masterclassPublicRoutes,
          ...sitePublicRoutes,
          ...newsletterPublicRoutes,
          ...packagePublicRoutes,
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'sign-up/confirm', element: <ConfirmSignUpPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'invitations/accept', element: <AcceptInvitationPage /> },
          ...accountPublicRoutes,
          {
            path: 'app',
            element: <RequireSession />,
            children: [
              {
                element: <WorkspaceLayout />,
                children: [
                  { element: <RequireRole />, children: [{ index: true, element: <WorkspaceHomePage /> }] },
                  ...accountRoutes,
                  { element: <RequireRole permission="viewTeam" />, children: [{ path: 'team', element: <TeamPage /> }] },
                  { element: <RequireRole permission="viewAudit" />, children: [{ path: 'audit', element: <AuditPage /> }] },
                  { element: <RequireRole permission="coachClients" />, children: [...rosterRoutes, ...coachingRoutes, ...masterclassRoutes] },
                  { element: <RequireRole permission="publishContent" />, children: [...contentRoutes, ...newsletterRoutes] },
                  { element: <RequireRole permission="editPublicSite" />, children: publicSiteSettingsRoutes },
                  { element: <RequireRole permission="manageBilling" />, children: [...billingRoutes, ...salesRoutes] },
                  {
                    element: <RequireRole permission="useClientPortal" />,
                    children: [...portalRoutes, ...portalMasterclassRoutes, ...portalVideoRoutes, ...portalPackageRoutes, ...actionItemRoutes, ...impactRoutes],
                  },
                  { path: '*', element: <NotFoundPage /> },
                ],
              },
            ],
          },
          { path: 'operator', element: <RequireSession />, children: operatorRoutes },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** The page for the current address. */
export function AppRoutes() {
  return useRoutes(appRoutes);
}
