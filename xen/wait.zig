// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Blocking: sleep until a deadline or until something happens. With
// interrupts off we collect events (events.poll) and check; if nothing is
// there we arm the timer and `sti; hlt`, which cannot miss an interrupt that
// arrives in between (it is delivered right after the sti and wakes the
// hlt). On Xen a halted PVH vCPU is descheduled: a sleeping kernel uses no
// CPU. Without a timer we poll the clock with `pause`.

const std = @import("std");
const clock = @import("clock.zig");
const cpu = @import("cpu.zig");
const events = @import("events.zig");
const timer = @import("timer.zig");

pub const forever = std.math.maxInt(u64);

/// Sources of wake-up reasons beyond event channels (xenstore watches):
/// each returns its bit in tsx_platform_wait's result, or 0.
pub var extra: ?*const fn () u32 = null;

pub const EVENTS: u32 = 1 << 0; // an event channel fired: tsx_evtchn_poll
pub const WATCH: u32 = 1 << 1; // a xenstore watch fired: tsx_xs_read_watch

fn pending() u32 {
    var r: u32 = if (extra) |f| f() else 0; // first: it may collect events
    if (events.anyFired()) r |= EVENTS;
    return r;
}

/// Block until `deadline` (monotonic ns) or until `cond` holds (checked
/// with interrupts off, after collecting events). True when cond held.
/// Leaves interrupts as it found them.
pub fn until(deadline: u64, ctx: anytype, comptime cond: fn (@TypeOf(ctx)) bool) bool {
    const was_on = cpu.interruptsOn();
    defer if (was_on) cpu.sti();
    while (true) {
        cpu.cli();
        events.poll();
        if (cond(ctx)) return true;
        const now = clock.nowNs();
        if (now >= deadline) return false;
        if (deadline == forever or timer.arm(deadline, now)) {
            cpu.stiHlt();
        } else {
            cpu.sti();
            cpu.pause();
        }
    }
}

fn somethingPending(r: *u32) bool {
    r.* = pending();
    return r.* != 0;
}

/// tsx_platform_wait: 0 at the deadline, else the pending bits.
pub fn wait(deadline: u64) u32 {
    _ = events.init(); // on Xen: wake for event channels too
    var r: u32 = 0;
    _ = until(deadline, &r, somethingPending);
    return r;
}
