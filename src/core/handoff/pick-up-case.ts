/**
 * Picking up a customer's case from its code, with no server: decode the code,
 * find the flow, replay the answers through the compiled machine and say how
 * much of it could be rebuilt. Never a silent jump to the wrong step.
 */
import type { CompiledFlow } from '../flows/compiled-flow.ts';
import { choose, startWalk, type Walk } from '../flows/walk.ts';
import type { Locale } from '../locales.ts';
import { decodeCaseCode, encodeCaseCode, resolveFlowKey, type CaseCodeError } from './case-code.ts';

/**
 * How faithfully the case was rebuilt:
 * - `exact`: same flow version, every answer replayed;
 * - `replayed`: the code is from another version of the flow, but every answer still replays;
 * - `partial`: only the first `recovered` answers replay on the current version.
 */
export type PickupStatus = 'exact' | 'replayed' | 'partial';

/** A case rebuilt from its code. */
export interface PickedUpCase {
  code: string;
  flow: CompiledFlow;
  customerLocale: Locale;
  codeVersion: number;
  status: PickupStatus;
  /** The walk rebuilt as far as the answers replay. */
  walk: Walk;
  /** How many of the code's answers replayed. */
  recovered: number;
  /** How many answers the code holds. */
  total: number;
  /** Why replay stopped, for `partial`. */
  failure?: { answer: number; message: string };
}

/** Why a code could not be picked up at all. */
export interface PickupError {
  code: CaseCodeError['code'] | 'unknown-flow';
  message: string;
  hint: string;
  position?: number;
}

/** A valid code of a flow this site does not have. */
export const UNKNOWN_FLOW: PickupError = {
  code: 'unknown-flow',
  message: 'This code is valid, but it belongs to a troubleshooter this site does not have.',
  hint: 'The troubleshooter may have been removed or renamed. Ask the customer what the problem is and start the right troubleshooter.',
};

/** Decodes `input` and rebuilds the case on the current flows. */
export function pickUpCase(
  input: string,
  flows: ReadonlyMap<string, CompiledFlow>,
): { ok: true; value: PickedUpCase } | { ok: false; error: PickupError } {
  const decoded = decodeCaseCode(input);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const { flowKey, flowVersion, locale, answers } = decoded.value;
  const flowId = resolveFlowKey(flowKey, flows.keys());
  const flow = flowId === undefined ? undefined : flows.get(flowId);
  if (!flow) return { ok: false, error: UNKNOWN_FLOW };
  let walk = startWalk(flow);
  let recovered = 0;
  let failure: PickedUpCase['failure'];
  for (const [i, index] of answers.entries()) {
    const result = choose(walk, index);
    if (!result.ok) {
      failure = { answer: i + 1, message: result.error.message };
      break;
    }
    walk = result.walk;
    recovered++;
  }
  const status: PickupStatus = failure ? 'partial' : flowVersion === flow.version ? 'exact' : 'replayed';
  return {
    ok: true,
    value: {
      // The canonical spelling of what was typed (O for 0, lower case, spaces all normalised).
      code: encodeCaseCode({ flowId: flow.id, flowVersion, locale, answers }),
      flow,
      customerLocale: locale,
      codeVersion: flowVersion,
      status,
      walk,
      recovered,
      total: answers.length,
      ...(failure ? { failure } : {}),
    },
  };
}
