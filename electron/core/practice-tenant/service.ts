/**
 * The practice tenant as the app runs it: at most one at a time, started from a button, stopped
 * from a button or when the app quits (main calls stop() on before-quit).
 */
import { startPracticeTenant, type PracticeTenant, type PracticeTenantOptions } from './index';

export type PracticeTenantInfo = Omit<PracticeTenant, 'stop'>;

export class PracticeTenantService {
  private running: PracticeTenant | null = null;
  private starting: Promise<PracticeTenant> | null = null;

  constructor(private readonly options: PracticeTenantOptions = {}) {}

  /** Starts it, or returns the one already running. */
  async start(): Promise<PracticeTenantInfo> {
    if (this.running) return info(this.running);
    this.starting ??= startPracticeTenant(this.options).finally(() => {
      this.starting = null;
    });
    this.running = await this.starting;
    return info(this.running);
  }

  status(): PracticeTenantInfo | null {
    return this.running ? info(this.running) : null;
  }

  /** False when none was running. */
  async stop(): Promise<boolean> {
    const tenant = this.running ?? (this.starting ? await this.starting : null);
    this.running = null;
    if (!tenant) return false;
    await tenant.stop();
    return true;
  }
}

function info(tenant: PracticeTenant): PracticeTenantInfo {
  return {
    serviceUrl: tenant.serviceUrl,
    quirkServiceUrl: tenant.quirkServiceUrl,
    quirk500ServiceUrl: tenant.quirk500ServiceUrl,
    tenantHost: tenant.tenantHost,
    caPem: tenant.caPem,
    caPath: tenant.caPath,
    p12Path: tenant.p12Path,
    p12Password: tenant.p12Password,
    user: tenant.user,
    password: tenant.password,
    folder: tenant.folder,
    startedAt: tenant.startedAt,
  };
}
