// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// One one-shot timer, in monotonic time (clock.zig). On Xen: VIRQ_TIMER
// bound to an event channel and VCPUOP_set_singleshot_timer in Xen system
// time. Elsewhere: the local APIC timer. Its expiry wakes a `hlt` (wait.zig);
// the caller then reads the clock.

const clock = @import("clock.zig");
const events = @import("events.zig");
const hypercall = @import("hypercall.zig");
const lapic = @import("lapic.zig");

const VIRQ_TIMER = 0;
const VCPUOP_set_singleshot_timer = 8;

pub const Kind = enum { unknown, xen, lapic, none };
pub var kind: Kind = .unknown;
var port: u32 = 0;

fn init() void {
    if (kind != .unknown) return;
    kind = .none;
    if (clock.xen_base != null) {
        const p = events.bindVirq(VIRQ_TIMER);
        if (p >= 0) {
            port = @intCast(p);
            events.claim(port);
            _ = events.unmask(port);
            kind = .xen;
        }
    } else if (lapic.init()) {
        kind = .lapic;
    }
}

/// Arrange an interrupt at `deadline`; false when no timer exists (the
/// caller must poll the clock).
pub fn arm(deadline: u64, now: u64) bool {
    init();
    switch (kind) {
        .xen => {
            _ = events.take(port);
            var t = extern struct { timeout_abs_ns: u64, flags: u32 = 0 }{ .timeout_abs_ns = clock.toXenSystemTime(deadline) };
            return hypercall.call(hypercall.vcpu_op, VCPUOP_set_singleshot_timer, 0, @intFromPtr(&t)) == 0;
        },
        .lapic => {
            lapic.arm(deadline, now);
            return true;
        },
        else => return false,
    }
}
