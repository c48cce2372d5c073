/** The flow checker's public API. */
export { parseYaml } from './parse-yaml.ts';
export type { ParsedYaml, YamlPath, YamlSourceMap } from './parse-yaml.ts';
export { validateFlow, validateWithSchema } from './validate-flow.ts';
export type { Validated } from './validate-flow.ts';
export { checkFlows, checkSchemaRef, flowIdOfFile, SCHEMA_REF_LINE } from './check-flows.ts';
export type { FlowCheckContext, FlowToCheck } from './check-flows.ts';
export { checkProject } from './check-project.ts';
export type { ArticleRef, CheckedProject, ProjectSources, SourceFile } from './check-project.ts';
export {
  conditionReferences,
  conditionTests,
  evaluateCondition,
  MAX_CONDITION_DEPTH,
  parseCondition,
} from './condition.ts';
export type { ConditionAst, ConditionError, ConditionOperator, ConditionParseResult } from './condition.ts';
