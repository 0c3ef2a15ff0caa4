// The layered build lets the app's own CSS modules override Mantine whatever the import order.
import '@mantine/core/styles.layer.css';
import { createQueryClient } from '@ascend/web/data-access';
import { AppProviders } from '@ascend/web/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { appRoutes } from './app/routes';
import { AuthProvider } from './modules/auth/auth-provider';

const router = createBrowserRouter(appRoutes);
const queryClient = createQueryClient();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </AppProviders>
  </StrictMode>,
);
