// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The closed-world "never throws" analysis (compiler/src/lower/nothrow.ts):
// which functions may leave with an exception pending, and which checks
// after calls can go.

import assert from 'node:assert/strict';
import { ThrowGraph } from '../../dist/compiler/lower/nothrow.js';

describe('nothrow analysis', () => {
  it('a function without exceptional exits never throws; checks after calls to it are dead', () => {
    const g = new ThrowGraph();
    for (const f of ['main', 'leaf']) g.addFunction(f);
    const site = g.addCheck('leaf');
    g.addExit('main', site);
    assert.deepEqual([...g.throwingFunctions()], []);
    assert.deepEqual(g.deadChecks(), [site]);
  });

  it('throwing propagates through callers, mutual recursion stays clean without a throw', () => {
    const g = new ThrowGraph();
    for (const f of ['thrower', 'mid', 'top', 'even', 'odd']) g.addFunction(f);
    g.addExit('thrower', undefined); // a `throw`
    g.addExit('mid', g.addCheck('thrower'));
    const topSite = g.addCheck('mid');
    g.addExit('top', topSite);
    const evenSite = g.addCheck('odd');
    const oddSite = g.addCheck('even');
    g.addExit('even', evenSite);
    g.addExit('odd', oddSite);
    assert.deepEqual([...g.throwingFunctions()].sort(), ['mid', 'thrower', 'top']);
    assert.deepEqual(g.deadChecks(), [evenSite, oddSite]);
  });

  it('a recursive cycle with one throwing member throws everywhere on it', () => {
    const g = new ThrowGraph();
    for (const f of ['ping', 'pong']) g.addFunction(f);
    g.addExit('ping', g.addCheck('pong'));
    g.addExit('pong', g.addCheck('ping'));
    g.addExit('pong', undefined);
    assert.deepEqual([...g.throwingFunctions()].sort(), ['ping', 'pong']);
    assert.deepEqual(g.deadChecks(), []);
  });

  it('checks after runtime calls, closures, or functions not lowered here are never dead', () => {
    const g = new ThrowGraph();
    g.addFunction('f');
    const runtime = g.addCheck(undefined); // a runtime call or a call through a closure
    const external = g.addCheck('tsx_sort'); // never lowered by a FunctionContext
    g.addExit('f', runtime);
    assert.ok(g.throwingFunctions().has('f'));
    assert.deepEqual(g.deadChecks(), []);
    const g2 = new ThrowGraph();
    g2.addFunction('h');
    g2.addExit('h', g2.addCheck('unknown'));
    assert.ok(g2.throwingFunctions().has('h'));
    assert.equal(external.callee, 'tsx_sort');
  });

  it('a check whose exception is caught inside the caller does not make it throw', () => {
    const g = new ThrowGraph();
    for (const f of ['risky', 'guarded']) g.addFunction(f);
    g.addExit('risky', undefined);
    g.addCheck('risky'); // routed to a catch: no exit recorded for 'guarded'
    const outer = g.addCheck('guarded');
    assert.ok(!g.throwingFunctions().has('guarded'));
    assert.deepEqual(g.deadChecks(), [outer]);
  });
});
