// A small parser for Resource Search's structured query language, enough for what inventory
// tools send: `query <types|all> resources [where <conditions>] [sorted by <field> [asc|desc]]`
// with `&&`/`||` (and parentheses) over compartmentId, lifecycleState, resourceType,
// displayName using `=`, `!=`, `=~` (contains, case-insensitive) and `!~`.
import type { GeneratedResource } from '../catalog/types.js';

export class QueryError extends Error {}

export type Condition =
  | { kind: 'cmp'; field: QueryField; op: '=' | '!=' | '=~' | '!~'; value: string }
  | { kind: 'and' | 'or'; left: Condition; right: Condition };

export const QUERY_FIELDS = ['compartmentId', 'lifecycleState', 'resourceType', 'displayName'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

export interface ParsedQuery {
  /** Lower-cased type names; undefined for `all`. */
  types: Set<string> | undefined;
  where: Condition | undefined;
  sort: { field: 'timeCreated' | 'displayName'; descending: boolean } | undefined;
}

type Token = { t: 'word'; v: string } | { t: 'str'; v: string } | { t: 'op'; v: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\\' && j + 1 < text.length) j++;
        value += text[j];
        j++;
      }
      if (j >= text.length) throw new QueryError('unterminated string in query');
      tokens.push({ t: 'str', v: value });
      i = j + 1;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (['&&', '||', '!=', '=~', '!~'].includes(two)) {
      tokens.push({ t: 'op', v: two });
      i += 2;
      continue;
    }
    if ('=,()'.includes(c)) {
      tokens.push({ t: 'op', v: c });
      i++;
      continue;
    }
    const word = /^[A-Za-z0-9_.\-:$]+/.exec(text.slice(i));
    if (!word) throw new QueryError(`unexpected character "${c}" in query`);
    tokens.push({ t: 'word', v: word[0] });
    i += word[0].length;
  }
  return tokens;
}

export function parseQuery(text: string): ParsedQuery {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (tok: Token | undefined, word: string): boolean => tok?.t === 'word' && tok.v.toLowerCase() === word;
  const expectWord = (word: string) => {
    if (!isWord(peek(), word)) throw new QueryError(`expected "${word}" in query`);
    pos++;
  };

  expectWord('query');
  let types: Set<string> | undefined;
  if (isWord(peek(), 'all')) {
    pos++;
  } else {
    types = new Set();
    for (;;) {
      const tok = peek();
      if (tok?.t !== 'word' || isWord(tok, 'resources')) throw new QueryError('expected a resource type in query');
      types.add(tok.v.toLowerCase());
      pos++;
      if (peek()?.t === 'op' && peek()?.v === ',') {
        pos++;
        continue;
      }
      break;
    }
  }
  expectWord('resources');

  const parseCmp = (): Condition => {
    const tok = peek();
    if (tok?.t === 'op' && tok.v === '(') {
      pos++;
      const inner = parseOr();
      const close = peek();
      if (close?.t !== 'op' || close.v !== ')') throw new QueryError('expected ")" in query');
      pos++;
      return inner;
    }
    if (tok?.t !== 'word') throw new QueryError('expected a field name in query');
    const field = QUERY_FIELDS.find((f) => f.toLowerCase() === tok.v.toLowerCase());
    if (!field) throw new QueryError(`unsupported field "${tok.v}" in query`);
    pos++;
    const op = peek();
    if (op?.t !== 'op' || !['=', '!=', '=~', '!~'].includes(op.v)) throw new QueryError(`expected an operator after ${field}`);
    pos++;
    const value = peek();
    if (value?.t !== 'str' && value?.t !== 'word') throw new QueryError(`expected a value after ${field} ${op.v}`);
    pos++;
    return { kind: 'cmp', field, op: op.v as '=' | '!=' | '=~' | '!~', value: value.v };
  };
  const parseAnd = (): Condition => {
    let left = parseCmp();
    while (peek()?.t === 'op' && peek()?.v === '&&') {
      pos++;
      left = { kind: 'and', left, right: parseCmp() };
    }
    return left;
  };
  const parseOr = (): Condition => {
    let left = parseAnd();
    while (peek()?.t === 'op' && peek()?.v === '||') {
      pos++;
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  };

  let where: Condition | undefined;
  if (isWord(peek(), 'where')) {
    pos++;
    where = parseOr();
  }
  let sort: ParsedQuery['sort'];
  if (isWord(peek(), 'sorted')) {
    pos++;
    expectWord('by');
    const field = peek();
    const name = field?.t === 'word' ? field.v.toLowerCase() : '';
    if (name !== 'timecreated' && name !== 'displayname') throw new QueryError('can only sort by timeCreated or displayName');
    pos++;
    let descending = false;
    if (isWord(peek(), 'asc') || isWord(peek(), 'desc')) {
      descending = isWord(peek(), 'desc');
      pos++;
    }
    sort = { field: name === 'timecreated' ? 'timeCreated' : 'displayName', descending };
  }
  if (isWord(peek(), 'return')) {
    pos++;
    expectWord('allAdditionalFields'.toLowerCase());
  }
  if (pos < tokens.length) throw new QueryError(`unexpected "${tokens[pos]?.v}" in query`);
  return { types, where, sort };
}

function fieldValue(resource: GeneratedResource, field: QueryField): string {
  switch (field) {
    case 'compartmentId':
      return resource.compartmentId;
    case 'lifecycleState':
      return resource.lifecycleState;
    case 'resourceType':
      return resource.resourceType;
    case 'displayName':
      return resource.displayName;
  }
}

export function matchesCondition(resource: GeneratedResource, condition: Condition): boolean {
  switch (condition.kind) {
    case 'and':
      return matchesCondition(resource, condition.left) && matchesCondition(resource, condition.right);
    case 'or':
      return matchesCondition(resource, condition.left) || matchesCondition(resource, condition.right);
    case 'cmp': {
      const actual = fieldValue(resource, condition.field);
      // Ids and enum values compare case-insensitively in Search, as do types.
      const equal = condition.field === 'displayName' ? actual === condition.value : actual.toLowerCase() === condition.value.toLowerCase();
      const contains = actual.toLowerCase().includes(condition.value.toLowerCase());
      if (condition.op === '=') return equal;
      if (condition.op === '!=') return !equal;
      if (condition.op === '=~') return contains;
      return !contains;
    }
  }
}

export function matchesQuery(resource: GeneratedResource, query: ParsedQuery): boolean {
  if (query.types && !query.types.has(resource.resourceType.toLowerCase())) return false;
  return query.where ? matchesCondition(resource, query.where) : true;
}
