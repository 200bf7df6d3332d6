import type { GatewayStatus } from '../../shared/contract';
import type { Gateway } from '../gateway';
import { startGatewayServer, type GatewayServer } from '../gateway/http/server';

/**
 * The app's switch for the local OpenAI-compatible endpoint: the same server
 * duet-gateway runs, started and stopped with one call each.
 */
export interface LocalEndpoint {
  status(): GatewayStatus;
  configure(options: { enabled: boolean; port: number }): Promise<GatewayStatus>;
  /** Restart with a new token (existing clients must be told the new one). */
  restart(): Promise<GatewayStatus>;
  close(): Promise<void>;
}

export function createLocalEndpoint(gateway: Gateway, token: () => Promise<string>): LocalEndpoint {
  let server: GatewayServer | undefined;
  let state: GatewayStatus = { enabled: false, running: false, port: 8787 };

  async function stop(): Promise<void> {
    await server?.close();
    server = undefined;
  }

  async function configure({ enabled, port }: { enabled: boolean; port: number }): Promise<GatewayStatus> {
    await stop();
    state = { enabled, running: false, port };
    if (!enabled) return state;
    try {
      server = await startGatewayServer({ gateway, token: await token(), port });
      state = { enabled, running: true, port, url: `${server.url}/v1` };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      state = { enabled, running: false, port, error: code === 'EADDRINUSE' ? `Port ${port} is in use: pick another.` : String(error) };
    }
    return state;
  }

  return {
    status: () => state,
    configure,
    restart: () => configure({ enabled: state.enabled, port: state.port }),
    close: stop,
  };
}
