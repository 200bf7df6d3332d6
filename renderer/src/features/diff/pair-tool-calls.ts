/** Calls of one tool, matched across two answers: the nth call of a name on each side. */
export interface ToolCallPair<Call> {
  name: string;
  /** 1 for the first call of this name, 2 for the second… */
  occurrence: number;
  left?: Call;
  right?: Call;
}

/**
 * Pairs two answers' tool calls by name, then by order among calls of that name, so
 * "get_weather, get_time" against "get_time, get_weather" compares like with like. Pairs come in
 * the left's order, then the right's unmatched calls in theirs.
 */
export function pairToolCalls<Call extends { name: string }>(left: readonly Call[], right: readonly Call[]): ToolCallPair<Call>[] {
  const rightByName = new Map<string, Call[]>();
  for (const call of right) rightByName.set(call.name, [...(rightByName.get(call.name) ?? []), call]);
  const seen = new Map<string, number>();
  const pairs: ToolCallPair<Call>[] = left.map((call) => {
    const occurrence = (seen.get(call.name) ?? 0) + 1;
    seen.set(call.name, occurrence);
    const match = rightByName.get(call.name)?.[occurrence - 1];
    return { name: call.name, occurrence, left: call, ...(match ? { right: match } : {}) };
  });
  for (const [name, calls] of rightByName) {
    calls.slice(seen.get(name) ?? 0).forEach((call, index) => pairs.push({ name, occurrence: (seen.get(name) ?? 0) + index + 1, right: call }));
  }
  return pairs;
}
