// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// A xenstore client over the shared ring (xen/include/public/io/xs_wire.h):
// the page at HVM_PARAM_STORE_PFN holds a 1 KiB request ring and a 1 KiB
// response ring; HVM_PARAM_STORE_EVTCHN is the event channel to xenstored.
// A message is a 16-byte header (type, request id, transaction id, length)
// and its payload. One request at a time: we write it, then read messages
// until its answer comes; watch events that arrive meanwhile (or while the
// program waits, see pump) are queued for readWatch.

const std = @import("std");
const clock = @import("clock.zig");
const cpu = @import("cpu.zig");
const events = @import("events.zig");
const hvm = @import("hvm.zig");
const wait = @import("wait.zig");

pub const DIRECTORY = 1;
pub const READ = 2;
pub const WATCH = 4;
pub const UNWATCH = 5;
pub const TRANSACTION_START = 6;
pub const TRANSACTION_END = 7;
pub const WRITE = 11;
pub const RM = 13;
const WATCH_EVENT = 15;
const ERROR = 16;

const ring_size = 1024;
pub const payload_max = 4096;

const Ring = extern struct {
    req: [ring_size]u8,
    rsp: [ring_size]u8,
    req_cons: u32,
    req_prod: u32,
    rsp_cons: u32,
    rsp_prod: u32,
};

const Header = extern struct { type: u32, req_id: u32, tx_id: u32, len: u32 };

var ring: ?*volatile Ring = null;
var port: u32 = 0;
var next_id: u32 = 1;
var msg: [payload_max]u8 = undefined;

// Fired watches, back to back: u16 length, then "path\0token\0".
var watches: [4096]u8 = undefined;
var watches_len: usize = 0;

const E = struct {
    const ENOSYS: i32 = -38;
    const EIO: i32 = -5;
    const E2BIG: i32 = -7;
    const EINVAL: i32 = -22;
};

/// Connect once; false without xenstore (not on Xen, or dom0 with no
/// xenstored: its store page is 0).
pub fn init() bool {
    if (ring != null) return true;
    if (clock.xen_base == null or !events.init()) return false;
    const pfn = hvm.get(hvm.STORE_PFN) orelse return false;
    const evtchn = hvm.get(hvm.STORE_EVTCHN) orelse return false;
    if (pfn == 0 or evtchn == 0) return false;
    port = @intCast(evtchn);
    events.claim(port);
    _ = events.unmask(port);
    ring = @ptrFromInt(pfn << 12);
    wait.extra = pump;
    return true;
}

fn notify() void {
    _ = events.send(port);
}

fn reqSpace(r: *volatile Ring) bool {
    return r.req_prod -% r.req_cons < ring_size;
}

fn rspAvail(r: *volatile Ring) bool {
    return r.rsp_prod != r.rsp_cons;
}

fn put(r: *volatile Ring, bytes: []const u8) void {
    var done: usize = 0;
    while (done < bytes.len) {
        if (!reqSpace(r)) _ = wait.until(wait.forever, r, reqSpace);
        const prod = r.req_prod;
        const n = @min(bytes.len - done, ring_size - (prod -% r.req_cons));
        for (0..n) |i| r.req[(prod +% @as(u32, @intCast(i))) % ring_size] = bytes[done + i];
        cpu.mfence(); // the bytes before the index
        r.req_prod = prod +% @as(u32, @intCast(n));
        done += n;
        notify();
    }
}

fn get(r: *volatile Ring, out: []u8) void {
    var done: usize = 0;
    while (done < out.len) {
        if (!rspAvail(r)) _ = wait.until(wait.forever, r, rspAvail);
        const cons = r.rsp_cons;
        cpu.mfence(); // the index before the bytes
        const n = @min(out.len - done, r.rsp_prod -% cons);
        for (0..n) |i| out[done + i] = r.rsp[(cons +% @as(u32, @intCast(i))) % ring_size];
        cpu.mfence();
        r.rsp_cons = cons +% @as(u32, @intCast(n));
        done += n;
        notify();
    }
}

fn queueWatch(payload: []const u8) void {
    if (watches_len + 2 + payload.len > watches.len) return; // full: dropped
    std.mem.writeInt(u16, watches[watches_len..][0..2], @intCast(payload.len), .little);
    @memcpy(watches[watches_len + 2 ..][0..payload.len], payload);
    watches_len += 2 + payload.len;
}

/// Read one message; watch events are queued and reported as null.
fn receive(r: *volatile Ring) ?struct { Header, []u8 } {
    var h: Header = undefined;
    get(r, std.mem.asBytes(&h));
    const len = @min(h.len, msg.len);
    get(r, msg[0..len]);
    if (h.type == WATCH_EVENT) {
        queueWatch(msg[0..len]);
        return null;
    }
    return .{ h, msg[0..len] };
}

/// Called by wait.zig with interrupts off: move complete watch events from
/// the ring to the queue (never blocks), and report whether any is queued.
fn pump() u32 {
    const r = ring orelse return 0;
    while (true) {
        const avail = r.rsp_prod -% r.rsp_cons;
        if (avail < @sizeOf(Header)) break;
        var h: Header = undefined;
        const hb = std.mem.asBytes(&h);
        for (hb, 0..) |*b, i| b.* = r.rsp[(r.rsp_cons +% @as(u32, @intCast(i))) % ring_size];
        if (avail < @sizeOf(Header) + h.len) break;
        _ = receive(r);
    }
    return if (watches_len != 0) wait.WATCH else 0;
}

const errnos = [_]struct { []const u8, i32 }{
    .{ "ENOENT", -2 }, .{ "EACCES", -13 }, .{ "EEXIST", -17 }, .{ "EISDIR", -21 },
    .{ "EINVAL", -22 }, .{ "ENOSPC", -28 }, .{ "EROFS", -30 }, .{ "EBUSY", -16 },
    .{ "EAGAIN", -11 }, .{ "EISCONN", -106 }, .{ "E2BIG", -7 }, .{ "EPERM", -1 },
    .{ "ENOMEM", -12 }, .{ "EQUOTA", -122 },
};

fn errno(name: []const u8) i32 {
    const n = std.mem.sliceTo(name, 0);
    for (errnos) |e| {
        if (std.mem.eql(u8, e[0], n)) return e[1];
    }
    return E.EIO;
}

/// Send a request whose payload is `parts` concatenated; copy the answer's
/// payload into `out` (truncated). Returns the answer's full length or a
/// negative errno.
pub fn request(kind: u32, tx: u32, parts: []const []const u8, out: []u8) isize {
    if (!init()) return E.ENOSYS;
    const r = ring.?;
    var len: usize = 0;
    for (parts) |p| len += p.len;
    if (len > payload_max) return E.E2BIG;
    const id = next_id;
    next_id +%= 1;
    const h = Header{ .type = kind, .req_id = id, .tx_id = tx, .len = @intCast(len) };
    put(r, std.mem.asBytes(&h));
    for (parts) |p| put(r, p);
    while (true) {
        const m = receive(r) orelse continue;
        if (m[0].req_id != id) continue; // not ours (cannot happen: one at a time)
        if (m[0].type == ERROR) return errno(m[1]);
        const n = @min(m[1].len, out.len);
        @memcpy(out[0..n], m[1][0..n]);
        return @intCast(m[1].len);
    }
}

/// Take the oldest fired watch ("path\0token\0") into `out`; 0 when none.
pub fn readWatch(out: []u8) isize {
    if (ring == null) return 0;
    _ = pump();
    if (watches_len == 0) return 0;
    const len = std.mem.readInt(u16, watches[0..2], .little);
    const n = @min(len, out.len);
    @memcpy(out[0..n], watches[2..][0..n]);
    std.mem.copyForwards(u8, watches[0 .. watches_len - 2 - len], watches[2 + len .. watches_len]);
    watches_len -= 2 + len;
    return len;
}
