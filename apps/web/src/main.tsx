import './styles/public-styles';
import './styles/contrast.css';
import { createQueryClient } from '@ascend/web/data-access';
import { AppProviders } from '@ascend/web/ui';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app/routes';
import { AuthProvider } from './modules/auth/auth-provider';

const queryClient = createQueryClient();
const root = createRoot(document.getElementById('root') as HTMLElement);

// As a transition, the first render yields to the browser every few milliseconds instead of blocking it throughout.
startTransition(() =>
  root.render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <AuthProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </AppProviders>
    </StrictMode>,
  ),
);
