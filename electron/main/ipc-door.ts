/**
 * The one door every IPC request passes (Electron security checklist #17: validate the sender of
 * all IPC messages). Plain Node: the app wires it to ipcMain, the e2e harness to a Playwright
 * binding, so the tests exercise the same checks.
 */
import { CodedError, fail, ok, type Result } from '../../shared/result';
import { contract, type Channel, type ParsedRequestOf, type ResponseOf } from '../../shared/contract/index';

export interface Sender {
  /** URL of the frame that sent the request. */
  url: string;
  /** Whether it is the top frame of our window (iframes are never trusted). */
  isMainFrame: boolean;
}

export type Handler<C extends Channel> = (req: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
export type HandlerTable = { [C in Channel]: Handler<C> };

export interface DoorOptions {
  isTrusted: (sender: Sender) => boolean;
  /** Where unexpected errors go. Never given request payloads: they may hold secrets. */
  logError?: (channel: string, error: unknown) => void;
}

const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);

export function createDoor(handlers: HandlerTable, options: DoorOptions) {
  return async function dispatch(
    channelName: string,
    payload: unknown,
    sender: Sender,
  ): Promise<Result<unknown>> {
    if (!sender.isMainFrame || !options.isTrusted(sender)) {
      return fail(
        'FORBIDDEN_SENDER',
        'This request did not come from the C4C Connect window and was refused.',
      );
    }
    if (!isChannel(channelName)) return fail('UNKNOWN_CHANNEL', `Unknown request "${channelName}".`);
    const spec = contract[channelName];
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      // Field paths only: the issue texts of zod can quote the value, and values may be secret.
      const fields = parsed.error.issues.map((i) => i.path.join('.') || '(request)').join(', ');
      return fail(
        'INVALID_REQUEST',
        `The request was refused because these fields are not valid: ${fields}.`,
      );
    }
    try {
      const handler = handlers[channelName] as (req: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      // Strips any field the contract does not declare, so nothing undeclared leaves main.
      return ok(spec.response.parse(value));
    } catch (error) {
      if (error instanceof CodedError) return { ok: false, error: error.toAppError() };
      options.logError?.(channelName, error);
      return fail(
        'INTERNAL',
        'Something went wrong inside C4C Connect. The details were written to the log.',
      );
    }
  };
}

export type Dispatch = ReturnType<typeof createDoor>;
