import { createContext, use, type ComponentType, type ReactNode } from 'react';

/**
 * The parts of react-router the shared layout and pages use. @ebistans/ui does not depend on the router,
 * so each app's root route hands them over (see AppLayout); links then stay in the app and keep its base path.
 */
export interface AppNavigation {
  Link: ComponentType<{ to: string; children: ReactNode }>;
  Navigate: ComponentType<{ to: string; replace?: boolean }>;
  Outlet: ComponentType;
  navigate: (to: string, options?: { replace?: boolean }) => void | Promise<void>;
  location: { pathname: string; state: unknown };
}

export const AppNavigationContext = createContext<AppNavigation | null>(null);

export function useAppNavigation(): AppNavigation {
  const navigation = use(AppNavigationContext);
  if (!navigation) throw new Error('useAppNavigation must be used below AppLayout');
  return navigation;
}
