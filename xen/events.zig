// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Xen event channels, 2-level ABI (xen/include/public/event_channel.h).
// A port is pending when its bit in shared_info.evtchn_pending is set; if
// its mask bit is clear, Xen also sets the vCPU's evtchn_pending_sel bit for
// its word and evtchn_upcall_pending, and raises our upcall: the HVM callback
// vector (HVM_PARAM_CALLBACK_IRQ, type 2 = vector), which lands in
// tsx_irq_xen_upcall below. The handler only clears evtchn_upcall_pending
// (Xen re-injects the vector while it is set) and returns: its work is to
// wake a `hlt` (wait.zig). poll() then moves pending bits into `fired`, from
// which each owner takes its own ports. init() masks every port: a port
// raises the upcall only once its owner unmasks it (the timer, xenstore,
// the program through tsx_evtchn_unmask); the console's port stays masked,
// so xenconsoled's acknowledgements do not wake us.

const std = @import("std");
const clock = @import("clock.zig");
const hypercall = @import("hypercall.zig");
const hvm = @import("hvm.zig");
const shared_info = @import("shared_info.zig");
const traps = @import("traps.zig");

pub const nr_ports = 64 * 64;

const EVTCHNOP_bind_interdomain = 0;
const EVTCHNOP_bind_virq = 1;
const EVTCHNOP_close = 3;
const EVTCHNOP_send = 4;
const EVTCHNOP_alloc_unbound = 6;
const EVTCHNOP_unmask = 9;

pub const ENOSYS: i32 = -38;
pub const EINVAL: i32 = -22;

/// vcpu_info of vCPU 0, for the upcall handler.
export var tsx_vcpu_info: u64 = 0;

comptime {
    asm (
        \\ .section .text.tsx_irq_xen_upcall, "ax", @progbits
        \\ .globl tsx_irq_xen_upcall
        \\tsx_irq_xen_upcall:
        \\ push %rax
        \\ mov tsx_vcpu_info(%rip), %rax
        \\ movb $0, (%rax)
        \\ pop %rax
        \\ iretq
        \\ .text
    );
}

var fired: [64]u64 = [_]u64{0} ** 64;
/// Ports the platform uses itself (timer, xenstore, console): not reported
/// by takeAny().
var internal: [64]u64 = [_]u64{0} ** 64;
var ready = false;

/// Install the upcall; false when not on Xen (or Xen refuses).
pub fn init() bool {
    if (ready) return true;
    const si = clock.xenShared() orelse return false;
    tsx_vcpu_info = @intFromPtr(&si.vcpu_info[0]);
    for (&si.evtchn_mask) |*m| m.* = ~@as(u64, 0);
    si.vcpu_info[0].evtchn_upcall_mask = 0;
    const via_vector: u64 = 2 << 56;
    if (!hvm.set(hvm.CALLBACK_IRQ, via_vector | traps.vector_xen_upcall)) return false;
    ready = true;
    return true;
}

fn op(cmd: u64, arg: anytype) i64 {
    return hypercall.call(hypercall.event_channel_op, cmd, @intFromPtr(arg), 0);
}

fn portOrError(rc: i64, port: u32) i32 {
    if (rc != 0) return @intCast(rc);
    if (port >= nr_ports) return EINVAL; // beyond the 2-level ABI
    return @intCast(port);
}

pub fn bindVirq(virq: u32) i32 {
    if (!init()) return ENOSYS;
    var a = extern struct { virq: u32, vcpu: u32, port: u32 }{ .virq = virq, .vcpu = 0, .port = 0 };
    return portOrError(op(EVTCHNOP_bind_virq, &a), a.port);
}

/// A port that domain `remote` can bind to (with bindInterdomain).
pub fn allocUnbound(remote: u16) i32 {
    if (!init()) return ENOSYS;
    var a = extern struct { dom: u16, remote_dom: u16, port: u32 }{ .dom = hvm.DOMID_SELF, .remote_dom = remote, .port = 0 };
    return portOrError(op(EVTCHNOP_alloc_unbound, &a), a.port);
}

pub fn bindInterdomain(remote: u16, remote_port: u32) i32 {
    if (!init()) return ENOSYS;
    var a = extern struct { remote_dom: u16, pad: u16 = 0, remote_port: u32, local_port: u32 }{ .remote_dom = remote, .remote_port = remote_port, .local_port = 0 };
    return portOrError(op(EVTCHNOP_bind_interdomain, &a), a.local_port);
}

pub fn send(port: u32) i32 {
    if (!init()) return ENOSYS;
    var p = port;
    return @intCast(op(EVTCHNOP_send, &p));
}

pub fn close(port: u32) i32 {
    if (!init()) return ENOSYS;
    if (port >= nr_ports) return EINVAL;
    mask(port);
    var p = port;
    const rc: i32 = @intCast(op(EVTCHNOP_close, &p));
    clearBit(&fired[port / 64], port % 64);
    clearBit(&internal[port / 64], port % 64);
    return rc;
}

pub fn mask(port: u32) void {
    const si = clock.xenShared() orelse return;
    if (port < nr_ports) setBit(&si.evtchn_mask[port / 64], port % 64);
}

/// Clear the mask; Xen re-raises an event that arrived while masked.
pub fn unmask(port: u32) i32 {
    if (!init()) return ENOSYS;
    if (port >= nr_ports) return EINVAL;
    var p = port;
    return @intCast(op(EVTCHNOP_unmask, &p));
}

/// Mark a port as the platform's own: takeAny() skips it.
pub fn claim(port: u32) void {
    if (port < nr_ports) setBit(&internal[port / 64], port % 64);
}

fn setBit(w: anytype, bit: u32) void {
    _ = @atomicRmw(u64, @volatileCast(w), .Or, @as(u64, 1) << @intCast(bit), .seq_cst);
}

fn clearBit(w: anytype, bit: u32) void {
    _ = @atomicRmw(u64, @volatileCast(w), .And, ~(@as(u64, 1) << @intCast(bit)), .seq_cst);
}

/// Move every pending, unmasked port into `fired` (clearing it in Xen's
/// bitmap, so that a new event on it is seen as new).
pub fn poll() void {
    if (!ready) return;
    const si = clock.xenShared() orelse return;
    const v = &si.vcpu_info[0];
    v.evtchn_upcall_pending = 0;
    var sel = @atomicRmw(u64, @volatileCast(&v.evtchn_pending_sel), .Xchg, 0, .seq_cst);
    while (sel != 0) : (sel &= sel - 1) {
        const w = @ctz(sel);
        const bits = si.evtchn_pending[w] & ~si.evtchn_mask[w];
        if (bits == 0) continue;
        _ = @atomicRmw(u64, @volatileCast(&si.evtchn_pending[w]), .And, ~bits, .seq_cst);
        fired[w] |= bits;
    }
}

/// Whether `port` fired since last asked; clears it.
pub fn take(port: u32) bool {
    if (port >= nr_ports) return false;
    const bit = @as(u64, 1) << @intCast(port % 64);
    const was = fired[port / 64] & bit != 0;
    fired[port / 64] &= ~bit;
    return was;
}

/// True when a port that is not the platform's own has fired.
pub fn anyFired() bool {
    for (fired, internal) |f, i| {
        if (f & ~i != 0) return true;
    }
    return false;
}

/// Take up to out.len fired ports that are not the platform's own.
pub fn takeAny(out: []u32) usize {
    var n: usize = 0;
    for (&fired, internal, 0..) |*f, i, w| {
        while (n < out.len and f.* & ~i != 0) {
            const b: u6 = @intCast(@ctz(f.* & ~i));
            f.* &= ~(@as(u64, 1) << b);
            out[n] = @intCast(w * 64 + b);
            n += 1;
        }
    }
    return n;
}
