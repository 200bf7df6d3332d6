import { useQuery } from '@tanstack/react-query';
import { invokeOrThrow } from '../../bridge/bridge';

export const appKeys = {
  info: ['app', 'info'] as const,
  models: ['models', 'list'] as const,
};

export function useAppInfo() {
  return useQuery({ queryKey: appKeys.info, queryFn: () => invokeOrThrow('app.info', undefined) });
}

export function useModels() {
  return useQuery({ queryKey: appKeys.models, queryFn: () => invokeOrThrow('models.list', undefined), staleTime: 5 * 60_000 });
}
