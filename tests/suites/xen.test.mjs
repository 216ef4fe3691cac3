// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The Xen platform (xen/): page protections and fault reports, timers and
// blocking, event channels, grant tables, xenstore and the PV console,
// through the platform test kernels in tests/xen/ (built by tests/xen/build)
// and samples/hello, booted directly under QEMU, as PVH dom0 on Xen, and as
// PVH domUs of a Linux dom0 (scripts/boot-domu: one boot for all guests).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { compile } from '../../dist/compiler/driver.js';
import { repoRoot } from '../harness/files.mjs';
import { runProcess, runUnderNode } from '../harness/node-oracle.mjs';

const script = (name) => path.join(repoRoot, 'scripts', name);
const hello = path.join(repoRoot, 'samples', 'hello', 'main.ts');
/** A TypeScript program that uses the xen stdlib module (tsxen:xen). */
const whoami = path.join(repoRoot, 'tests', 'xen', 'whoami.ts');

/** Each fault the platform must turn into a clean panic (exit 99). */
const FAULTS = {
  null: /^tsxen: null dereference \[#PF\] vector=0xe error=0x\w+ cr2=0x8 rip=0x/m,
  stack: /^tsxen: stack overflow \[#PF\] vector=0xe error=0x\w+ cr2=0x/m,
  text: /^tsxen: write to read-only memory \[#PF\] vector=0xe error=0x3 /m,
  rodata: /^tsxen: write to read-only memory \[#PF\] vector=0xe error=0x3 /m,
  nx: /^tsxen: execution of non-executable memory \[#PF\] vector=0xe error=0x11 /m,
  ud: /^tsxen: CPU exception \[#UD\] vector=0x6 /m,
};

/** "late <ms> <us>" lines of tests/xen/sleep.zig: every sleep ended, none early. */
function checkSleeps(stdout) {
  const late = [...stdout.matchAll(/^late (\d+) (-?\d+)$/gm)].map((m) => [Number(m[1]), Number(m[2])]);
  assert.deepEqual(late.map(([ms]) => ms), [1, 10, 100, 1000], stdout);
  // Xen runs emulated (TCG) beside another test worker on 2 cores: a wake-up
  // can slip by tens of milliseconds; a timer not programmed misses by seconds.
  for (const [ms, us] of late) {
    assert.ok(us >= 0 && us < 250000, `sleep ${ms} ms woke ${us} µs late`);
  }
  const wall = Number(/^wall (\d+)$/m.exec(stdout)?.[1]);
  assert.ok(wall > Date.parse('2024-01-01') && wall < Date.now() + 86400e3, `wall clock ${wall}`);
}

describe('the Xen platform', function () {
  this.timeout(120000);
  let work;
  const elf = (name) => path.join(work, `${name}.elf`);

  before(async function () {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsxen-xen-'));
    const r = await runProcess(path.join(repoRoot, 'tests', 'xen', 'build'), [work], { timeoutMs: 110000 });
    assert.equal(r.status, 0, r.stderr);
    compile({ entry: hello, output: elf('hello'), target: 'xen', opt: 2 });
    compile({ entry: whoami, output: elf('whoami'), target: 'xen', opt: 2 });
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  describe('directly under QEMU', () => {
    for (const [fault, message] of Object.entries(FAULTS)) {
      it(`reports a ${fault} fault and exits 99`, async () => {
        const r = await runProcess(script('boot-qemu'), [elf('fault'), fault]);
        assert.match(r.stdout, new RegExp(`^fault: ${fault}\n`));
        assert.match(r.stdout, message);
        assert.doesNotMatch(r.stdout, /no fault/);
        assert.equal(r.status, 99, r.stdout + r.stderr);
      });
    }

    it('sleeps on the local APIC timer and reads the RTC', async () => {
      const r = await runProcess(script('boot-qemu'), [elf('sleep'), '200']);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      checkSleeps(r.stdout);
      assert.match(r.stdout, /^slept 2\d\d$/m);
    });

    it('the xen module reports no domain id and no xenstore', async () => {
      const r = await runProcess(script('boot-qemu'), [elf('whoami')]);
      assert.equal(r.stdout, 'domid -1\nno xenstore\n');
      assert.equal(r.status, 0, r.stderr);
    });

    it('answers ENOSYS for Xen services', async () => {
      const r = await runProcess(script('boot-qemu'), [elf('xenstore')]);
      assert.equal(r.stdout, 'not on Xen\n');
      assert.equal(r.status, 0, r.stderr);
    });
  });

  describe('as PVH dom0 on Xen', () => {
    it('reports a null dereference and exits 99', async () => {
      const r = await runProcess(script('boot-xen'), [elf('fault'), 'null'], { timeoutMs: 110000 });
      assert.match(r.stdout, FAULTS.null);
      assert.equal(r.status, 99, r.stdout + r.stderr);
    });

    it('sleeps on Xen timers, uses grants and event channels', async () => {
      const s = await runProcess(script('boot-xen'), [elf('sleep'), '200'], { timeoutMs: 110000 });
      assert.equal(s.status, 0, s.stdout + s.stderr);
      checkSleeps(s.stdout);
      const x = await runProcess(script('boot-xen'), [elf('xenstore')], { timeoutMs: 110000 });
      assert.match(x.stdout, /^domid 0\nno xenstore\nok grant table\nok event channel loopback\n/);
      assert.equal(x.status, 0, x.stdout + x.stderr);
    });

    it('a TypeScript program sees domid 0 through the xen module (no xenstore before a toolstack)', async () => {
      const r = await runProcess(script('boot-xen'), [elf('whoami')], { timeoutMs: 110000 });
      assert.match(r.stdout, /^domid 0\nno xenstore\n/);
      assert.equal(r.status, 0, r.stdout + r.stderr);
    });
  });

  describe('as PVH domUs of a Linux dom0 (one boot)', () => {
    let guests; // name → { log, summary }
    let status;

    before(async function () {
      // Seven guests in one emulated boot; the machine's two cores are shared.
      this.timeout(300000);
      const setup = await runProcess(script('setup-domu'), [], { timeoutMs: 110000 });
      if (setup.status !== 0) {
        console.warn(`skipping domU tests: scripts/setup-domu failed: ${setup.stderr}`);
        this.skip();
      }
      const kernels = [
        elf('hello'), elf('xenstore'), `${elf('sleep')}=2000`,
        `${elf('fault')}=null`, `${elf('fault')}=stack`, `${elf('fault')}=text`,
        elf('whoami'),
      ];
      const r = await runProcess('env', ['TSXEN_DOMU_SAMPLE=0.5', script('boot-domu'), ...kernels], { timeoutMs: 290000 });
      status = r.status;
      guests = {};
      for (const section of r.stdout.split(/^==> /m).slice(1)) {
        const [name, ...rest] = section.split(' <==\n');
        guests[name] = { log: rest.join(' <==\n') };
      }
      for (const m of r.stderr.matchAll(/^boot-domu: (tsxen-\S+): (\S+) cpu=(\S+) wall=(\S+) states=(\S*)$/gm)) {
        guests[m[1]] = { ...guests[m[1]], reason: m[2], cpu: Number(m[3]), wall: Number(m[4]), states: m[5].split(',') };
      }
      assert.equal(Object.keys(guests).length, kernels.length, r.stdout + r.stderr);
    });

    it('exits 1 because some guests crashed', () => {
      assert.equal(status, 1);
    });

    it('hello prints what Node prints on the PV console and powers off', async () => {
      const expected = await runUnderNode(hello, work);
      assert.equal(guests['tsxen-1-hello'].log, expected.stdout);
      assert.equal(guests['tsxen-1-hello'].reason, 'poweroff');
    });

    it('reads its name and domid from xenstore; xenstore, grants and event channels work', () => {
      const g = guests['tsxen-2-xenstore'];
      assert.match(g.log, /^domid (\d+)\nname tsxen-2-xenstore\n/);
      for (const step of ['xenstore read/write/directory', 'xenstore transaction', 'xenstore watch', 'grant table', 'event channel loopback']) {
        assert.match(g.log, new RegExp(`^ok ${step}$`, 'm'));
      }
      assert.equal(g.reason, 'poweroff', g.log);
    });

    it('a sleeping guest is blocked, not spinning', () => {
      const g = guests['tsxen-3-sleep'];
      checkSleeps(g.log);
      assert.match(g.log, /^slept 20\d\d$/m);
      assert.equal(g.reason, 'poweroff', g.log);
      assert.ok(g.states.includes('b'), `states ${g.states}`);
      assert.ok(!g.states.includes('r'), `states ${g.states}`);
      assert.ok(g.cpu <= 0.5, `${g.cpu} s of CPU in ${g.wall} s`);
    });

    it('a TypeScript program reads its name and domid through the xen module', () => {
      const g = guests['tsxen-7-whoami'];
      // xl creates the guests one after another and Xen hands out domain ids
      // in order (dom0 is 0), so the seventh guest is domain 7.
      assert.equal(g.log, [
        'domid 7', 'name tsxen-7-whoami', 'domid key agrees', 'absolute name agrees', 'read back equal',
        'home lists name,domid,data', 'removed true', 'directory of a missing path: errno 2', 'event channel port allocated', '',
      ].join('\n'));
      assert.equal(g.reason, 'poweroff', g.log);
    });

    for (const [i, fault] of [[4, 'null'], [5, 'stack'], [6, 'text']]) {
      it(`a ${fault} fault is a clean panic and a crash`, () => {
        const g = guests[`tsxen-${i}-fault`];
        assert.match(g.log, FAULTS[fault]);
        assert.equal(g.reason, 'crash', g.log);
      });
    }
  });
});
