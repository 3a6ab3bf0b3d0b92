// SearchBuckets (docs/architecture.md, "Data flow"): a type that never fills its write buffer
// is read back from memory (no file written, reopened and removed: issue 11 item 3, the time
// before the first enrichment call); a bigger one from its file, then its buffer, in the order
// added, each identifier once.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { SearchSummary } from '../../src/core/record.js';
import { SearchBuckets } from '../../src/pipeline/search-buckets.js';
import { searchSummary } from '../helpers/search-summary.js';

const work = await mkdtemp(join(tmpdir(), 'search-buckets-'));
after(() => rm(work, { recursive: true, force: true }));

const summary = (id: string, type: string, name = id): SearchSummary => searchSummary(id, type, { displayName: name });

test('a small type stays in memory, a big one spans its file and its buffer: both come back in the order added, each identifier once', async () => {
  const dir = join(work, 'a');
  const buckets = new SearchBuckets(dir);
  const big: string[] = [];
  for (let i = 0; i < 400; i++) {
    // Multi-byte names: the buffer is cut at whole lines whatever the bytes.
    buckets.add('region:r1', summary(`ocid1.big..${String(i).padStart(4, '0')}`, 'Big', `vm-${i} ✓ 中文`));
    big.push(`ocid1.big..${String(i).padStart(4, '0')}`);
    if (i % 100 === 99) await buckets.drain();
  }
  buckets.add('region:r1', summary('ocid1.small..b', 'Small'));
  buckets.add('region:r1', summary('ocid1.small..a', 'Small'));
  buckets.add('region:r1', summary('ocid1.small..b', 'Small', 'again'));
  // A repeat of a record already on disk, from the buffer.
  buckets.add('region:r1', summary('ocid1.big..0000', 'Big', 'again'));
  await buckets.settle();
  assert.equal((await readdir(dir)).length, 1, 'only the big type was written to disk');
  assert.deepEqual(buckets.typeCounts('region:r1'), new Map([['Big', 401], ['Small', 3]]));
  assert.equal(buckets.minPending(), 'ocid1.big..0000');
  assert.equal(buckets.minPending('region:r1', ['Small']), 'ocid1.small..a');
  const small = await buckets.take('region:r1', ['Small']);
  assert.deepEqual(small.map((s) => `${s.identifier} ${s.displayName}`), ['ocid1.small..b ocid1.small..b', 'ocid1.small..a ocid1.small..a']);
  const taken = await buckets.take('region:r1', ['Big']);
  assert.deepEqual(taken.map((s) => s.identifier), big);
  assert.equal(taken[0]?.displayName, 'vm-0 ✓ 中文', 'the first copy is kept');
  assert.equal(taken[399]?.displayName, 'vm-399 ✓ 中文');
  assert.deepEqual(await readdir(dir), [], 'the big type file is removed once read');
  assert.equal(buckets.minPending(), undefined, 'nothing left to take');
});
