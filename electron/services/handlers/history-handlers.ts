import type { Handlers } from '../../../shared/contract';
import { GatewayError } from '../../gateway/errors';

type HistoryHandlers = Pick<Handlers, 'history.list' | 'history.get' | 'history.delete' | 'history.export'>;

/** Placeholder until the history store is wired: every call says so. */
export function createHistoryHandlers(): HistoryHandlers {
  const unavailable = async (): Promise<never> => {
    throw new GatewayError('internal', 'Run history is not available yet.', { status: 501 });
  };
  return { 'history.list': unavailable, 'history.get': unavailable, 'history.delete': unavailable, 'history.export': unavailable };
}
