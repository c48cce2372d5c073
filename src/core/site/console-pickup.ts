/**
 * Picking up a case in the console, before and after the flow's data has
 * loaded: which flow a typed code belongs to (so only that flow is fetched),
 * the call rebuilt from `pickUpCase`, and why a code cannot be picked up, in
 * the representative's language. Browser-safe.
 */
import { decodeCaseCode, resolveFlowKey } from '../handoff/case-code.ts';
import { fill } from '../handoff/field-validation.ts';
import { UNKNOWN_FLOW, type PickedUpCase, type PickupError } from '../handoff/pick-up-case.ts';
import type { ConsoleStrings } from '../i18n/console-strings.ts';
import type { ConsoleFlowData } from './console-data.ts';
import type { ConsoleCall } from './console-view.ts';

/** The flow a typed case code belongs to, among `flowIds`; or why the code cannot be read. */
export function flowOfCaseCode(
  input: string,
  flowIds: Iterable<string>,
): { ok: true; flowId: string } | { ok: false; error: PickupError } {
  const decoded = decodeCaseCode(input);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const flowId = resolveFlowKey(decoded.value.flowKey, flowIds);
  if (flowId !== undefined) return { ok: true, flowId };
  return { ok: false, error: UNKNOWN_FLOW };
}

/** The call a picked-up case starts: at the step where the customer stopped, in their language. */
export function callOfPickup(picked: PickedUpCase, data: ConsoleFlowData): ConsoleCall {
  return {
    data,
    walk: picked.walk,
    customerLocale: picked.customerLocale,
    fromCode: picked.recovered,
    pickup: {
      code: picked.code,
      status: picked.status,
      codeVersion: picked.codeVersion,
      recovered: picked.recovered,
      total: picked.total,
    },
    customerWording: false,
  };
}

/** Why `typed` cannot be picked up, in the representative's language; the position of a bad character when known. */
export function pickupErrorText(error: PickupError, typed: string, strings: ConsoleStrings): { message: string; hint: string } {
  const text = strings.pickupErrors[error.code];
  const char = error.position === undefined ? '' : ([...typed][error.position - 1] ?? '');
  return { message: fill(text.message, { char, position: error.position ?? '' }), hint: text.hint };
}
