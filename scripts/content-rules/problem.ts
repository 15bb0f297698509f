/** One thing a content rule found wrong: the rule's name and what a reviewer reads. */
export interface RuleProblem {
  readonly rule: string;
  readonly message: string;
}
