// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors

//! Promises and the microtask queue, with the job ordering of ECMAScript
//! (and so of V8/Node): reactions run as jobs in FIFO order, resolving with
//! a promise takes a NewPromiseResolveThenableJob and then a reaction (two
//! extra ticks), `await` takes one tick (PerformPromiseThen on the promise
//! itself). Callbacks are program closures called through compiler-made
//! adapters `fn(closure, value tag, value bits) -> Value` that convert
//! between the closure's own kinds and a Value; a callback that throws
//! leaves the program's exception flag raised (rt/throw.zig), which is
//! checked here. All objects here are WORDS objects (rt/ABI.md): traced
//! conservatively, so their fields may hold Values, addresses or integers.

const std = @import("std");
const heap = @import("heap.zig");
const gc = @import("gc.zig");
const object = @import("object.zig");
const value = @import("value.zig");
const Value = value.Value;

extern var tsx_exception_pending: u8;
extern var tsx_exception_value: Value;
extern fn tsx_uncaught(v: Value) callconv(.C) noreturn;

/// The two eightbytes a Value is returned in (RAX, RDX).
pub const Ret = extern struct { tag: u64, bits: u64 };
pub const Adapter = *const fn (closure: usize, tag: u64, bits: u64) callconv(.C) Ret;

pub const PENDING: usize = 0;
pub const FULFILLED: usize = 1;
pub const REJECTED: usize = 2;

/// A WORDS object of `n` fields after the two header words; fields start at index 2.
pub fn newWords(tag: u32, n: usize) [*]usize {
    // These objects (and coroutine frames) are written without the write
    // barrier: marking cannot be incremental once they exist, and their stores are
    // not remembered for minor cycles (heap.zig: atomic cycles are full).
    heap.disableIncremental();
    const w: [*]usize = @ptrCast(heap.allocObject((n + 2) * 8, tag));
    w[1] = n;
    return w;
}

// Promise: [2] state, [3] handled, [4] value tag, [5] value bits,
// [6] reactions head, [7] reactions tail, [8] already resolved.
const P_STATE = 2;
const P_HANDLED = 3;
const P_TAG = 4;
const P_BITS = 5;
const P_HEAD = 6;
const P_TAIL = 7;
const P_RESOLVED = 8;

pub fn newPromise() [*]usize {
    return newWords(object.TAG_PROMISE, 7);
}

pub fn isPromise(v: Value) bool {
    if (@intFromEnum(v.tag) != 5 or v.bits == 0) return false;
    return @as(*const u32, @ptrFromInt(@as(usize, @intCast(v.bits)))).* == object.TAG_PROMISE;
}

fn asPromise(v: Value) [*]usize {
    return @ptrFromInt(@as(usize, @intCast(v.bits)));
}

fn valueOf(w: [*]usize, i: usize) Value {
    return .{ .tag = @enumFromInt(@as(u32, @truncate(w[i]))), .bits = w[i + 1] };
}

fn setValue(w: [*]usize, i: usize, v: Value) void {
    w[i] = @intFromEnum(v.tag);
    w[i + 1] = v.bits;
}

pub fn objectValue(p: [*]usize) Value {
    return .{ .tag = @enumFromInt(5), .bits = @intFromPtr(p) };
}

// Reactions: [2] next, [3] kind, then kind-specific fields.
pub const R_THEN = 1; // [4] derived (0: none), [5] onFulfilled closure, [6] adapter, [7] onRejected closure, [8] adapter
pub const R_AWAIT = 2; // [4] coroutine handle (frame object + 48)
pub const R_RESOLVE = 3; // [4] promise to settle the same way
pub const R_FINALLY = 4; // [4] derived, [5] onFinally closure, [6] adapter
pub const R_PASS = 5; // [4] derived, [5..6] a Value to fulfil with ([7] = 1: reject with it instead)
pub const R_COMBINE = 6; // [4] combinator state, [5] index (promise_all.zig)

pub fn newReaction(kind: usize) [*]usize {
    const r = newWords(6, 8);
    r[3] = kind;
    return r;
}

/// PerformPromiseThen: add a reaction, or queue its job at once when settled.
pub fn addReaction(p: [*]usize, r: [*]usize) void {
    if (p[P_STATE] == PENDING) {
        if (p[P_TAIL] == 0) p[P_HEAD] = @intFromPtr(r) else @as([*]usize, @ptrFromInt(p[P_TAIL]))[2] = @intFromPtr(r);
        p[P_TAIL] = @intFromPtr(r);
    } else {
        if (p[P_STATE] == REJECTED and p[P_HANDLED] == 0) forgetUnhandled(p);
        queueReactionJob(r, p[P_STATE], valueOf(p, P_TAG));
    }
    p[P_HANDLED] = 1;
}

fn settle(p: [*]usize, state: usize, v: Value) void {
    if (p[P_STATE] != PENDING) return;
    p[P_STATE] = state;
    setValue(p, P_TAG, v);
    var r = p[P_HEAD];
    p[P_HEAD] = 0;
    p[P_TAIL] = 0;
    while (r != 0) {
        const rw: [*]usize = @ptrFromInt(r);
        const next = rw[2];
        rw[2] = 0;
        queueReactionJob(rw, state, v);
        r = next;
    }
    if (state == REJECTED and p[P_HANDLED] == 0) trackUnhandled(p);
}

pub fn reject(p: [*]usize, v: Value) void {
    settle(p, REJECTED, v);
}

pub fn fulfil(p: [*]usize, v: Value) void {
    settle(p, FULFILLED, v);
}

/// The promise resolve function: a promise (our only thenable) is adopted
/// through a NewPromiseResolveThenableJob, anything else fulfils.
pub fn resolve(p: [*]usize, v: Value) void {
    if (isPromise(v) and asPromise(v) == p) {
        reject(p, makeTypeError("Chaining cycle detected for promise #<Promise>"));
        return;
    }
    if (isPromise(v)) {
        const j = newJob(J_THENABLE);
        j[4] = @intFromPtr(p);
        j[5] = v.bits;
        enqueue(j);
        return;
    }
    fulfil(p, v);
}

/// The resolve functions given to an executor share one "already resolved" flag.
pub fn resolveOnce(p: [*]usize, v: Value, rejecting: bool) void {
    if (p[P_RESOLVED] != 0) return;
    p[P_RESOLVED] = 1;
    if (rejecting) reject(p, v) else resolve(p, v);
}

extern fn tsx_make_error(kind: u32, message: *const @import("string.zig").Str) callconv(.C) usize;

pub fn makeTypeError(msg: []const u8) Value {
    return .{ .tag = @enumFromInt(5), .bits = tsx_make_error(1, @import("string.zig").fromAscii(msg)) };
}

pub fn makeError(kind: u32, msg: []const u8) Value {
    return .{ .tag = @enumFromInt(5), .bits = tsx_make_error(kind, @import("string.zig").fromAscii(msg)) };
}

// ---- the microtask queue ------------------------------------------------

// Jobs: [2] next, [3] kind, then fields.
const J_REACTION = 1; // [4] reaction, [5] state, [6..7] value
const J_THENABLE = 2; // [4] promise to resolve, [5] the promise it adopts
const J_CALLBACK = 3; // [4] closure, [5] adapter (queueMicrotask)

/// Runtime roots (gc.runtime_roots): the queue's head and tail, the
/// rejected promises nobody handled yet (a WORDS list), the timer list.
const ROOT_HEAD = 0;
const ROOT_TAIL = 1;
const ROOT_UNHANDLED = 2;

fn newJob(kind: usize) [*]usize {
    const j = newWords(6, 6);
    j[3] = kind;
    return j;
}

fn enqueue(j: [*]usize) void {
    const roots = &gc.runtime_roots;
    if (roots[ROOT_TAIL] == 0) roots[ROOT_HEAD] = @intFromPtr(j) else @as([*]usize, @ptrFromInt(roots[ROOT_TAIL]))[2] = @intFromPtr(j);
    roots[ROOT_TAIL] = @intFromPtr(j);
}

fn queueReactionJob(r: [*]usize, state: usize, v: Value) void {
    const j = newJob(J_REACTION);
    j[4] = @intFromPtr(r);
    j[5] = state;
    setValue(j, 6, v);
    enqueue(j);
}

pub fn queueCallback(closure: usize, adapter: usize) void {
    const j = newJob(J_CALLBACK);
    j[4] = closure;
    j[5] = adapter;
    enqueue(j);
}

/// Runs jobs until the queue is empty (jobs may queue more).
pub fn drain() void {
    const roots = &gc.runtime_roots;
    while (roots[ROOT_HEAD] != 0) {
        const j: [*]usize = @ptrFromInt(roots[ROOT_HEAD]);
        roots[ROOT_HEAD] = j[2];
        if (roots[ROOT_HEAD] == 0) roots[ROOT_TAIL] = 0;
        runJob(j);
    }
}

/// Calls a program callback; an exception it throws comes back as `error`.
pub fn call(closure: usize, adapter: usize, arg: Value, threw: *bool) Value {
    const f: Adapter = @ptrFromInt(adapter);
    const r = f(closure, @intFromEnum(arg.tag), arg.bits);
    if (tsx_exception_pending != 0) {
        tsx_exception_pending = 0;
        threw.* = true;
        return tsx_exception_value;
    }
    threw.* = false;
    return .{ .tag = @enumFromInt(@as(u32, @truncate(r.tag))), .bits = r.bits };
}

/// A callback with no promise to reject (a timer, queueMicrotask): an
/// exception is uncaught, as in Node.
pub fn callUncaught(closure: usize, adapter: usize) void {
    var threw = false;
    const v = call(closure, adapter, Value.undefined, &threw);
    if (threw) uncaught(v);
}

fn uncaught(v: Value) noreturn {
    tsx_uncaught(v);
}

/// Emitted by the compiler in every program that uses the event loop (it
/// calls llvm.coro.resume on the frame's handle).
extern fn tsx_coro_resume(frame: usize) callconv(.C) void;

fn coroResume(frame: usize) void {
    tsx_coro_resume(frame);
}

fn runJob(j: [*]usize) void {
    switch (j[3]) {
        J_CALLBACK => callUncaught(j[4], j[5]),
        J_THENABLE => {
            // thenable.then(resolve, reject) for the promise being resolved.
            const r = newReaction(R_RESOLVE);
            r[4] = j[4];
            addReaction(@ptrFromInt(j[5]), r);
        },
        J_REACTION => runReaction(@ptrFromInt(j[4]), j[5], valueOf(j, 6)),
        else => unreachable,
    }
}

fn settleDerived(derived: usize, threw: bool, v: Value) void {
    if (derived == 0) return;
    const d: [*]usize = @ptrFromInt(derived);
    if (threw) reject(d, v) else resolve(d, v);
}

fn runReaction(r: [*]usize, state: usize, v: Value) void {
    switch (r[3]) {
        R_THEN => {
            const closure = if (state == FULFILLED) r[5] else r[7];
            const adapter = if (state == FULFILLED) r[6] else r[8];
            if (closure == 0) return settleDerived(r[4], state == REJECTED, v);
            var threw = false;
            const result = call(closure, adapter, v, &threw);
            settleDerived(r[4], threw, result);
        },
        R_AWAIT => {
            const frame: [*]usize = @ptrFromInt(r[4] - 48);
            frame[2] = state;
            setValue(frame, 3, v);
            coroResume(r[4]);
        },
        R_RESOLVE => {
            const p: [*]usize = @ptrFromInt(r[4]);
            if (state == FULFILLED) resolve(p, v) else reject(p, v);
        },
        R_FINALLY => {
            // thenFinally / catchFinally: call onFinally(), then wait for its
            // result and pass the original outcome on.
            var threw = false;
            const result = call(r[5], r[6], Value.undefined, &threw);
            if (threw) return settleDerived(r[4], true, result);
            const inner = promiseResolve(result);
            const derived2 = newPromise();
            const pass = newReaction(R_PASS);
            pass[4] = @intFromPtr(derived2);
            setValue(pass, 5, v);
            pass[7] = @intFromBool(state == REJECTED);
            addReaction(inner, pass);
            settleDerived(r[4], false, objectValue(derived2));
        },
        R_PASS => {
            if (state == REJECTED) return settleDerived(r[4], true, v);
            settleDerived(r[4], r[7] != 0, valueOf(r, 5));
        },
        R_COMBINE => @import("promise_combinators.zig").settled(r, state, v),
        else => unreachable,
    }
}

/// PromiseResolve(%Promise%, v): a promise as it is, anything else wrapped.
pub fn promiseResolve(v: Value) [*]usize {
    if (isPromise(v)) return asPromise(v);
    const p = newPromise();
    fulfil(p, v);
    return p;
}

// ---- unhandled rejections ----------------------------------------------

fn trackUnhandled(p: [*]usize) void {
    const n = newWords(6, 2);
    n[2] = gc.runtime_roots[ROOT_UNHANDLED];
    n[3] = @intFromPtr(p);
    gc.runtime_roots[ROOT_UNHANDLED] = @intFromPtr(n);
}

fn forgetUnhandled(p: [*]usize) void {
    var link: *usize = &gc.runtime_roots[ROOT_UNHANDLED];
    while (link.* != 0) {
        const n: [*]usize = @ptrFromInt(link.*);
        if (n[3] == @intFromPtr(p)) {
            link.* = n[2];
            return;
        }
        link = &n[2];
    }
}

/// After the queue drains: a rejection still unhandled ends the program as
/// Node's default (--unhandled-rejections=throw) does, with status 1. The
/// oldest one is reported.
pub fn checkUnhandled() void {
    var first: usize = 0;
    var n = gc.runtime_roots[ROOT_UNHANDLED];
    while (n != 0) {
        const w: [*]usize = @ptrFromInt(n);
        const p: [*]usize = @ptrFromInt(w[3]);
        if (p[P_HANDLED] == 0) first = w[3];
        n = w[2];
    }
    gc.runtime_roots[ROOT_UNHANDLED] = 0;
    if (first != 0) @import("unhandled.zig").report(valueOf(@ptrFromInt(first), P_TAG));
}

// ---- the C ABI the compiler calls -----------------------------------------

export fn tsx_promise_new() callconv(.C) usize {
    return @intFromPtr(newPromise());
}

/// The executor's resolve (rejecting = 0) and reject (1) functions.
export fn tsx_promise_resolve_fn(p: usize, rejecting: u32, v: Value) callconv(.C) void {
    resolveOnce(@ptrFromInt(p), v, rejecting != 0);
}

/// An executor that threw: reject unless already resolved.
export fn tsx_promise_executor_threw(p: usize) callconv(.C) void {
    if (tsx_exception_pending == 0) return;
    tsx_exception_pending = 0;
    resolveOnce(@ptrFromInt(p), tsx_exception_value, true);
}

export fn tsx_promise_then(p: usize, on_ful: usize, ful_adapter: usize, on_rej: usize, rej_adapter: usize) callconv(.C) usize {
    const derived = newPromise();
    const r = newReaction(R_THEN);
    r[4] = @intFromPtr(derived);
    r[5] = on_ful;
    r[6] = ful_adapter;
    r[7] = on_rej;
    r[8] = rej_adapter;
    addReaction(@ptrFromInt(p), r);
    return @intFromPtr(derived);
}

export fn tsx_promise_finally(p: usize, on_finally: usize, adapter: usize) callconv(.C) usize {
    // A missing onFinally (undefined) passes the outcome on, as then() does.
    if (on_finally == 0) return tsx_promise_then(p, 0, 0, 0, 0);
    const derived = newPromise();
    const r = newReaction(R_FINALLY);
    r[4] = @intFromPtr(derived);
    r[5] = on_finally;
    r[6] = adapter;
    addReaction(@ptrFromInt(p), r);
    return @intFromPtr(derived);
}

/// Promise.resolve(v) (a promise is returned as it is) and Promise.reject(v).
export fn tsx_promise_resolved(v: Value) callconv(.C) usize {
    return @intFromPtr(promiseResolve(v));
}

export fn tsx_promise_rejected(v: Value) callconv(.C) usize {
    const p = newPromise();
    reject(p, v);
    return @intFromPtr(p);
}

/// An async function's end: resolve its promise (a returned promise is
/// adopted) or reject it with the exception it let escape.
export fn tsx_async_return(p: usize, v: Value) callconv(.C) void {
    resolve(@ptrFromInt(p), v);
}

export fn tsx_async_throw(p: usize) callconv(.C) void {
    tsx_exception_pending = 0;
    reject(@ptrFromInt(p), tsx_exception_value);
}

/// A coroutine frame object: [2] state, [3..4] the awaited outcome, [5] spare,
/// then `size` bytes of LLVM's frame (its handle is the object + 48).
export fn tsx_coro_alloc(size: usize) callconv(.C) usize {
    return @intFromPtr(newWords(6, 4 + (size + 7) / 8));
}

/// `await v` in the coroutine whose LLVM handle is `handle` (its frame
/// object + 48): resume it one tick after v settles. The handle itself is
/// passed so that LLVM sees it escape (CoroElide would otherwise move a
/// frame that seems local onto the caller's stack).
export fn tsx_await(handle: usize, v: Value) callconv(.C) void {
    const r = newReaction(R_AWAIT);
    r[4] = handle;
    addReaction(promiseResolve(v), r);
}

export fn tsx_queue_microtask(closure: usize, adapter: usize) callconv(.C) void {
    queueCallback(closure, adapter);
}
