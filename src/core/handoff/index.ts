/** The handoff area: the handoff configuration and case codes. */
export {
  fieldSchema,
  handoffConfigSchema,
  openingHoursSchema,
  queueSchema,
  type FieldSpec,
  type HandoffConfig,
  type Queue,
} from './config-schema.ts';
export {
  CASE_CODE_FORMAT_VERSION,
  MAX_CASE_CODE_ANSWERS,
  decodeCaseCode,
  encodeCaseCode,
  findFlowKeyCollisions,
  flowKeyOf,
  formatCaseCode,
  resolveFlowKey,
  type CaseCodeError,
  type CaseCodeInput,
  type CaseCodeResult,
  type DecodedCaseCode,
} from './case-code.ts';
export {
  CROCKFORD_ALPHABET,
  CROCKFORD_CHECK_ALPHABET,
  canonicalSymbol,
  checkSymbolValue,
  crockfordCheckSymbol,
  encodeSymbols,
  symbolValue,
} from './crockford-base32.ts';
