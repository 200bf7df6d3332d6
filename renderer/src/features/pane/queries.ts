import { useQuery } from '@tanstack/react-query';
import { invokeOrThrow } from '../../bridge/bridge';

export const appKeys = {
  info: ['app', 'info'] as const,
};

export function useAppInfo() {
  return useQuery({ queryKey: appKeys.info, queryFn: () => invokeOrThrow('app.info', undefined) });
}
