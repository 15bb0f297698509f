/** Each test group: what it checks, then the commands that run it. */
export const GROUPS: Readonly<Record<string, readonly [string, ...(readonly string[])[]]>>;
